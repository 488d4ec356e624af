/** Loading the demo: the seed plan with its round, and one demo account per role. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/context';
import { loadPlanDocument, type LoadResult } from '../features/import/loader';
import type { DB } from '../store/schema';
import { seedPlan } from './seed-plan';
import { createDemoUsers } from './users';

/** Load the demo plan and the demo accounts. */
export async function loadDemo(db: Kysely<DB>, ctx: RequestContext): Promise<LoadResult> {
  const result = await loadPlanDocument(db, ctx, seedPlan);
  await createDemoUsers(db, ctx, result.planId);
  return result;
}
