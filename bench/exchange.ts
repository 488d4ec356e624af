/**
 * `npm run bench exchange`: the plan workbook with 10,000 activities, on SQLite and PostgreSQL — export, a dry run
 * of the untouched file, and an applied import that creates 10,000 activities — beside exceljs writing and reading
 * the same rows bare (the ceiling), each step in a process of its own (time and peak memory, maxRSS). Then /healthz
 * polled during the export and during a 10,000-activity import over HTTP: its p99 must stay under 100 ms.
 * BENCH_ENGINES (e.g. "postgres") limits the engines.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { systemContext } from '../src/auth/context';
import { loadPlanDocument } from '../src/features/import/loader';
import { openDatabase } from '../src/store/database';
import { startServeProcess } from '../test/serve-process';
import { benchEngines, demoDatabase, signInAsAdmin, type Engine } from './databases';
import { syntheticPlan } from './synthetic';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
/** 50 initiatives × 200 activities. */
const SIZE = { plans: 1, initiativesPerPlan: 50, targetsPerInitiative: 3, activitiesPerInitiative: 200 };

interface Figures {
  ms: number;
  peakMb: number;
  [k: string]: unknown;
}

async function step(name: string, url: string, file: string): Promise<Figures> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/exchange-phase.ts'), name, url, file],
    {
      cwd: ROOT,
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as Figures;
}

/** A database of the engine with the demo plan and the synthetic plan of 10,000 activities. */
async function database(engine: Engine): Promise<{ url: string; remove: () => Promise<void> }> {
  const db = await demoDatabase(engine);
  const open = await openDatabase({ url: db.url });
  await loadPlanDocument(open.db, systemContext('bench'), syntheticPlan(0, SIZE));
  await open.close();
  return db;
}

/** The exported workbook with the activities' keys blanked: importing it creates every activity again. */
async function asNewActivities(file: string, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Aktiviteter')!;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    for (const c of [1, 2, 3]) row.getCell(c).value = null;
  });
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function engineRows(engine: Engine, dir: string): Promise<string[]> {
  const { url, remove } = await database(engine);
  try {
    const xlsx = join(dir, `${engine}.xlsx`);
    const fresh = join(dir, `${engine}-new.xlsx`);
    const bareWrite = await step('bare-write', url, xlsx);
    const exp = await step('export', url, xlsx);
    const bareRead = await step('bare-read', url, xlsx);
    const dry = await step('dry-run', url, xlsx);
    await asNewActivities(xlsx, fresh);
    const bareReadNew = await step('bare-read', url, fresh);
    const apply = await step('apply', url, fresh);
    if (dry.create !== 0 || dry.update !== 0 || dry.errors !== 0)
      throw new Error(`dry run not empty: ${JSON.stringify(dry)}`);
    if (apply.create !== 10_000 || apply.errors !== 0) throw new Error(`apply: ${JSON.stringify(apply)}`);
    const s = (f: Figures) => `${(f.ms / 1000).toFixed(2)} s`;
    const r = (a: Figures, b: Figures) => `${(a.ms / b.ms).toFixed(2)}×`;
    const mem = (f: Figures) => `${f.peakMb.toFixed(0)} MB`;
    return [
      `| ${engine} | export (${((exp.bytes as number) / 1024).toFixed(0)} KiB) | ${s(exp)} | ${s(bareWrite)} | ${r(exp, bareWrite)} | ${mem(exp)} | ${mem(bareWrite)} |`,
      `| ${engine} | import, dry run of the untouched file | ${s(dry)} | ${s(bareRead)} | ${r(dry, bareRead)} | ${mem(dry)} | ${mem(bareRead)} |`,
      `| ${engine} | import applied: 10,000 new activities | ${s(apply)} | ${s(bareReadNew)} | ${r(apply, bareReadNew)} | ${mem(apply)} | ${mem(bareReadNew)} |`,
    ];
  } finally {
    await remove();
  }
}

/** /healthz polled one request at a time, 5 ms apart, until `work` settles: its latencies and the work's time. */
async function pollWhile<T>(
  base: string,
  work: Promise<T>,
): Promise<{ result: T; lat: number[]; ms: number }> {
  let done = false;
  const t0 = performance.now();
  const watched = work.finally(() => (done = true));
  const lat: number[] = [];
  while (!done) {
    const t = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    lat.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 5));
  }
  const result = await watched;
  return { result, lat, ms: performance.now() - t0 };
}

function healthRow(engine: Engine, what: string, lat: number[], ms: number): string {
  lat.sort((a, b) => a - b);
  const p = (q: number) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))].toFixed(1);
  return `| ${engine} | ${what} | ${(ms / 1000).toFixed(2)} s | ${lat.length} | ${p(0.5)} ms | ${p(0.99)} ms | ${lat[lat.length - 1].toFixed(1)} ms |`;
}

/** /healthz latencies while the 10,000-activity workbook is exported, and while it is imported, on a real server. */
async function healthDuringImport(engine: Engine, dir: string): Promise<string[]> {
  const { url, remove } = await database(engine);
  const server = await startServeProcess(url);
  try {
    const { cookie, csrfToken } = await signInAsAdmin(server.base);
    const xlsx = join(dir, `health-${engine}.xlsx`);
    const exp = await pollWhile(
      server.base,
      fetch(`${server.base}/api/v1/plans/syntetisk-1/export.xlsx`, { headers: { cookie } }).then(
        async (r) => {
          if (r.status !== 200) throw new Error(`export: ${r.status}`);
          return Buffer.from(await r.arrayBuffer());
        },
      ),
    );
    writeFileSync(xlsx, exp.result);
    const fresh = join(dir, `health-${engine}-new.xlsx`);
    await asNewActivities(xlsx, fresh);
    const form = new FormData();
    form.append('file', new Blob([readFileSync(fresh)]), 'plan.xlsx');
    const imp = await pollWhile(
      server.base,
      fetch(`${server.base}/api/v1/plans/syntetisk-1/import?apply=true`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
        body: form,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { create: number } })),
    );
    if (imp.result.status !== 200 || imp.result.body.create !== 10_000)
      throw new Error(`import: ${JSON.stringify(imp.result)}`);
    return [
      healthRow(engine, 'export (HTTP)', exp.lat, exp.ms),
      healthRow(engine, 'import of 10,000 new activities (HTTP, applied)', imp.lat, imp.ms),
    ];
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    await remove();
  }
}

/** The figures as Markdown. */
export async function benchExchange(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'indsats-bench-exchange-'));
  try {
    const rows: string[] = [];
    for (const engine of benchEngines()) rows.push(...(await engineRows(engine, dir)));
    const health: string[] = [];
    for (const engine of benchEngines()) health.push(...(await healthDuringImport(engine, dir)));
    return [
      `A plan of ${SIZE.initiativesPerPlan} initiatives, ${SIZE.initiativesPerPlan * SIZE.targetsPerInitiative} targets and 10,000 activities (12 target groups, so 12 reach columns), beside the demo plan. Each step runs in a process of its own; peak memory is that process's maxRSS (Node and the modules included, about the same for both columns).`,
      '',
      '| engine | step | indsats | exceljs bare | ratio | peak memory | bare peak memory |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      '/healthz polled one request at a time (5 ms apart) while the workbook is exported, and while one import of 10,000 new activities runs, over HTTP:',
      '',
      '| engine | during | time | /healthz requests | p50 | p99 | max |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...health,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
