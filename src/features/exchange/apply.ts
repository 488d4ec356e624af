/**
 * Carrying out an import plan in the caller's transaction: reference rows first (so names resolve to ids), then
 * initiatives (a new one's own key maps to its new id), targets, funding, expenditure, activities with their venues
 * and reach, measurements, and finally deletions, children before parents. Updates are guarded by the version the
 * export carried (a 409 if someone wrote the row in between). Every change is audited with before → after and the
 * import's id. Creations are inserted in batches, and the loop yields to the event loop between batches so a large
 * import does not hold up other requests.
 */
import type { Selectable, Transaction } from 'kysely';
import { auditMany, type AuditActor, type AuditItem } from '../../store/audit';
import { insertMany } from '../../store/bulk';
import { isPostgres } from '../../store/dialect';
import type { DB } from '../../store/schema';
import { versionedDelete, versionedUpdate, type VersionedTable } from '../../store/versioned';
import type { Change } from './diff';
import type { SheetKey } from './sheets';
import { timeSlicer } from './slice';
import { loadMaps, low, toDb, type Children, type Maps } from './to-db';

type Trx = Transaction<DB>;
/**
 * Rows per insert statement. SQLite runs a statement synchronously, so a batch is also the longest the event loop
 * waits; 200 activities with their reach and venue rows take a few milliseconds. PostgreSQL works while the event
 * loop serves other requests, and 1,000 rows a statement take a quarter less time than 200 (fewer round trips and
 * statements to plan); the statements stay under its 65,535 parameters.
 */
const batchOf = (trx: Trx): number => (isPostgres<DB>(trx) ? 1000 : 200);

/** Table and audit entity of each sheet. */
const TABLE: Record<SheetKey, { table: VersionedTable; entity: string }> = {
  initiatives: { table: 'initiatives', entity: 'initiative' },
  targets: { table: 'targets', entity: 'target' },
  funding: { table: 'fundings', entity: 'funding' },
  expenditures: { table: 'expenditures', entity: 'expenditure' },
  activities: { table: 'activities', entity: 'activity' },
  measurements: { table: 'measurements', entity: 'measurement' },
  venues: { table: 'venues', entity: 'venue' },
  partners: { table: 'partners', entity: 'partner' },
  targetGroups: { table: 'targetGroups', entity: 'targetGroup' },
};

/** What an applied import did. */
export interface Applied {
  create: number;
  update: number;
  delete: number;
}

/** Apply the changes; progress is reported per batch. */
export async function applyChanges(
  trx: Trx,
  by: AuditActor,
  importId: string,
  planId: number,
  createdBy: string | null,
  changes: Change[],
  newGroups: string[],
  onProgress?: (done: number, total: number) => void,
): Promise<Applied> {
  const now = new Date().toISOString();
  const maps = await loadMaps(trx);
  const batch = batchOf(trx);
  const audits: AuditItem[] = [];
  let done = 0;
  const slice = timeSlicer();
  const step = async (n: number) => {
    done += n;
    onProgress?.(done, changes.length);
    await slice();
  };
  for (const name of newGroups) {
    const { id } = await trx
      .insertInto('targetGroups')
      .values({ name, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    maps.groups.set(low(name), id);
    audits.push({
      action: 'create',
      entityType: 'targetGroup',
      entityId: id,
      before: null,
      after: { id, name },
    });
  }
  const order: SheetKey[] = [
    'targetGroups',
    'partners',
    'venues',
    'initiatives',
    'targets',
    'funding',
    'expenditures',
    'activities',
    'measurements',
  ];
  for (const sheet of order) {
    const creates = changes.filter((c) => c.sheet === sheet && c.action === 'create');
    for (let i = 0; i < creates.length; i += batch) {
      await createBatch(trx, sheet, creates.slice(i, i + batch), { maps, planId, now, createdBy }, audits);
      await step(Math.min(batch, creates.length - i));
    }
    const updates = changes.filter((c) => c.sheet === sheet && c.action === 'update');
    for (const c of updates) {
      await updateOne(trx, c, maps, planId, now, audits);
      await step(1);
    }
  }
  const deletes = changes.filter((c) => c.action === 'delete');
  for (const sheet of [...order].reverse()) {
    for (const c of deletes.filter((d) => d.sheet === sheet)) {
      const { table, entity } = TABLE[sheet];
      await versionedDelete(trx, table, { id: c.id!, version: c.version! });
      audits.push({
        action: 'delete',
        entityType: entity,
        entityId: c.id,
        before: { id: c.id, ...c.before },
        after: null,
      });
      await step(1);
    }
  }
  const counts = {
    create: changes.filter((c) => c.action === 'create').length + newGroups.length,
    update: changes.filter((c) => c.action === 'update').length,
    delete: deletes.length,
  };
  audits.push({
    action: 'import',
    entityType: 'plan',
    entityId: planId,
    before: null,
    after: { importId, ...counts },
  });
  await auditMany(trx, by, importId, audits);
  return counts;
}

/** What every created row is stamped with. */
interface Stamp {
  maps: Maps;
  planId: number;
  now: string;
  /** The principal that registered new activities (contributors may edit only their own). */
  createdBy: string | null;
}

async function createBatch(
  trx: Trx,
  sheet: SheetKey,
  batch: Change[],
  s: Stamp,
  audits: AuditItem[],
): Promise<void> {
  const { table, entity } = TABLE[sheet];
  const { maps, now } = s;
  const rows = batch.map((c) => toDb(sheet, c.values, maps, s.planId));
  const stamp = sheet === 'activities' ? { createdBy: s.createdBy } : {};
  const ids = await insertMany(
    trx,
    table,
    rows.map((r) => ({ ...r.row, ...stamp, createdAt: now, updatedAt: now })) as never[],
    true,
  );
  batch.forEach((c, n) => {
    const id = ids[n];
    if (c.key !== null) maps.newKeys.set(`${sheet}:${c.key}`, id);
    if (sheet === 'targetGroups' || sheet === 'partners' || sheet === 'venues')
      (sheet === 'targetGroups' ? maps.groups : maps[sheet]).set(low(String(c.values.name)), id);
    audits.push({
      action: 'create',
      entityType: entity,
      entityId: id,
      before: null,
      after: { id, ...rows[n].row, ...rows[n].children },
    });
  });
  await saveChildren(
    trx,
    sheet,
    ids.map((id, n) => ({ id, children: rows[n].children })),
  );
}

async function updateOne(
  trx: Trx,
  c: Change,
  maps: Maps,
  planId: number,
  now: string,
  audits: AuditItem[],
): Promise<void> {
  const { table, entity } = TABLE[c.sheet];
  const { row, children } = toDb(c.sheet, c.values, maps, planId);
  const old = await trx.selectFrom(table).selectAll().where('id', '=', c.id!).executeTakeFirst();
  const oldChildren = await loadChildren(trx, c.sheet, c.id!);
  await versionedUpdate(trx, table, { id: c.id!, version: c.version! }, { ...row, updatedAt: now });
  await saveChildren(trx, c.sheet, [{ id: c.id!, children }], true);
  audits.push({
    action: 'update',
    entityType: entity,
    entityId: c.id,
    before: { ...strip(old), ...oldChildren },
    after: { id: c.id, ...row, ...children },
  });
}

/** A stored row without its bookkeeping columns (the audit log records them elsewhere). */
function strip(row: Selectable<DB[VersionedTable]> | undefined): Record<string, unknown> {
  if (!row) return {};
  const rest: Record<string, unknown> = { ...row };
  for (const k of ['version', 'createdAt', 'updatedAt']) delete rest[k];
  return rest;
}

async function loadChildren(trx: Trx, sheet: SheetKey, id: number): Promise<Children> {
  if (sheet === 'initiatives') {
    const rows = await trx
      .selectFrom('initiativePartners')
      .select('partnerId')
      .where('initiativeId', '=', id)
      .orderBy('partnerId')
      .execute();
    return { partnerIds: rows.map((r) => r.partnerId) };
  }
  if (sheet !== 'activities') return {};
  const venues = await trx
    .selectFrom('activityVenues')
    .select('venueId')
    .where('activityId', '=', id)
    .orderBy('venueId')
    .execute();
  const reach = await trx
    .selectFrom('activityReach')
    .select(['targetGroupId', 'count'])
    .where('activityId', '=', id)
    .orderBy('targetGroupId')
    .execute();
  return { venueIds: venues.map((v) => v.venueId), reach };
}

async function saveChildren(
  trx: Trx,
  sheet: SheetKey,
  rows: { id: number; children: Children }[],
  replace = false,
): Promise<void> {
  const ids = rows.map((r) => r.id);
  if (sheet === 'initiatives') {
    if (replace) await trx.deleteFrom('initiativePartners').where('initiativeId', 'in', ids).execute();
    await insertMany(
      trx,
      'initiativePartners',
      rows.flatMap((r) =>
        (r.children.partnerIds ?? []).map((partnerId) => ({ initiativeId: r.id, partnerId })),
      ),
    );
  }
  if (sheet !== 'activities') return;
  if (replace) {
    await trx.deleteFrom('activityVenues').where('activityId', 'in', ids).execute();
    await trx.deleteFrom('activityReach').where('activityId', 'in', ids).execute();
  }
  await insertMany(
    trx,
    'activityVenues',
    rows.flatMap((r) =>
      [...new Set(r.children.venueIds ?? [])].map((venueId) => ({ activityId: r.id, venueId })),
    ),
  );
  await insertMany(
    trx,
    'activityReach',
    rows.flatMap((r) => (r.children.reach ?? []).map((x) => ({ activityId: r.id, ...x }))),
  );
}
