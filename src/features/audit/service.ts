/** The audit log for administrators: filtered pages and a CSV export for Excel. */
import type { Kysely, Selectable } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { notFound, ruleViolation } from '../../domain/problem';
import type { AuditTable, DB } from '../../store/schema';
import type { Page } from '../shared/service';
import { toCsv } from './csv';
import { copenhagenTime } from '../../domain/audit-period';
import { countAudit, countOfEntities, findAudit, findOfEntities, initiativeEntities } from './repository';
import type { AuditEntry, AuditQuery } from '../../schemas/audit';

/** Most rows one export holds; a larger period must be exported in parts. */
export const MAX_EXPORT_ROWS = 100_000;

/** The CSV header row (Danish, for the people who open it in Excel). */
export const CSV_HEADER = ['Tidspunkt', 'Aktør', 'Handling', 'Type', 'Id', 'Før', 'Efter', 'Forespørgsel'];

function parsed(text: string | null): Record<string, unknown> | null {
  return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
}

/** An entry as the API returns it. */
export function present(r: Selectable<AuditTable>): AuditEntry {
  return {
    id: Number(r.id),
    at: r.at,
    actor: r.actor,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId === null ? null : Number(r.entityId),
    before: parsed(r.before),
    after: parsed(r.after),
    requestId: r.requestId,
    importId: r.importId ?? null,
  };
}

/** One page of matching entries, newest first. */
export async function listAudit(
  db: Kysely<DB>,
  ctx: RequestContext,
  query: AuditQuery & { page: number; pageSize: number },
): Promise<Page<AuditEntry>> {
  ctx.authorize('audit:read');
  const { page, pageSize } = query;
  const [total, rows] = await Promise.all([
    countAudit(db, query),
    findAudit(db, query, { limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  return { items: rows.map(present), page, pageSize, total };
}

/** Every matching entry as CSV (newest first), time in Copenhagen, before/after as JSON. */
export async function auditCsv(db: Kysely<DB>, ctx: RequestContext, query: AuditQuery): Promise<string> {
  ctx.authorize('audit:read');
  const rows = await findAudit(db, query, { limit: MAX_EXPORT_ROWS + 1, offset: 0 });
  if (rows.length > MAX_EXPORT_ROWS) {
    throw ruleViolation(
      'from',
      `Udtrækket har over ${MAX_EXPORT_ROWS} linjer. Vælg en kortere periode.`,
      `The export has over ${MAX_EXPORT_ROWS} rows. Choose a shorter period.`,
    );
  }
  return toCsv(
    CSV_HEADER,
    rows.map((r) => [
      copenhagenTime(r.at),
      r.actor,
      r.action,
      r.entityType,
      r.entityId === null ? null : Number(r.entityId),
      r.before,
      r.after,
      r.requestId,
    ]),
  );
}

/**
 * One page of an initiative's history: the entries of the initiative and what belongs to it, newest first. Its
 * coordinators, its owners and administrators may read it (the whole log stays with administrators).
 */
export async function initiativeHistory(
  db: Kysely<DB>,
  ctx: RequestContext,
  initiativeId: number,
  query: { page: number; pageSize: number },
): Promise<Page<AuditEntry>> {
  const row = await db
    .selectFrom('initiatives')
    .select('planId')
    .where('id', '=', initiativeId)
    .executeTakeFirst();
  ctx.authorize('history:read', { planId: row?.planId ?? null, initiativeId });
  if (!row) throw notFound('Indsats', 'Initiative', initiativeId);
  const sets = await initiativeEntities(db, initiativeId);
  const { page, pageSize } = query;
  const [total, rows] = await Promise.all([
    countOfEntities(db, sets),
    findOfEntities(db, sets, { limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  return { items: rows.map(present), page, pageSize, total };
}
