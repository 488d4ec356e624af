/**
 * `npm run bench [progress|memo|web|load|mixed|crash|exchange]`: prints the figures as a Markdown table (paste into docs/benchmarks.md).
 * BENCH_SECONDS sets the autocannon duration per measurement (default 5); BENCH_SMALL=1 uses a small portfolio.
 */
import { benchCrash } from './crash';
import { benchExchange } from './exchange';
import { benchLoad } from './load';
import { benchMemo } from './memo';
import { benchMixed } from './mixed';
import { benchProgress, type ProgressFigures } from './progress';
import { FULL } from './synthetic';
import { benchWeb } from './web';

const what = process.argv[2] ?? 'all';
const size = process.env.BENCH_SMALL
  ? { ...FULL, plans: 2, initiativesPerPlan: 20, activitiesPerInitiative: 50 }
  : FULL;
const ms = (v: number) => `${v.toFixed(2)} ms`;
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)} %`;

function progressTable(rows: ProgressFigures[]): string {
  const out = [
    `Portfolio: ${size.plans * size.initiativesPerPlan} initiatives, ${size.plans * size.initiativesPerPlan * size.targetsPerInitiative} targets, ${size.plans * size.initiativesPerPlan * size.activitiesPerInitiative} activities, plus the seed plan.`,
    '',
    '| engine | endpoint | p50 | p99 | req/s (10 conn.) | bare route req/s | share of bare | p50 bare | cold (after any change) | after one new activity |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const shares = [...r.seedShares].sort((a, b) => a - b);
    out.push(
      `| ${r.dialect} | seed plan | ${ms(r.seed.p50)} | ${ms(r.seed.p99)} | ${r.seed.rps.toFixed(0)} | ${r.seedBare.rps.toFixed(0)} | ${pct(shares[1], 1)} (runs: ${r.seedShares.map((x) => pct(x, 1)).join(', ')}) | ${ms(r.seedBare.p50)} | ${ms(r.seedColdMedian)} | |`,
    );
    out.push(
      `| ${r.dialect} | portfolio | ${ms(r.portfolio.p50)} | ${ms(r.portfolio.p99)} | ${r.portfolio.rps.toFixed(0)} | ${r.portfolioBare.rps.toFixed(0)} | ${pct(r.portfolio.rps, r.portfolioBare.rps)} | ${ms(r.portfolioBare.p50)} | ${ms(r.portfolioColdMedian)} | ${ms(r.portfolioAfterActivityMedian)} |`,
    );
  }
  out.push(
    '',
    ...rows.map(
      (r) =>
        `Load time ${r.dialect}: ${r.loadSeconds.toFixed(1)} s; portfolio response ${(r.portfolio.bytes / 1024).toFixed(0)} KiB.`,
    ),
  );
  return out.join('\n');
}

if (what === 'all' || what === 'progress') {
  const rows = [await benchProgress('sqlite', size), await benchProgress('postgres', size)];
  console.log(`\n## Progress endpoint\n\n${progressTable(rows)}\n`);
}
if (what === 'all' || what === 'memo') {
  console.log(`\n## Memo rendering\n\n${await benchMemo()}\n`);
}
if (what === 'all' || what === 'web') {
  console.log(`\n## Web app\n\n${await benchWeb()}\n`);
}
if (what === 'all' || what === 'load') {
  console.log(`\n## Load (200 connections, mixed)\n\n${await benchLoad()}\n`);
}
if (what === 'all' || what === 'mixed') {
  console.log(`\n## Reads while others write\n\n${await benchMixed()}\n`);
}
if (what === 'all' || what === 'exchange') {
  console.log(`\n## Workbook export and import (10,000 activities)\n\n${await benchExchange()}\n`);
}
if (what === 'all' || what === 'crash') {
  console.log(`\n## Crash (kill -9 during writes)\n\n${await benchCrash()}\n`);
}
process.exit(process.exitCode ?? 0);
