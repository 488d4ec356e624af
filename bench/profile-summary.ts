/**
 * `tsx bench/profile-summary.ts <file.cpuprofile> [top]`: a V8 CPU profile (node --cpu-prof) summarised as two
 * tables — functions by self time, and by total time (self and everything they called, each function counted once
 * per stack so recursion does not inflate it) — and the self time by file. Used to find where the workbook import
 * spent its time (docs/benchmarks.md).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const where = (n: Node): string => {
  const { functionName, url, lineNumber } = n.callFrame;
  const path = url.replace(/^file:\/\//, '');
  const short = path.includes('node_modules/')
    ? path.slice(path.lastIndexOf('node_modules/') + 13)
    : path.startsWith('/')
      ? relative(process.cwd(), path)
      : path;
  return `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
};
const fileOf = (n: Node): string => {
  const url = n.callFrame.url.replace(/^file:\/\//, '');
  if (!url) return n.callFrame.functionName; // (garbage collector), (program), (idle)
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0)
    return url
      .slice(nm + 13)
      .split('/')
      .slice(0, url.includes('/@', nm) ? 2 : 1)
      .join('/');
  return url.startsWith('/') ? relative(process.cwd(), url) : url;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
const files = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  all += dt;
  const leaf = byId.get(id)!;
  self.set(where(leaf), (self.get(where(leaf)) ?? 0) + dt);
  files.set(fileOf(leaf), (files.get(fileOf(leaf)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const w = where(byId.get(n)!);
    if (seen.has(w)) continue;
    seen.add(w);
    total.set(w, (total.get(w) ?? 0) + dt);
  }
});

const table = (title: string, m: Map<string, number>) => {
  const rows = [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  process.stdout.write(`\n${title}\n`);
  for (const [k, ms] of rows)
    process.stdout.write(
      `${ms.toFixed(0).padStart(8)} ms ${((ms / all) * 100).toFixed(1).padStart(5)} %  ${k}\n`,
    );
};
process.stdout.write(`${file}: ${(all / 1000).toFixed(2)} s sampled\n`);
table('Self time by file or package', files);
table('Self time by function', self);
table('Total time by function (self and callees)', total);
