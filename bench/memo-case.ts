/** One memo rendering case in its own process, so peak memory is its own: prints {medianMs, maxRssMb}. */
import { renderMemo } from '../src/features/memo/service';
import type { MemoFormat } from '../src/schemas/memo';
import { syntheticMemoFixture } from '../src/reports/render/fixture';
import { seedModel } from './seed-model';

const [which, format, runsArg] = process.argv.slice(2);
const model = which === 'seed' ? await seedModel() : syntheticMemoFixture(Number(which));
const runs = Number(runsArg ?? 5);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  await renderMemo(model, format as MemoFormat);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    medianMs: times[Math.floor(runs / 2)],
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
