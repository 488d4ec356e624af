import { sql, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from './dialect';
import { REVISION_CHANNEL, revisionReader } from './revision';
import type { DB } from './schema';

/** Who made a change, as the audit log records it: the acting person or integration and the request. */
export interface AuditActor {
  actor: string;
  requestId: string | null;
}

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
 * bump the data revision, so the change and its record commit together. An entry that records no change to data
 * or to anyone's rights (a new sign-in) passes `bump: false`, so caches keyed by the revision stay valid. A change
 * that touches only some initiatives' progress (an activity, a target, a measurement, an assessment) names them
 * in `touches`, so caches reload only those; without it the change may have touched anything.
 */
export async function audit(
  trx: Transaction<DB> | Kysely<DB>,
  by: AuditActor,
  action: AuditAction,
  entityType: string,
  entityId: number | null,
  before: object | null,
  after: object | null,
  { bump = true, touches = null }: { bump?: boolean; touches?: readonly number[] | null } = {},
): Promise<void> {
  const [b, a] = changedFields(
    before as Record<string, unknown> | null,
    after as Record<string, unknown> | null,
  );
  await trx
    .insertInto('auditLog')
    .values({
      at: new Date().toISOString(),
      actor: by.actor,
      action,
      entityType,
      entityId,
      before: b === null ? null : JSON.stringify(b),
      after: a === null ? null : JSON.stringify(a),
      requestId: by.requestId,
    })
    .execute();
  if (bump) await bumpRevision(trx, touches);
}

/** One entry of a batch written by `auditMany`. */
export interface AuditItem {
  action: AuditAction;
  entityType: string;
  entityId: number | null;
  before: object | null;
  after: object | null;
}

/**
 * Append many entries at once (a workbook import of thousands of rows), each tagged with the import's id, in the
 * caller's transaction; the data revision is bumped once.
 */
export async function auditMany(
  trx: Transaction<DB>,
  by: AuditActor,
  importId: string,
  items: readonly AuditItem[],
): Promise<void> {
  const at = new Date().toISOString();
  const row = (i: AuditItem) => {
    const [b, a] = changedFields(
      i.before as Record<string, unknown> | null,
      i.after as Record<string, unknown> | null,
    );
    return {
      at,
      actor: by.actor,
      action: i.action,
      entityType: i.entityType,
      entityId: i.entityId,
      before: b === null ? null : JSON.stringify(b),
      after: a === null ? null : JSON.stringify(a),
      requestId: by.requestId,
      importId,
    };
  };
  for (let i = 0; i < items.length; i += 200) {
    await trx
      .insertInto('auditLog')
      .values(items.slice(i, i + 200).map(row))
      .execute();
    // SQLite answers synchronously: let other requests in between the batches of a large import.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await bumpRevision(trx);
}

/** How many revisions of changes are kept; a cache further behind reloads everything. */
export const CHANGES_KEPT = 4096;

/**
 * Increase the data revision and record what it touched (`touches`: initiatives whose progress may have changed;
 * null: anything); caches keyed by the revision become stale. The row lock orders concurrent writers, so revisions
 * commit in order.
 */
export async function bumpRevision(
  trx: Transaction<DB> | Kysely<DB>,
  touches: readonly number[] | null = null,
): Promise<void> {
  const { value } = await trx
    .updateTable('revision')
    .set({ value: sql<number>`value + 1` })
    .where('id', '=', 1)
    .returning('value')
    .executeTakeFirstOrThrow();
  const revision = Number(value);
  const ids = touches === null || touches.length === 0 ? [null] : [...new Set(touches)];
  await trx
    .insertInto('revisionChanges')
    .values(ids.map((initiativeId) => ({ revision, initiativeId })))
    .execute();
  if (revision % 256 === 0)
    await trx
      .deleteFrom('revisionChanges')
      .where('revision', '<=', revision - CHANGES_KEPT)
      .execute();
  // PostgreSQL delivers the notification on commit; other server processes then drop their cached revision.
  if (isPostgres<DB>(trx)) await sql`select pg_notify(${REVISION_CHANNEL}, '')`.execute(trx);
}

/** After a local commit: drop the cached revision so this process sees its own write at once. */
export function afterCommit(db: Kysely<DB>): void {
  revisionReader(db)?.invalidate();
}

/** The current data revision. */
export async function currentRevision(db: Kysely<DB>): Promise<number> {
  const fast = revisionReader(db);
  if (fast) return Number(await fast.read());
  const row = await db.selectFrom('revision').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.value);
}
