/** The write transaction every change runs in. */
import type { Kysely, Transaction } from 'kysely';
import { afterCommit } from './audit';
import { constraintProblem } from './constraint';
import type { DB } from './schema';
import { beforeWrite } from './versioned';

/** Run a write in a transaction, turning constraint violations into 409s. */
export async function writeTx<R>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<R>): Promise<R> {
  await beforeWrite(db);
  try {
    const result = await db.transaction().execute(fn);
    afterCommit(db);
    return result;
  } catch (err) {
    throw constraintProblem(err) ?? err;
  }
}
