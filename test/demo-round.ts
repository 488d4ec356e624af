/**
 * The demo round's snapshot as the product stores it: the demo plan loaded through the product's own loader (which
 * closes its round "Status efterår 2018") into a fresh database, then read back like the memo route reads it.
 */
import { systemContext } from '../src/auth/context';
import { seedPlan } from '../src/demo/seed-plan';
import { loadPlanDocument } from '../src/features/import/loader';
import { storedSnapshot } from '../src/features/rounds/close';
import type { RoundSnapshot } from '../src/reports/snapshot';
import { freshDatabase } from './db';

/** The stored snapshot of the demo plan's closed round, from a database opened and closed for this call. */
export async function demoRoundSnapshot(): Promise<RoundSnapshot> {
  const database = await freshDatabase();
  try {
    await loadPlanDocument(database.db, systemContext('test'), seedPlan);
    const round = await database.db
      .selectFrom('reportingRounds')
      .select(['id', 'state'])
      .executeTakeFirstOrThrow();
    if (round.state !== 'closed') throw new Error(`the demo round is ${round.state}, not closed`);
    const snapshot = await storedSnapshot(database.db, round.id);
    if (snapshot === null) throw new Error('the closed demo round has no stored snapshot');
    return snapshot;
  } finally {
    await database.close();
  }
}
