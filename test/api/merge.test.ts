/**
 * Merging near-duplicates of the reference lists: venues (the venues figure drops when two names were one place),
 * partners and target groups (reach of an activity that named both is summed; targets' group lists follow), with
 * versions moved on, the duplicate gone, one audit entry, and refusals that change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/schemas/progress';
import { call, create, startTestApp, type TestApp } from '../api';

let t: TestApp;
let planId: number;
let initiativeId: number;
type Rec = { id: number; version: number };

beforeAll(async () => {
  t = await startTestApp();
  planId = (
    await create(t.app, 'plans', {
      slug: 'sammenlaeg',
      title: 'Handleplan',
      theme: 'dubletter',
      periodFrom: '2018-01-01',
      periodTo: '2018-12-31',
    })
  ).id;
  initiativeId = (await create(t.app, 'initiatives', { planId, number: 1, title: 'Skoler' })).id;
});
afterAll(() => t.close());

const activity = (over: Record<string, unknown>) =>
  create<Rec>(t.app, 'activities', {
    initiativeId,
    state: 'done',
    kind: 'workshop',
    title: 'Workshop',
    dateFrom: '2018-03-01',
    dateTo: '2018-03-01',
    ...over,
  });

const targetActual = async (targetId: number): Promise<number | null> => {
  const p = (await call(t.app, 'GET', `/api/v1/plans/${planId}/progress?asOf=2018-09-01`)).json<Progress>();
  return p.initiatives.flatMap((i) => i.targets).find((x) => x.id === targetId)!.actual;
};

const auditCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('merging venues', () => {
  it('moves the activities to the survivor, so the venues figure counts one place once', async () => {
    const a = await create<Rec>(t.app, 'venues', { name: 'N. Fælled Skole', kind: 'folkeskole' });
    const b = await create<Rec>(t.app, 'venues', { name: 'Nørre Fælled Skole', kind: 'folkeskole' });
    const c = await create<Rec>(t.app, 'venues', { name: 'Guldberg Skole', kind: 'folkeskole' });
    const target = await create<Rec>(t.app, 'targets', {
      initiativeId,
      metricKind: 'venues',
      value: 5,
      unitLabel: 'skoler',
      dueDate: '2018-12-31',
      venueKinds: ['folkeskole'],
    });
    const onA = await activity({ venueIds: [a.id] });
    const onB = await activity({ venueIds: [b.id] });
    const onBoth = await activity({ venueIds: [a.id, b.id, c.id] });
    expect(await targetActual(target.id)).toBe(3);

    const res = await call(t.app, 'POST', `/api/v1/venues/${a.id}/merge`, { into: b.id, version: a.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      into: b.id,
      removed: a.id,
      moved: { activities: 2, targets: 0, initiatives: 0 },
    });
    expect(await targetActual(target.id)).toBe(2);
    expect((await call(t.app, 'GET', `/api/v1/venues/${a.id}`)).statusCode).toBe(404);
    const get = async (id: number) =>
      (await call(t.app, 'GET', `/api/v1/activities/${id}`)).json<Rec & { venueIds: number[] }>();
    expect((await get(onA.id)).venueIds).toEqual([b.id]);
    expect((await get(onB.id)).venueIds).toEqual([b.id]);
    const both = await get(onBoth.id);
    expect([...both.venueIds].sort((x, y) => x - y)).toEqual([b.id, c.id].sort((x, y) => x - y));
    // The activity changed under its editors: an edit based on the old version is refused.
    expect(both.version).toBe(onBoth.version + 1);
    const stale = await call(t.app, 'PATCH', `/api/v1/activities/${onBoth.id}`, {
      version: onBoth.version,
      title: 'Gammel',
    });
    expect(stale.statusCode).toBe(409);
    const entry = await t.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'merge')
      .where('entityId', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(entry.entityType).toBe('venue');
    expect(JSON.parse(entry.after!)).toMatchObject({ mergedInto: b.id });
  });

  it('refuses, changing nothing: into itself, a different kind, a stale version, an unknown survivor', async () => {
    const a = await create<Rec>(t.app, 'venues', { name: 'Klub A', kind: 'klub' });
    const b = await create<Rec>(t.app, 'venues', { name: 'Skole B', kind: 'folkeskole' });
    const b2 = await create<Rec>(t.app, 'venues', { name: 'Klub B', kind: 'klub' });
    const before = await auditCount();
    const self = await call(t.app, 'POST', `/api/v1/venues/${a.id}/merge`, {
      into: a.id,
      version: a.version,
    });
    expect(self.statusCode).toBe(422);
    const kinds = await call(t.app, 'POST', `/api/v1/venues/${a.id}/merge`, {
      into: b.id,
      version: a.version,
    });
    expect(kinds.statusCode).toBe(422);
    expect(kinds.json<{ detail: string }>().detail).toContain('ikke samme type sted');
    const stale = await call(t.app, 'POST', `/api/v1/venues/${a.id}/merge`, {
      into: b2.id,
      version: a.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await call(t.app, 'POST', `/api/v1/venues/${a.id}/merge`, {
      into: 999999,
      version: a.version,
    });
    expect(unknown.statusCode).toBe(404);
    expect(await auditCount()).toBe(before);
    expect((await call(t.app, 'GET', `/api/v1/venues/${a.id}`)).statusCode).toBe(200);
  });
});

describe('merging partners and target groups', () => {
  it('moves a partner’s activities and initiatives to the survivor', async () => {
    const p1 = await create<Rec>(t.app, 'partners', { name: 'C:NTACT' });
    const p2 = await create<Rec>(t.app, 'partners', { name: 'Contact' });
    const act = await activity({ partnerId: p1.id });
    const res = await call(t.app, 'POST', `/api/v1/partners/${p1.id}/merge`, {
      into: p2.id,
      version: p1.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ moved: { activities: number } }>().moved.activities).toBe(1);
    const after = (await call(t.app, 'GET', `/api/v1/activities/${act.id}`)).json<{ partnerId: number }>();
    expect(after.partnerId).toBe(p2.id);
    expect((await call(t.app, 'GET', `/api/v1/partners/${p1.id}`)).statusCode).toBe(404);
  });

  it('sums the reach of an activity that named both groups, and the targets follow the survivor', async () => {
    const g1 = await create<Rec>(t.app, 'target-groups', { name: 'unge' });
    const g2 = await create<Rec>(t.app, 'target-groups', { name: 'unge mennesker' });
    const target = await create<Rec & { targetGroupIds: number[] }>(t.app, 'targets', {
      initiativeId,
      metricKind: 'reach',
      value: 100,
      unitLabel: 'unge',
      dueDate: '2018-12-31',
      targetGroupIds: [g1.id, g2.id],
    });
    const both = await activity({
      reach: [
        { targetGroupId: g1.id, count: 30 },
        { targetGroupId: g2.id, count: 12 },
      ],
    });
    const one = await activity({ reach: [{ targetGroupId: g1.id, count: 5 }] });
    expect(await targetActual(target.id)).toBe(47);
    const res = await call(t.app, 'POST', `/api/v1/target-groups/${g1.id}/merge`, {
      into: g2.id,
      version: g1.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ moved: { activities: 2, targets: 1 } });
    expect(await targetActual(target.id)).toBe(47);
    const reach = async (id: number) =>
      (await call(t.app, 'GET', `/api/v1/activities/${id}`)).json<{
        reach: { targetGroupId: number; count: number }[];
      }>().reach;
    expect(await reach(both.id)).toEqual([{ targetGroupId: g2.id, count: 42 }]);
    expect(await reach(one.id)).toEqual([{ targetGroupId: g2.id, count: 5 }]);
    const t2 = (await call(t.app, 'GET', `/api/v1/targets/${target.id}`)).json<
      Rec & { targetGroupIds: number[] }
    >();
    expect(t2.targetGroupIds).toEqual([g2.id]);
    expect(t2.version).toBe(target.version + 1);
  });
});
