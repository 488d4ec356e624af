/** Activities with their venues and reach rows, written in one request. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/schemas/activities';
import { call, startTestApp, type TestApp } from '../api';
import {
  makeActivity,
  makeInitiative,
  makePartner,
  makePlan,
  makeTargetGroup,
  makeUnit,
  makeVenue,
} from '../factories';
import { crudContract } from './crud';
import { auditCount, expectRefused, getJson, lastAudit, listIds, type Json } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;

const groupOf = (v: Json, n = 0): number => (v.reach as { targetGroupId: number }[])[n].targetGroupId;

/** The child rows of an activity as stored. */
async function childRows(id: number): Promise<{ venues: number[]; reach: [number, number][] }> {
  const db = t.database.db;
  const venues = await db
    .selectFrom('activityVenues')
    .select('venueId')
    .where('activityId', '=', id)
    .orderBy('venueId')
    .execute();
  const reach = await db
    .selectFrom('activityReach')
    .selectAll()
    .where('activityId', '=', id)
    .orderBy('targetGroupId')
    .execute();
  return { venues: venues.map((v) => v.venueId), reach: reach.map((r) => [r.targetGroupId, r.count]) };
}

crudContract(() => t, {
  path: 'activities',
  entity: 'activity',
  labelDa: 'Aktivitet',
  labelEn: 'Activity',
  body: async (a) => ({
    initiativeId: (await makeInitiative(a)).id,
    state: 'done',
    kind: 'workshop',
    title: 'Workshops for forældre på to skoler',
    description: 'Afholdt af C:NTACT',
    dateFrom: '2018-03-01',
    dateTo: '2018-03-02',
    occurrences: 2,
    partnerId: (await makePartner(a)).id,
    venueIds: [(await makeVenue(a)).id, (await makeVenue(a)).id],
    reach: [
      { targetGroupId: (await makeTargetGroup(a)).id, count: 25 },
      { targetGroupId: (await makeTargetGroup(a)).id, count: 10 },
    ],
  }),
  patch: () => ({ state: 'cancelled', occurrences: 3 }),
  badCreate: [
    {
      name: 'a negative reach',
      change: (v) => ({ ...v, reach: [{ targetGroupId: groupOf(v), count: -1 }] }),
      field: 'reach.0.count',
      da: 'Ugyldig værdi i feltet "reach.0.count": Antal kan ikke være negativt.',
    },
    {
      name: 'a reach of 2.5',
      change: (v) => ({ ...v, reach: [{ targetGroupId: groupOf(v), count: 2.5 }] }),
      field: 'reach.0.count',
      da: /Antal skal være et helt tal/,
    },
    {
      name: '"N/A" as reach',
      change: (v) => ({
        ...v,
        reach: [
          { targetGroupId: groupOf(v), count: 10 },
          { targetGroupId: groupOf(v, 1), count: 'N/A' },
        ],
      }),
      field: 'reach.1.count',
    },
    {
      name: 'an unknown target group in the second reach row',
      change: (v) => ({
        ...v,
        reach: [
          { targetGroupId: groupOf(v), count: 3 },
          { targetGroupId: 424_242, count: 3 },
        ],
      }),
      field: 'reach.1.targetGroupId',
      da: 'Målgruppe med id 424242 findes ikke.',
    },
    {
      name: 'no target group in a reach row',
      change: (v) => ({ ...v, reach: [{ count: 3 }] }),
      field: 'reach.0.targetGroupId',
    },
    {
      name: 'a target group twice',
      change: (v) => ({
        ...v,
        reach: [
          { targetGroupId: groupOf(v), count: 3 },
          { targetGroupId: groupOf(v), count: 4 },
        ],
      }),
      field: 'reach',
    },
    {
      name: 'an end before the start',
      change: (v) => ({ ...v, dateTo: '2018-02-28' }),
      field: 'dateTo',
      da: 'Slutdatoen ligger før startdatoen.',
    },
    { name: 'the date 2018-02-30', change: (v) => ({ ...v, dateFrom: '2018-02-30' }), field: 'dateFrom' },
    {
      name: 'an unknown venue',
      change: (v) => ({ ...v, venueIds: [424_242] }),
      field: 'venueIds',
      da: 'Sted med id 424242 findes ikke.',
    },
    { name: 'an unknown partner', change: (v) => ({ ...v, partnerId: 424_242 }), field: 'partnerId' },
    {
      name: 'an unknown initiative',
      change: (v) => ({ ...v, initiativeId: 424_242 }),
      field: 'initiativeId',
    },
    { name: 'an unknown state', change: (v) => ({ ...v, state: 'maybe' }), field: 'state' },
    { name: 'zero occurrences', change: (v) => ({ ...v, occurrences: 0 }), field: 'occurrences' },
  ],
  badPatch: [
    {
      name: 'a negative reach',
      change: (v) => ({ reach: [{ targetGroupId: groupOf(v), count: -5 }] }),
      field: 'reach.0.count',
    },
    { name: 'an end before the stored start', change: () => ({ dateTo: '2018-01-01' }), field: 'dateTo' },
    { name: 'an unknown venue', change: () => ({ venueIds: [424_242] }), field: 'venueIds' },
    {
      name: 'an unknown target group',
      change: () => ({ reach: [{ targetGroupId: 424_242, count: 1 }] }),
      field: 'reach.0.targetGroupId',
    },
  ],
});

describe('activities: venues and reach in one request', () => {
  it('creates the activity with its venue and reach rows, audited once', async () => {
    const [v1, v2] = [await makeVenue(t.app), await makeVenue(t.app)];
    const [g1, g2] = [await makeTargetGroup(t.app), await makeTargetGroup(t.app)];
    const initiative = await makeInitiative(t.app);
    const before = await auditCount(t);
    const a = await makeActivity(t.app, {
      initiativeId: initiative.id,
      venueIds: [v2.id, v1.id, v2.id],
      reach: [
        { targetGroupId: g2.id, count: 7 },
        { targetGroupId: g1.id, count: 0 },
      ],
    });
    expect(a.venueIds).toEqual([v1.id, v2.id]);
    expect(a.reach).toEqual([
      { targetGroupId: g1.id, count: 0 },
      { targetGroupId: g2.id, count: 7 },
    ]);
    expect(await childRows(a.id)).toEqual({
      venues: [v1.id, v2.id],
      reach: [
        [g1.id, 0],
        [g2.id, 7],
      ],
    });
    expect(await auditCount(t)).toBe(before + 1);
  });

  it('replaces venues and reach on update, keeps them when the update leaves them out', async () => {
    const [v1, v2] = [await makeVenue(t.app), await makeVenue(t.app)];
    const [g1, g2] = [await makeTargetGroup(t.app), await makeTargetGroup(t.app)];
    const a = await makeActivity(t.app, { venueIds: [v1.id], reach: [{ targetGroupId: g1.id, count: 30 }] });
    const url = `/api/v1/activities/${a.id}`;
    const res = await call(app(), 'PATCH', url, {
      venueIds: [v2.id],
      reach: [{ targetGroupId: g2.id, count: 12 }],
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Activity>()).toMatchObject({
      version: 2,
      venueIds: [v2.id],
      reach: [{ targetGroupId: g2.id, count: 12 }],
    });
    expect(await childRows(a.id)).toEqual({ venues: [v2.id], reach: [[g2.id, 12]] });
    expect(await lastAudit(t)).toMatchObject({
      action: 'update',
      before: { venueIds: [v1.id], reach: [{ targetGroupId: g1.id, count: 30 }] },
      after: { venueIds: [v2.id], reach: [{ targetGroupId: g2.id, count: 12 }] },
    });

    expect((await call(app(), 'PATCH', url, { title: 'Ny titel', version: 2 })).statusCode).toBe(200);
    expect(await childRows(a.id)).toEqual({ venues: [v2.id], reach: [[g2.id, 12]] });
    expect((await call(app(), 'PATCH', url, { venueIds: [], reach: [], version: 3 })).statusCode).toBe(200);
    expect(await childRows(a.id)).toEqual({ venues: [], reach: [] });
  });

  it('leaves the stored rows alone when an update is refused', async () => {
    const g = await makeTargetGroup(t.app);
    const a = await makeActivity(t.app, { reach: [{ targetGroupId: g.id, count: 4 }] });
    const url = `/api/v1/activities/${a.id}`;
    await expectRefused(
      t,
      [url],
      () => call(app(), 'PATCH', url, { reach: [{ targetGroupId: g.id, count: 1.5 }], version: 1 }),
      422,
      'reach.0.count',
    );
    expect(await childRows(a.id)).toEqual({ venues: [], reach: [[g.id, 4]] });
  });

  it('deletes the activity with its rows; a venue in use cannot be deleted (409)', async () => {
    const venue = await makeVenue(t.app);
    const g = await makeTargetGroup(t.app);
    const a = await makeActivity(t.app, { venueIds: [venue.id], reach: [{ targetGroupId: g.id, count: 4 }] });
    const vUrl = `/api/v1/venues/${venue.id}`;
    await expectRefused(t, [vUrl], () => call(app(), 'DELETE', `${vUrl}?version=1`), 409);
    expect((await call(app(), 'DELETE', `/api/v1/activities/${a.id}?version=1`)).statusCode).toBe(204);
    expect(await childRows(a.id)).toEqual({ venues: [], reach: [] });
    expect((await call(app(), 'DELETE', `${vUrl}?version=1`)).statusCode).toBe(204);
  });
});

describe('activities: list filters', () => {
  it('filters by plan, unit, initiative, state, kind and date range', async () => {
    const plan = await makePlan(t.app);
    const unit = await makeUnit(t.app);
    const i1 = await makeInitiative(t.app, { planId: plan.id, unitId: unit.id });
    const i2 = await makeInitiative(t.app, { planId: plan.id });
    const elsewhere = await makeInitiative(t.app, { unitId: unit.id });
    const a = await makeActivity(t.app, {
      initiativeId: i1.id,
      state: 'done',
      kind: 'teater',
      dateFrom: '2018-02-01',
      dateTo: '2018-02-01',
    });
    const b = await makeActivity(t.app, {
      initiativeId: i1.id,
      state: 'planned',
      kind: 'kursus',
      dateFrom: '2018-05-01',
      dateTo: '2018-06-30',
    });
    const c = await makeActivity(t.app, {
      initiativeId: i2.id,
      state: 'cancelled',
      kind: 'teater',
      dateFrom: '2018-09-01',
      dateTo: '2018-09-01',
    });
    const d = await makeActivity(t.app, {
      initiativeId: elsewhere.id,
      state: 'done',
      kind: 'teater',
      dateFrom: '2018-06-15',
      dateTo: '2018-06-15',
    });

    const inPlan = `/api/v1/activities?planId=${plan.id}`;
    expect(await listIds(app(), inPlan)).toEqual([a.id, b.id, c.id]);
    expect(await listIds(app(), `/api/v1/activities?unitId=${unit.id}`)).toEqual([a.id, b.id, d.id]);
    expect(await listIds(app(), `/api/v1/activities?initiativeId=${i2.id}`)).toEqual([c.id]);
    expect(await listIds(app(), `${inPlan}&state=planned`)).toEqual([b.id]);
    expect(await listIds(app(), `${inPlan}&kind=teater`)).toEqual([a.id, c.id]);
    expect(await listIds(app(), `${inPlan}&from=2018-06-30`)).toEqual([b.id, c.id]);
    expect(await listIds(app(), `${inPlan}&to=2018-05-01`)).toEqual([a.id, b.id]);
    expect(await listIds(app(), `${inPlan}&from=2018-03-01&to=2018-08-31`)).toEqual([b.id]);
    expect(
      await listIds(app(), `/api/v1/activities?unitId=${unit.id}&state=done&kind=teater&from=2018-06-01`),
    ).toEqual([d.id]);
  });

  it('refuses an unknown state or a bad date in the filters (400)', async () => {
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/activities?state=maybe'), 400, 'state');
    await expectRefused(
      t,
      [],
      () => call(app(), 'GET', '/api/v1/activities?planId=99999999999'),
      400,
      'planId',
    );
    const p = await expectRefused(
      t,
      [],
      () => call(app(), 'GET', '/api/v1/activities?from=2018-02-30'),
      400,
      'from',
    );
    expect(p.detail).toMatch(/Ugyldig dato/);
    const page = await getJson<{ total: number }>(app(), '/api/v1/activities?planId=424242');
    expect(page.total).toBe(0);
  });
});
