/** The write transaction every change runs in. */
import type { Kysely, Transaction } from 'kysely';
import { afterCommit } from './audit';
import { constraintProblem } from './constraint';
import type { DB } from './schema';

/** Run a write in a transaction, turning constraint violations into 409s. */
export async function writeTx<R>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<R>): Promise<R> {
  await beforeWrite(db);
  try {
    let tx: Transaction<DB> | undefined;
    const result = await db.transaction().execute((trx) => {
      tx = trx;
      return fn(trx);
    });
    afterCommit(db, tx);
    return result;
  } catch (err) {
    throw constraintProblem(err) ?? err;
  }
}

/**
 * A test seam: awaited by every write after its checks and before its transaction begins — the window in which
 * two requests that read the same version race. Tests register a barrier here to make two requests interleave
 * deterministically (test/concurrency); nothing is registered in production, so it costs a map lookup.
 */
const beforeWriteHooks = new WeakMap<Kysely<DB>, () => Promise<void>>();

/** Register (or with `null`, remove) the hook run before each write transaction on `db`. For tests only. */
export function setBeforeWriteHook(db: Kysely<DB>, hook: (() => Promise<void>) | null): void {
  if (hook) beforeWriteHooks.set(db, hook);
  else beforeWriteHooks.delete(db);
}

/** Run the registered hook, if any. */
async function beforeWrite(db: Kysely<DB>): Promise<void> {
  await beforeWriteHooks.get(db)?.();
}
