/** Reading the audit log. The log is only ever appended to (src/store/audit.ts); nothing here changes it. */
import type { Kysely, Selectable } from 'kysely';
import type { AuditTable, DB } from '../../store/schema';
import { periodBound, storedInstant } from '../../domain/audit-period';
import type { AuditQuery } from '../../schemas/audit';

function filtered(db: Kysely<DB>, f: AuditQuery) {
  let q = db.selectFrom('auditLog');
  if (f.entityType !== undefined) q = q.where('entityType', '=', f.entityType);
  if (f.entityId !== undefined) q = q.where('entityId', '=', f.entityId);
  if (f.actor !== undefined) q = q.where('actor', '=', f.actor);
  if (f.action !== undefined) q = q.where('action', '=', f.action);
  const from = f.from === undefined ? null : periodBound(f.from);
  const to = f.to === undefined ? null : periodBound(f.to);
  // Instants are stored as `toISOString()` text, so they compare correctly as text on both dialects.
  if (from) q = q.where('at', '>=', storedInstant(from.first));
  if (to) q = q.where('at', '<=', storedInstant(to.last));
  return q;
}

/** How many entries match. */
export async function countAudit(db: Kysely<DB>, f: AuditQuery): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Matching entries, newest first. */
export function findAudit(
  db: Kysely<DB>,
  f: AuditQuery,
  range: { limit: number; offset: number },
): Promise<Selectable<AuditTable>[]> {
  return filtered(db, f)
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(range.limit)
    .offset(range.offset)
    .execute();
}
