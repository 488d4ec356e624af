import { systemContext } from '../src/auth/context';
import { seedPlan } from '../src/demo/seed-plan';
import { loadPlanDocument } from '../src/features/import/loader';
import { roundMemoModel } from '../src/features/memo/service';
import type { MemoModel } from '../src/reports/model';
import { openDatabase } from '../src/store/database';

/** The memo model of the demo round, built from its stored snapshot. */
export async function seedModel(): Promise<MemoModel> {
  const database = await openDatabase({ url: ':memory:' });
  await loadPlanDocument(database.db, systemContext('bench'), seedPlan);
  const model = await roundMemoModel(database.db, systemContext('bench'), 1);
  await database.close();
  return model;
}
