/** Activities ("aktiviteter"): done or planned work with its venues and reach per target group. */
import { patchOf } from '../../schemas/common';
import { ruleViolation } from '../../domain/problem';
import { initiativeScope, recordMetaOf, type ResourceDef } from '../shared/resource';
import { ActivityInput, Activity, ActivityQuery } from '../../schemas/activities';
import { activityRules } from '../../domain/rules/activity';
import { assertNoIssues } from '../../domain/rules/issue';

interface ActivityChildren {
  venueIds: number[];
  reach: { targetGroupId: number; count: number }[];
}

export const activities: ResourceDef<'activities', Activity, ActivityInput, ActivityChildren> = {
  path: 'activities',
  table: 'activities',
  entity: 'activity',
  label: { da: 'Aktivitet', en: 'Activity' },
  names: { one: 'activity', many: 'activities', a: 'an activity' },
  permission: { read: 'plan:read', write: 'activity:write' },
  schemas: {
    create: ActivityInput,
    update: patchOf(ActivityInput),
    out: Activity,
    query: ActivityQuery,
  },
  filters: [
    { param: 'initiativeId', column: 'initiativeId', op: '=' },
    { param: 'planId', column: 'initiativeId', op: '=', via: { table: 'initiatives', column: 'planId' } },
    { param: 'unitId', column: 'initiativeId', op: '=', via: { table: 'initiatives', column: 'unitId' } },
    { param: 'state', column: 'state', op: '=' },
    { param: 'kind', column: 'kind', op: '=' },
    { param: 'from', column: 'dateTo', op: '>=' },
    { param: 'to', column: 'dateFrom', op: '<=' },
  ],
  order: ['dateFrom', 'id'],
  refs: [
    { field: 'initiativeId', table: 'initiatives', labelDa: 'Indsats', labelEn: 'Initiative' },
    { field: 'partnerId', table: 'partners', labelDa: 'Samarbejdspartner', labelEn: 'Partner' },
    { field: 'venueIds', table: 'venues', labelDa: 'Sted', labelEn: 'Venue' },
  ],
  toRow: (i) => ({
    initiativeId: i.initiativeId,
    state: i.state,
    kind: i.kind,
    title: i.title,
    description: i.description,
    dateFrom: i.dateFrom,
    dateTo: i.dateTo,
    occurrences: i.occurrences,
    partnerId: i.partnerId,
    imported: i.imported ? 1 : 0,
    unnamedVenues: i.unnamedVenues,
  }),
  fromRow: (r, c) => ({
    ...recordMetaOf(r),
    initiativeId: r.initiativeId,
    state: r.state as Activity['state'],
    kind: r.kind as Activity['kind'],
    title: r.title,
    description: r.description,
    dateFrom: r.dateFrom,
    dateTo: r.dateTo,
    occurrences: r.occurrences,
    partnerId: r.partnerId,
    imported: r.imported === 1,
    unnamedVenues: r.unnamedVenues,
    venueIds: c?.venueIds ?? [],
    reach: c?.reach ?? [],
    createdBy: r.createdBy,
  }),
  async scope(db, r) {
    return {
      ...(await initiativeScope(db, r.initiativeId)),
      createdBy: 'createdBy' in r ? r.createdBy : undefined,
    };
  },
  withinInitiative: true,
  onCreate: (ctx) => ({ createdBy: ctx.principal?.key ?? null }),
  children: {
    async load(db, ids) {
      const map = new Map<number, ActivityChildren>();
      if (ids.length === 0) return map;
      for (const i of ids) map.set(i, { venueIds: [], reach: [] });
      const venues = await db
        .selectFrom('activityVenues')
        .selectAll()
        .where('activityId', 'in', ids)
        .orderBy('venueId')
        .execute();
      for (const v of venues) map.get(v.activityId)?.venueIds.push(v.venueId);
      const reach = await db
        .selectFrom('activityReach')
        .selectAll()
        .where('activityId', 'in', ids)
        .orderBy('targetGroupId')
        .execute();
      for (const r of reach)
        map.get(r.activityId)?.reach.push({ targetGroupId: r.targetGroupId, count: r.count });
      return map;
    },
    async save(trx, activityId, input, fresh) {
      if (!fresh) {
        await trx.deleteFrom('activityVenues').where('activityId', '=', activityId).execute();
        await trx.deleteFrom('activityReach').where('activityId', '=', activityId).execute();
      }
      const venueIds = [...new Set(input.venueIds)];
      if (venueIds.length > 0) {
        await trx
          .insertInto('activityVenues')
          .values(venueIds.map((venueId) => ({ activityId, venueId })))
          .execute();
      }
      if (input.reach.length > 0) {
        await trx
          .insertInto('activityReach')
          .values(input.reach.map((r) => ({ activityId, targetGroupId: r.targetGroupId, count: r.count })))
          .execute();
      }
    },
  },
  async check(db, i) {
    const groups = i.reach.map((r) => r.targetGroupId);
    assertNoIssues(activityRules({ ...i, reachGroups: groups }));
    if (groups.length === 0) return;
    // Name the reach row at fault ("reach.1.targetGroupId"), the path the caller sent.
    const found = await db.selectFrom('targetGroups').select('id').where('id', 'in', groups).execute();
    const n = groups.findIndex((g) => !found.some((r) => r.id === g));
    if (n >= 0) {
      throw ruleViolation(
        `reach.${n}.targetGroupId`,
        `Målgruppe med id ${groups[n]} findes ikke.`,
        `Target group ${groups[n]} does not exist.`,
      );
    }
  },
};
