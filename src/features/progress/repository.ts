/**
 * Loads everything the target engine needs for one plan or the whole portfolio in a handful of set-based
 * queries (no per-initiative round trips), mapped straight to domain objects.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { isPostgres } from '../../store/dialect';
import type { DB } from '../../store/schema';
import type { Activity, Assessment, Measurement, Target, VenueKind, VenueRef } from '../../domain/types';
import { assessmentFromRow, targetFromRow } from '../../store/rows';

/** An initiative as the progress view shows it. */
export interface ProgressInitiative {
  id: number;
  planId: number | null;
  number: number | null;
  kind: 'recommendation' | 'other';
  title: string;
  unitId: number | null;
  assessment: Assessment | null;
}

/** The engine's inputs for a scope. */
export interface EngineInputs {
  initiatives: ProgressInitiative[];
  targets: Target[];
  activities: Activity[];
  measurements: Measurement[];
  venues: Map<number, VenueRef>;
}

type InitiativeScope = SelectQueryBuilder<DB, 'initiatives', { id: number }>;

/** A JSON value as the driver returns it: parsed on PostgreSQL, text on SQLite. */
const jsonOf = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * Load the engine's inputs for a plan (`planId`) or for every initiative (`null`); with `initiatives`, only those
 * initiatives' (a chart needs one; a cache reloads the ones a change touched). Without `venues`, the venue list is
 * left empty: a cache that reloads initiatives keeps its own (any change to a venue reloads everything).
 */
export async function loadEngineInputs(
  db: Kysely<DB>,
  planId: number | null,
  initiatives?: number | readonly number[],
  { venues = true }: { venues?: boolean } = {},
): Promise<EngineInputs> {
  const only =
    initiatives === undefined ? null : typeof initiatives === 'number' ? [initiatives] : initiatives;
  const scope = (): InitiativeScope => {
    let q = db.selectFrom('initiatives').select('initiatives.id');
    if (planId !== null) q = q.where('initiatives.planId', '=', planId);
    return only === null ? q : q.where('initiatives.id', 'in', only);
  };
  const initiativeRows = () => {
    let q = db.selectFrom('initiatives');
    if (planId !== null) q = q.where('planId', '=', planId);
    return only === null ? q : q.where('id', 'in', only);
  };
  // A whole scope joins its reach and venue rows to its activities (hash joins over every row). A few initiatives
  // read each activity's reach and venues with it, looked up by the activity's id in the same query: the join would
  // scan every reach row of the database (on PostgreSQL, 10 ms at 60,000 rows against 0.3 ms for 200 activities),
  // and one query is one round trip, where a busy server spends most of a reload.
  const slice = only !== null;
  const pg = isPostgres(db);
  const reachOf = pg
    ? sql<unknown>`coalesce((select json_agg(json_build_array(r.target_group_id, r.count) order by r.target_group_id)
        from activity_reach r where r.activity_id = activities.id), '[]'::json)`
    : sql<unknown>`(select json_group_array(json_array(r.target_group_id, r.count))
        from activity_reach r where r.activity_id = activities.id)`;
  const venuesOf = pg
    ? sql<unknown>`coalesce((select json_agg(v.venue_id order by v.venue_id)
        from activity_venues v where v.activity_id = activities.id), '[]'::json)`
    : sql<unknown>`(select json_group_array(v.venue_id) from activity_venues v where v.activity_id = activities.id)`;
  const [initRows, targetRows, activityRows, reachRows, venueLinks, measurementRows, venueRows] =
    await Promise.all([
      initiativeRows()
        .selectAll()
        // Nulls last on both dialects, so the portfolio reads the same on SQLite and PostgreSQL.
        .orderBy('planId', (ob) => ob.asc().nullsLast())
        .orderBy('kind', 'desc')
        .orderBy('number', (ob) => ob.asc().nullsLast())
        .orderBy('id')
        .execute(),
      db
        .selectFrom('targets')
        .selectAll()
        .where('initiativeId', 'in', scope())
        .orderBy('position')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('activities')
        .select([
          'id',
          'initiativeId',
          'state',
          'kind',
          'dateFrom',
          'dateTo',
          'occurrences',
          'partnerId',
          'unnamedVenues',
          (slice ? reachOf : sql<unknown>`null`).as('reachList'),
          (slice ? venuesOf : sql<unknown>`null`).as('venueList'),
        ])
        .where('initiativeId', 'in', scope())
        .execute(),
      slice
        ? []
        : db
            .selectFrom('activityReach')
            .innerJoin('activities', 'activities.id', 'activityReach.activityId')
            .select(['activityReach.activityId', 'activityReach.targetGroupId', 'activityReach.count'])
            .where('activities.initiativeId', 'in', scope())
            .execute(),
      slice
        ? []
        : db
            .selectFrom('activityVenues')
            .innerJoin('activities', 'activities.id', 'activityVenues.activityId')
            .select(['activityVenues.activityId', 'activityVenues.venueId'])
            .where('activities.initiativeId', 'in', scope())
            .execute(),
      db
        .selectFrom('measurements')
        .innerJoin('targets', 'targets.id', 'measurements.targetId')
        .select(['measurements.targetId', 'measurements.value', 'measurements.asOf'])
        .where('targets.initiativeId', 'in', scope())
        .execute(),
      venues ? db.selectFrom('venues').select(['id', 'kind']).execute() : [],
    ]);

  const byId = new Map<number, Activity>();
  const activities = activityRows.map((r) => {
    const a: Activity = {
      id: r.id,
      initiativeId: r.initiativeId,
      state: r.state as Activity['state'],
      kind: r.kind as Activity['kind'],
      period: { from: r.dateFrom, to: r.dateTo },
      occurrences: r.occurrences,
      partnerId: r.partnerId,
      venueIds: r.venueList === null ? [] : (jsonOf(r.venueList) as number[]),
      unnamedVenues: r.unnamedVenues,
      reach:
        r.reachList === null
          ? []
          : (jsonOf(r.reachList) as [number, number][]).map(([targetGroupId, count]) => ({
              targetGroupId,
              count,
            })),
    };
    byId.set(a.id, a);
    return a;
  });
  for (const r of reachRows)
    byId.get(r.activityId)?.reach.push({ targetGroupId: r.targetGroupId, count: r.count });
  for (const v of venueLinks) byId.get(v.activityId)?.venueIds.push(v.venueId);

  return {
    initiatives: initRows.map((r) => ({
      id: r.id,
      planId: r.planId,
      number: r.number,
      kind: r.kind as ProgressInitiative['kind'],
      title: r.title,
      unitId: r.unitId,
      assessment: assessmentFromRow(r),
    })),
    targets: targetRows.map(targetFromRow),
    activities,
    measurements: measurementRows,
    venues: new Map(venueRows.map((v) => [v.id, { id: v.id, kind: v.kind as VenueKind }])),
  };
}
