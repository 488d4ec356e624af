/** Memo rendering benchmark: seed round and a 300-initiative round, DOCX and PDF, against pandoc (Markdown → DOCX). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MemoModel, TextBlock } from '../src/reports/model';
import { syntheticMemoFixture } from '../src/reports/render/fixture';
import { seedModel } from './seed-model';

const RUNS = 5;

function runCase(which: string, format: string, runs: number): { medianMs: number; maxRssMb: number } {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'memo-case.ts'), which, format, String(runs)],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as { medianMs: number; maxRssMb: number };
}

const blocks = (bs: TextBlock[]) =>
  bs.map((b) => (b.type === 'paragraph' ? b.text : b.items.map((i) => `- ${i}`).join('\n'))).join('\n\n');

/** The same content as Markdown, for pandoc. */
export function toMarkdown(m: MemoModel): string {
  const out = [
    `**${m.kicker}**`,
    '',
    ...m.headerLines.map((l) => `${l.label}: ${l.value}  `),
    '',
    `# ${m.title}`,
    '',
    m.intro,
    '',
  ];
  for (const i of m.initiatives) {
    out.push(
      `## ${i.heading}`,
      '',
      ...i.fields.map((f) => `**${f.label}:** ${f.text}\n`),
      `**${i.statusLabel}:** ${blocks(i.status)}`,
      '',
      ...i.working.map((n) => `*${n}*\n`),
    );
    if (i.activitiesLead) out.push(i.activitiesLead, '', ...i.activities.map((a) => `- ${a}`), '');
  }
  if (m.others) {
    out.push(`## ${m.others.heading}`, '', m.others.intro, '');
    for (const o of m.others.items)
      out.push(`- **${o.title}** (${o.unit ?? ''})\n\n  ${blocks(o.text)}\n\n  ${o.working.join(' ')}`, '');
  }
  return out.join('\n');
}

function pandoc(model: MemoModel): { medianMs: number; maxRssMb: number } | null {
  if (spawnSync('pandoc', ['--version']).error) return null;
  const dir = mkdtempSync(join(tmpdir(), 'indsats-pandoc-'));
  try {
    writeFileSync(join(dir, 'in.md'), toMarkdown(model));
    const times: number[] = [];
    let rss = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%M', 'pandoc', join(dir, 'in.md'), '-o', join(dir, 'out.docx')],
        { encoding: 'utf8' },
      );
      times.push(performance.now() - t0);
      rss = Math.max(rss, Number(r.stderr.trim().split('\n').pop()) / 1024);
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(RUNS / 2)], maxRssMb: rss };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run the memo benchmark; returns a Markdown table. */
export async function benchMemo(): Promise<string> {
  const rows = [
    '| memo | format | median of 5 | peak RSS, one render (fresh process, as the CLI) | peak RSS, 5 renders in a row |',
    '| --- | --- | --- | --- | --- |',
  ];
  const cases: [string, string][] = [
    ['seed', 'seed round (6 + 5 initiatives)'],
    ['300', 'synthetic round, 300 initiatives'],
  ];
  for (const [which, label] of cases) {
    for (const format of ['docx', 'pdf']) {
      const r = runCase(which, format, RUNS);
      const once = runCase(which, format, 1);
      rows.push(
        `| ${label} | indsats ${format.toUpperCase()} | ${r.medianMs.toFixed(0)} ms | ${once.maxRssMb.toFixed(0)} MB | ${r.maxRssMb.toFixed(0)} MB |`,
      );
    }
    const p = pandoc(which === 'seed' ? await seedModel() : syntheticMemoFixture(300));
    rows.push(
      p
        ? `| ${label} | pandoc Markdown → DOCX (whole process) | ${p.medianMs.toFixed(0)} ms | ${p.maxRssMb.toFixed(0)} MB | |`
        : `| ${label} | pandoc | not installed | |`,
    );
  }
  return rows.join('\n');
}
