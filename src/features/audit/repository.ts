/** Reading the audit log. The log is only ever appended to (src/store/audit.ts); nothing here changes it. */
import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { AuditTable, DB } from '../../store/schema';
import { periodBound, storedInstant } from '../../domain/audit-period';
import type { AuditQuery } from '../../schemas/audit';

function filtered(db: Kysely<DB>, f: AuditQuery) {
  let q = db.selectFrom('auditLog');
  if (f.entityType !== undefined) q = q.where('entityType', '=', f.entityType);
  if (f.entityId !== undefined) q = q.where('entityId', '=', f.entityId);
  if (f.actor !== undefined) q = q.where('actor', '=', f.actor);
  if (f.action !== undefined) q = q.where('action', '=', f.action);
  if (f.importId !== undefined) q = q.where('importId', '=', f.importId);
  const from = f.from === undefined ? null : periodBound(f.from);
  const to = f.to === undefined ? null : periodBound(f.to);
  // Instants are stored as `toISOString()` text, so they compare correctly as text on both dialects.
  if (from) q = q.where('at', '>=', storedInstant(from.first));
  if (to) q = q.where('at', '<=', storedInstant(to.last));
  return q;
}

type Entries = SelectQueryBuilder<DB, 'auditLog', object>;
type Range = { limit: number; offset: number };

/** How many entries a selection holds. */
async function countOf(q: Entries): Promise<number> {
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of a selection, newest first. */
function pageOf(q: Entries, range: Range): Promise<Selectable<AuditTable>[]> {
  return q
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(range.limit)
    .offset(range.offset)
    .execute();
}

/** How many entries match. */
export function countAudit(db: Kysely<DB>, f: AuditQuery): Promise<number> {
  return countOf(filtered(db, f));
}

/** Matching entries, newest first. */
export function findAudit(db: Kysely<DB>, f: AuditQuery, range: Range): Promise<Selectable<AuditTable>[]> {
  return pageOf(filtered(db, f), range);
}

/** Records of one entity type, by id. */
export interface EntityIds {
  entityType: string;
  ids: number[];
}

function ofEntities(db: Kysely<DB>, sets: EntityIds[]) {
  return db
    .selectFrom('auditLog')
    .where((eb) =>
      eb.or(
        sets
          .filter((s) => s.ids.length > 0)
          .map((s) => eb.and([eb('entityType', '=', s.entityType), eb('entityId', 'in', s.ids)])),
      ),
    );
}

/** How many entries concern the given records. */
export function countOfEntities(db: Kysely<DB>, sets: EntityIds[]): Promise<number> {
  return countOf(ofEntities(db, sets));
}

/** The entries that concern the given records, newest first. */
export function findOfEntities(
  db: Kysely<DB>,
  sets: EntityIds[],
  range: Range,
): Promise<Selectable<AuditTable>[]> {
  return pageOf(ofEntities(db, sets), range);
}

/** The records of each kind that belong to an initiative now. */
function childQueries(db: Kysely<DB>, initiativeId: number): [string, Promise<{ id: number }[]>][] {
  return [
    ['target', db.selectFrom('targets').select('id').where('initiativeId', '=', initiativeId).execute()],
    ['funding', db.selectFrom('fundings').select('id').where('initiativeId', '=', initiativeId).execute()],
    [
      'expenditure',
      db.selectFrom('expenditures').select('id').where('initiativeId', '=', initiativeId).execute(),
    ],
    ['activity', db.selectFrom('activities').select('id').where('initiativeId', '=', initiativeId).execute()],
    [
      'statusUpdate',
      db.selectFrom('statusUpdates').select('id').where('initiativeId', '=', initiativeId).execute(),
    ],
  ];
}

/** Ids of deleted records of a type whose last state (the delete entry's `before`) had `field` in `values`. */
async function deletedIds(
  db: Kysely<DB>,
  entityType: string,
  field: string,
  values: Set<number>,
): Promise<number[]> {
  const rows = await db
    .selectFrom('auditLog')
    .select(['entityId', 'before'])
    .where('entityType', '=', entityType)
    .where('action', '=', 'delete')
    .execute();
  return rows
    .filter((r) => r.entityId !== null && r.before !== null)
    .filter((r) => values.has(Number((JSON.parse(r.before!) as Record<string, unknown>)[field])))
    .map((r) => Number(r.entityId));
}

/**
 * The initiative and every record that belongs (or belonged, before it was deleted) to it: targets, funding,
 * expenditures, activities, status updates, and the targets' measurements. The assessment is written on the
 * initiative itself.
 */
export async function initiativeEntities(db: Kysely<DB>, initiativeId: number): Promise<EntityIds[]> {
  const self = new Set([initiativeId]);
  const sets: EntityIds[] = [{ entityType: 'initiative', ids: [initiativeId] }];
  for (const [entityType, current] of childQueries(db, initiativeId)) {
    const rows = await current;
    const gone = await deletedIds(db, entityType, 'initiativeId', self);
    sets.push({ entityType, ids: [...new Set([...rows.map((r) => r.id), ...gone])] });
  }
  const targetIds = new Set(sets.find((s) => s.entityType === 'target')!.ids);
  const measured = targetIds.size
    ? await db
        .selectFrom('measurements')
        .select('id')
        .where('targetId', 'in', [...targetIds])
        .execute()
    : [];
  const gone = await deletedIds(db, 'measurement', 'targetId', targetIds);
  sets.push({ entityType: 'measurement', ids: [...new Set([...measured.map((r) => r.id), ...gone])] });
  return sets;
}
