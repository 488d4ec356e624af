/**
 * Writes at a known version (optimistic concurrency). A request reads a row, checks its rules, then writes; another
 * request may have written the same row in between. The write therefore repeats what it read as its guard —
 * `where id = ? and version = ?` (and the expected state for a workflow transition) — and a guard that matches no
 * row is a 409, never a silent overwrite. Every versioned write goes through this file.
 */
import type { Kysely, Transaction, UpdateObject } from 'kysely';
import { type Problem, staleVersion } from '../domain/problem';
import type { DB } from './schema';

/** The tables whose rows carry `id` and `version`. */
export type VersionedTable = {
  [K in keyof DB]: DB[K] extends { id: unknown; version: unknown; updatedAt: string } ? K : never;
}[keyof DB];

/** The versioned tables with a workflow `state` column. */
export type StatefulTable = {
  [K in VersionedTable]: DB[K] extends { state: unknown } ? K : never;
}[VersionedTable];

/** What the writer read and expects to still be there. */
export interface Guard<T extends VersionedTable> {
  id: number;
  /** The version the decision was based on; the write sets `version + 1`. */
  version: number;
  /** The states a transition may start from (only on tables with a `state` column). */
  state?: T extends StatefulTable ? readonly string[] : never;
  /** The problem when the row is gone (default: a stale-version 409). */
  gone?: () => Problem;
}

/**
 * Update one row at its version, in the caller's transaction: `set` plus `version = version + 1`, guarded by
 * id, version (and state). Throws a 409 `staleVersion` naming the current version when the guard matches no row.
 */
export async function versionedUpdate<T extends VersionedTable>(
  trx: Transaction<DB>,
  table: T,
  guard: Guard<T>,
  set: UpdateObject<DB, T>,
): Promise<void> {
  // Widening T to the union of versioned tables lets Kysely type `id` and `version` (shared by all of them);
  // `set` was checked against T's own columns at the call site.
  const name: VersionedTable = table;
  const values: UpdateObject<DB, VersionedTable> = set;
  let q = trx
    .updateTable(name)
    .set(values)
    .set({ version: guard.version + 1 })
    .where('id', '=', guard.id)
    .where('version', '=', guard.version);
  if (guard.state) q = q.where('state', 'in', guard.state);
  const res = await q.executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) await refuse(trx, name, guard);
}

/** Delete one row at its version, in the caller's transaction; 409 `staleVersion` when the guard matches no row. */
export async function versionedDelete<T extends VersionedTable>(
  trx: Transaction<DB>,
  table: T,
  guard: Guard<T>,
): Promise<void> {
  const name: VersionedTable = table;
  const res = await trx
    .deleteFrom(name)
    .where('id', '=', guard.id)
    .where('version', '=', guard.version)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) !== 1) await refuse(trx, name, guard);
}

/** Throw the 409 for a guard that matched nothing, with the version another writer left (or `gone`). */
async function refuse<T extends VersionedTable>(
  db: Kysely<DB>,
  table: VersionedTable,
  guard: Guard<T>,
): Promise<never> {
  const now = await db.selectFrom(table).select('version').where('id', '=', guard.id).executeTakeFirst();
  if (!now && guard.gone) throw guard.gone();
  throw staleVersion(now ? now.version : guard.version + 1, guard.version);
}
