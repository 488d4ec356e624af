/** One memo rendering case in its own process, so peak memory is its own: prints {medianMs, maxRssMb}. */
import { systemContext } from '../src/api/context';
import { seedPlan } from '../src/demo/seed-plan';
import { loadPlanDocument } from '../src/features/import/loader';
import { renderMemo, roundMemoModel, type MemoFormat } from '../src/features/memo/service';
import type { MemoModel } from '../src/reports/model';
import { syntheticMemoFixture } from '../src/reports/render/fixture';
import { openDatabase } from '../src/store/database';

/** The memo model of the demo round, built from its stored snapshot. */
export async function seedModel(): Promise<MemoModel> {
  const database = await openDatabase({ url: ':memory:' });
  await loadPlanDocument(database.db, systemContext('bench'), seedPlan);
  const model = await roundMemoModel(database.db, systemContext('bench'), 1);
  await database.close();
  return model;
}

const [which, format, runsArg] = process.argv.slice(2);
if (which) {
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
}
