import { sql, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from './dialect';
import { REVISION_CHANNEL, revisionReader, type RevisionChange } from './revision';
import type { DB } from './schema';
import { insertMany } from './bulk';

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
  // Large statements on PostgreSQL, a few hundred rows at a time on SQLite (store/bulk.ts).
  await insertMany(trx, 'auditLog', items.map(row));
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
  const ids = touches === null || touches.length === 0 ? null : [...new Set(touches)];
  let revision: number;
  if (isPostgres<DB>(trx)) {
    // One round trip: the bump, the record of what it touched, and the notification other processes (and this
    // one's listener) receive on commit, carrying the revision and the touched initiatives.
    const payload = ids === null ? '*' : ids.join(',');
    const { rows } = await sql<{ value: number }>`
      with r as (update revision set value = value + 1 where id = 1 returning value),
        c as (insert into revision_changes (revision, initiative_id)
          select r.value, t.id from r, unnest(${ids ?? [null]}::int[]) as t(id))
      select r.value, pg_notify(${REVISION_CHANNEL}, r.value || ':' || ${payload.length > MAX_PAYLOAD ? '?' : payload})
      from r`.execute(trx);
    revision = Number(rows[0].value);
  } else {
    const { value } = await trx
      .updateTable('revision')
      .set({ value: sql<number>`value + 1` })
      .where('id', '=', 1)
      .returning('value')
      .executeTakeFirstOrThrow();
    revision = Number(value);
    await trx
      .insertInto('revisionChanges')
      .values((ids ?? [null]).map((initiativeId) => ({ revision, initiativeId })))
      .execute();
  }
  if (revision % 256 === 0)
    await trx
      .deleteFrom('revisionChanges')
      .where('revision', '<=', revision - CHANGES_KEPT)
      .execute();
  bumps.set(trx, [...(bumps.get(trx) ?? []), { revision, touches: ids }]);
}

/** NOTIFY payloads are limited to 8,000 bytes; a longer list of initiatives is sent as "unknown" ('?'). */
const MAX_PAYLOAD = 7000;

/** The revisions each transaction bumped to, and what they touched: told to the revision reader after commit. */
const bumps = new WeakMap<object, RevisionChange[]>();

/**
 * After a local commit: this process sees its own write at once. With the transaction that bumped the revision,
 * the reader learns the new revision and what it touched; without, it forgets the revision and reads it again.
 */
export function afterCommit(db: Kysely<DB>, trx?: Transaction<DB>): void {
  const reader = revisionReader(db);
  if (!reader) return;
  const changes = trx && bumps.get(trx);
  if (changes) for (const change of changes) reader.committed(change);
  else reader.invalidate();
}

/**
 * The current data revision. `fresh`: also every commit another process has acknowledged, not only those this one
 * has been notified of (for credentials and rights; progress may lag behind another process by milliseconds).
 */
export async function currentRevision(db: Kysely<DB>, opts: { fresh?: boolean } = {}): Promise<number> {
  const fast = revisionReader(db);
  if (fast) return Number(await (opts.fresh && fast.readFresh ? fast.readFresh() : fast.read()));
  const row = await db.selectFrom('revision').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.value);
}
