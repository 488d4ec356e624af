/**
 * A plan as the workbook sees it: every row of every sheet, read from the database in a handful of queries, with
 * references turned into names (partners, venues, target groups), unit codes and keys ("I-3").
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Kysely, Selectable } from 'kysely';
import { notFound } from '../../domain/problem';
import type { DB } from '../../store/schema';
import { sortedNames } from './cells';
import type { Db } from '../shared/resource';
import { keyOf, sheetOf, type SheetKey, type Value } from './sheets';

/** A stored row: its key, id, version and cell values by field. */
export interface StoredRow {
  key: string;
  id: number;
  version: number;
  values: Record<string, Value>;
}

/** The plan a workbook belongs to. */
export interface PlanRef {
  id: number;
  slug: string;
  title: string;
}

/**
 * A plan that does not exist yet (a proposal from a status memo, written as a workbook): what the "Om" sheet says
 * about it beside its slug and title, so an import can create it.
 */
export interface NewPlanFrame {
  theme: string;
  periodFrom: string;
  periodTo: string;
  /** The owning unit's code. */
  unit: string | null;
  organisation: string | null;
  /** Units the plan's rows name, created when the database does not have them. */
  units: { code: string; name: string }[];
  /** What the memo's parser was unsure of, listed for the person (not read back). */
  review?: { message: string; blocking: boolean }[];
}

/** Every row of a plan's workbook, and the target groups that get a reach column. */
export interface StoredBook {
  plan: PlanRef;
  groups: string[];
  unitCodes: string[];
  sheets: Record<SheetKey, StoredRow[]>;
  /** Set for a plan to be created (its id is 0, its rows have id 0 and no version). */
  newPlan?: NewPlanFrame;
}

const sortedSet = sortedNames;
const orNull = (s: string | null): string | null => (s === null || s === '' ? null : s);

/** The plan by id or slug, or 404. */
export async function findPlan(db: Db, idOrSlug: string | number): Promise<PlanRef> {
  const q = db.selectFrom('plans').select(['id', 'slug', 'title']);
  const row =
    typeof idOrSlug === 'number' || /^\d+$/.test(idOrSlug)
      ? await q.where('id', '=', Number(idOrSlug)).executeTakeFirst()
      : await q.where('slug', '=', idOrSlug).executeTakeFirst();
  if (!row) throw notFound('Handleplan', 'Plan', idOrSlug);
  return row;
}

/** Read the whole workbook of a plan. */
export async function readBook(db: Kysely<DB> | Db, plan: PlanRef): Promise<StoredBook> {
  const [units, partners, groups, venues] = await Promise.all([
    db.selectFrom('units').select(['id', 'code']).orderBy('code').execute(),
    db.selectFrom('partners').selectAll().orderBy('id').execute(),
    db.selectFrom('targetGroups').selectAll().orderBy('id').execute(),
    db.selectFrom('venues').selectAll().orderBy('id').execute(),
  ]);
  const unitCode = new Map(units.map((u) => [u.id, u.code]));
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const venueName = new Map(venues.map((v) => [v.id, v.name]));
  const code = (id: number | null) => (id === null ? null : (unitCode.get(id) ?? null));

  const initiatives = await db
    .selectFrom('initiatives')
    .selectAll()
    .where('planId', '=', plan.id)
    .orderBy('number', (ob) => ob.asc().nullsLast())
    .orderBy('id')
    .execute();
  const initIds = initiatives.map((i) => i.id);
  const inPlan = <T>(run: () => Promise<T[]>): Promise<T[]> =>
    initIds.length === 0 ? Promise.resolve([]) : run();
  // SQLite answers synchronously: let other requests in between the reads of a large plan.
  await yieldToLoop();
  const [links, targets, fundings, expenditures] = await Promise.all([
    inPlan(() =>
      db.selectFrom('initiativePartners').selectAll().where('initiativeId', 'in', initIds).execute(),
    ),
    inPlan(() =>
      db
        .selectFrom('targets')
        .selectAll()
        .where('initiativeId', 'in', initIds)
        .orderBy('initiativeId')
        .orderBy('position')
        .orderBy('id')
        .execute(),
    ),
    inPlan(() =>
      db
        .selectFrom('fundings')
        .selectAll()
        .where('initiativeId', 'in', initIds)
        .orderBy('initiativeId')
        .orderBy('position')
        .orderBy('id')
        .execute(),
    ),
    inPlan(() =>
      db
        .selectFrom('expenditures')
        .selectAll()
        .where('initiativeId', 'in', initIds)
        .orderBy('initiativeId')
        .orderBy('year')
        .orderBy('id')
        .execute(),
    ),
  ]);
  const targetIn = db.selectFrom('targets').select('id').where('initiativeId', 'in', initIds);
  await yieldToLoop();
  const { activities, actVenues, reach } = await activitiesOf(db, initIds);
  const [measurements] = await Promise.all([
    inPlan(() =>
      db
        .selectFrom('measurements')
        .selectAll()
        .where('targetId', 'in', targetIn)
        .orderBy('targetId')
        .orderBy('asOf')
        .orderBy('id')
        .execute(),
    ),
  ]);

  const partnersOf = groupBy(
    links,
    (l) => l.initiativeId,
    (l) => partnerName.get(l.partnerId) ?? '',
  );
  const venuesOf = groupBy(
    actVenues,
    (v) => v.activityId,
    (v) => venueName.get(v.venueId) ?? '',
  );
  const reachOf = groupBy(
    reach,
    (r) => r.activityId,
    (r) => r,
  );
  const ik = (id: number) => keyOf(sheetOf('initiatives'), id);
  const row = (sheet: SheetKey, r: { id: number; version: number }, values: Record<string, Value>) => ({
    key: keyOf(sheetOf(sheet), r.id),
    id: r.id,
    version: r.version,
    values,
  });
  const names = (json: string, map: Map<number, string>) =>
    sortedSet((JSON.parse(json) as number[]).map((id) => map.get(id) ?? String(id)));

  return {
    plan,
    groups: groups.map((g) => g.name),
    unitCodes: units.map((u) => u.code),
    sheets: {
      initiatives: initiatives.map((i) =>
        row('initiatives', i, {
          number: i.number,
          kind: i.kind,
          title: i.title,
          purpose: orNull(i.purpose),
          description: orNull(i.description),
          unit: code(i.unitId),
          partners: sortedSet(partnersOf.get(i.id) ?? []),
        }),
      ),
      targets: targets.map((t) =>
        row('targets', t, {
          initiative: ik(t.initiativeId),
          position: t.position,
          metricKind: t.metricKind,
          comparator: t.comparator,
          value: t.value,
          unitLabel: orNull(t.unitLabel),
          dueDate: t.dueDate,
          baseline: t.baseline,
          sentence: orNull(t.sentence),
          targetGroups: names(t.targetGroupIds, groupName),
          activityKinds: sortedSet(JSON.parse(t.activityKinds) as string[]),
          venueKinds: sortedSet(JSON.parse(t.venueKinds) as string[]),
          population: t.population,
        }),
      ),
      funding: fundings.map((f) =>
        row('funding', f, {
          initiative: ik(f.initiativeId),
          position: f.position,
          kind: f.kind,
          amount: f.amount,
          amountBasis: f.amountBasis,
          staffYears: f.staffYears,
          yearFrom: f.yearFrom,
          yearTo: f.yearTo,
          source: orNull(f.source),
          fundedUntil: f.fundedUntil,
        }),
      ),
      expenditures: expenditures.map((e) =>
        row('expenditures', e, {
          initiative: ik(e.initiativeId),
          year: e.year,
          amount: e.amount,
          note: orNull(e.note),
        }),
      ),
      activities: activities.map((a) => {
        const values: Record<string, Value> = {
          initiative: ik(a.initiativeId),
          state: a.state,
          kind: a.kind,
          title: a.title,
          description: orNull(a.description),
          dateFrom: a.dateFrom,
          dateTo: a.dateTo,
          occurrences: a.occurrences,
          partner: a.partnerId === null ? null : (partnerName.get(a.partnerId) ?? null),
          venues: sortedSet(venuesOf.get(a.id) ?? []),
          // Defaults stay empty cells (see Column.blank).
          imported: a.imported === 1 ? 'yes' : null,
          unnamedVenues: a.unnamedVenues === 0 ? null : a.unnamedVenues,
        };
        for (const r of reachOf.get(a.id) ?? []) values[`reach:${groupName.get(r.targetGroupId)}`] = r.count;
        return row('activities', a, values);
      }),
      measurements: measurements.map((m) =>
        row('measurements', m, {
          target: keyOf(sheetOf('targets'), m.targetId),
          value: m.value,
          asOf: m.asOf,
          note: orNull(m.note),
        }),
      ),
      venues: venues.map((v) => row('venues', v, { name: v.name, kind: v.kind, unit: code(v.unitId) })),
      partners: partners.map((p) => row('partners', p, { name: p.name, description: orNull(p.description) })),
      targetGroups: groups.map((g) => row('targetGroups', g, { name: g.name })),
    },
  };
}

/** Initiatives whose activities are read in one go: a plan's activities are many, and SQLite reads synchronously. */
const INITIATIVES_PER_READ = 4;

/** The activities of the initiatives with their venues and reach, read a few initiatives at a time. */
async function activitiesOf(db: Kysely<DB> | Db, initIds: number[]) {
  const activities: Selectable<DB['activities']>[] = [];
  const actVenues: Selectable<DB['activityVenues']>[] = [];
  const reach: Selectable<DB['activityReach']>[] = [];
  for (let i = 0; i < initIds.length; i += INITIATIVES_PER_READ) {
    const ids = initIds.slice(i, i + INITIATIVES_PER_READ);
    const actIn = db.selectFrom('activities').select('id').where('initiativeId', 'in', ids);
    const [a, v, r] = await Promise.all([
      db
        .selectFrom('activities')
        .selectAll()
        .where('initiativeId', 'in', ids)
        .orderBy('initiativeId')
        .orderBy('dateFrom')
        .orderBy('id')
        .execute(),
      db.selectFrom('activityVenues').selectAll().where('activityId', 'in', actIn).execute(),
      db.selectFrom('activityReach').selectAll().where('activityId', 'in', actIn).execute(),
    ]);
    activities.push(...a);
    actVenues.push(...v);
    reach.push(...r);
    await yieldToLoop();
  }
  return { activities, actVenues, reach };
}

function groupBy<T, V>(rows: T[], key: (r: T) => number, value: (r: T) => V): Map<number, V[]> {
  const map = new Map<number, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(value(r));
    else map.set(k, [value(r)]);
  }
  return map;
}
