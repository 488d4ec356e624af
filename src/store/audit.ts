import { sql, type Kysely, type Transaction } from 'kysely';
import type { RequestContext } from '../api/context';
import type { DB } from './schema';

/** An audited action. */
export type AuditAction = string;

function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): [Record<string, unknown> | null, Record<string, unknown> | null] {
  if (before === null || after === null) return [before, after];
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'updatedAt' || key === 'version') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return [b, a];
}

/**
 * Append an audit entry (who, when, what, before → after for the changed fields) in the caller's transaction and
 * bump the data revision, so the change and its record commit together.
 */
export async function audit(
  trx: Transaction<DB> | Kysely<DB>,
  ctx: RequestContext,
  action: AuditAction,
  entityType: string,
  entityId: number | null,
  before: object | null,
  after: object | null,
): Promise<void> {
  const [b, a] = changedFields(
    before as Record<string, unknown> | null,
    after as Record<string, unknown> | null,
  );
  await trx
    .insertInto('auditLog')
    .values({
      at: new Date().toISOString(),
      actor: ctx.actor,
      action,
      entityType,
      entityId,
      before: b === null ? null : JSON.stringify(b),
      after: a === null ? null : JSON.stringify(a),
      requestId: ctx.requestId,
    })
    .execute();
  await bumpRevision(trx);
}

/** Increase the data revision; caches keyed by it become stale. The row lock orders concurrent writers. */
export async function bumpRevision(trx: Transaction<DB> | Kysely<DB>): Promise<void> {
  await trx
    .updateTable('revision')
    .set({ value: sql<number>`value + 1` })
    .where('id', '=', 1)
    .execute();
}

/** Fast revision readers registered by `openDatabase`, bypassing the query builder on the hot path. */
const fastReaders = new WeakMap<Kysely<DB>, () => number | Promise<number>>();

/** Register a direct reader of the revision for a database handle. */
export function registerRevisionReader(db: Kysely<DB>, read: () => number | Promise<number>): void {
  fastReaders.set(db, read);
}

/** The current data revision. */
export async function currentRevision(db: Kysely<DB>): Promise<number> {
  const fast = fastReaders.get(db);
  if (fast) return Number(await fast());
  const row = await db.selectFrom('revision').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.value);
}
