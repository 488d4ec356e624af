/** Targets of an initiative, and the measurements reported for them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target } from '../../src/schemas/targets';
import { call, startTestApp, type TestApp } from '../api';
import { makeInitiative, makeMeasurement, makeTarget, makeTargetGroup } from '../factories';
import { crudContract } from './crud';
import { expectRefused, getJson, listIds } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;

crudContract(() => t, {
  path: 'targets',
  entity: 'target',
  labelDa: 'Mål',
  labelEn: 'Target',
  body: async (a) => ({
    initiativeId: (await makeInitiative(a)).id,
    metricKind: 'reach',
    value: 200,
    unitLabel: 'børn og unge',
    dueDate: '2018-12-31',
    sentence: '{value} børn og unge har set teaterforestillingen.',
    targetGroupIds: [(await makeTargetGroup(a)).id],
    activityKinds: ['teater'],
  }),
  patch: () => ({ value: 250, dueDate: '2019-06-30' }),
  badCreate: [
    {
      name: 'a share target without a population',
      change: (v) => ({ ...v, metricKind: 'share', value: 80 }),
      field: 'population',
      da: /Et andelsmål \(share\) kræver en registreret population/,
    },
    {
      name: 'a share above 100 pct.',
      change: (v) => ({ ...v, metricKind: 'share', value: 120, population: 50 }),
      field: 'value',
    },
    {
      name: 'a milestone of 2',
      change: (v) => ({ ...v, metricKind: 'milestone', value: 2 }),
      field: 'value',
    },
    {
      name: 'an at-most baseline below the value',
      change: (v) => ({ ...v, comparator: '<=', value: 10, baseline: 5 }),
      field: 'baseline',
    },
    {
      name: '"N/A" as value',
      change: (v) => ({ ...v, value: 'N/A' }),
      field: 'value',
      da: /: Skriv et tal\.$/,
    },
    { name: 'a negative value', change: (v) => ({ ...v, value: -1 }), field: 'value' },
    {
      name: 'an unknown initiative',
      change: (v) => ({ ...v, initiativeId: 424_242 }),
      field: 'initiativeId',
      da: 'Indsats med id 424242 findes ikke.',
    },
    {
      name: 'an unknown target group',
      change: (v) => ({ ...v, targetGroupIds: [424_242] }),
      field: 'targetGroupIds',
      da: /Målgruppe med id 424242/,
    },
    {
      name: 'the due date 2018-02-30',
      change: (v) => ({ ...v, dueDate: '2018-02-30' }),
      field: 'dueDate',
      da: /Ugyldig dato/,
    },
    { name: 'an unknown metric', change: (v) => ({ ...v, metricKind: 'average' }), field: 'metricKind' },
    {
      name: 'an unknown activity kind',
      change: (v) => ({ ...v, activityKinds: ['teater', 'dans'] }),
      field: 'activityKinds.1',
    },
    {
      name: 'a population of 0',
      change: (v) => ({ ...v, metricKind: 'share', value: 50, population: 0 }),
      field: 'population',
    },
    {
      name: 'a fractional population',
      change: (v) => ({ ...v, metricKind: 'share', value: 50, population: 2.5 }),
      field: 'population',
    },
  ],
  badPatch: [
    {
      name: 'turning a reach target into a share without population',
      change: () => ({ metricKind: 'share', value: 50 }),
      field: 'population',
    },
    { name: '"N/A" as value', change: () => ({ value: 'N/A' }), field: 'value' },
    { name: 'an unknown initiative', change: () => ({ initiativeId: 424_242 }), field: 'initiativeId' },
  ],
});

crudContract(() => t, {
  path: 'measurements',
  entity: 'measurement',
  labelDa: 'Måling',
  labelEn: 'Measurement',
  body: async (a) => ({
    targetId: (await makeTarget(a, { metricKind: 'manual', value: 80, unitLabel: 'pct.' })).id,
    value: 85.5,
    asOf: '2018-06-01',
    note: 'Spørgeskema blandt deltagerne',
  }),
  patch: () => ({ value: 90, note: 'Opfølgende måling' }),
  badCreate: [
    {
      name: '"N/A" as value',
      change: (v) => ({ ...v, value: 'N/A' }),
      field: 'value',
      da: /: Skriv et tal\.$/,
    },
    { name: 'a value beyond 10^12', change: (v) => ({ ...v, value: 1e13 }), field: 'value' },
    {
      name: 'an unknown target',
      change: (v) => ({ ...v, targetId: 424_242 }),
      field: 'targetId',
      da: 'Mål med id 424242 findes ikke.',
    },
    { name: 'the date 2018-02-30', change: (v) => ({ ...v, asOf: '2018-02-30' }), field: 'asOf' },
    { name: 'no date', change: ({ asOf: _a, ...rest }) => rest, field: 'asOf' },
  ],
  badPatch: [
    { name: 'a date in words', change: () => ({ asOf: 'i går' }), field: 'asOf' },
    { name: 'an unknown target', change: () => ({ targetId: 424_242 }), field: 'targetId' },
  ],
});

describe('targets', () => {
  it('stores the metric settings and returns the defaults', async () => {
    const group = await makeTargetGroup(t.app);
    const target = await makeTarget(t.app, {
      metricKind: 'share',
      value: 80,
      population: 250,
      targetGroupIds: [group.id],
      unitLabel: 'pct.',
    });
    expect(target).toMatchObject({
      metricKind: 'share',
      comparator: '>=',
      value: 80,
      population: 250,
      baseline: null,
      position: 0,
      sentence: '',
      targetGroupIds: [group.id],
      activityKinds: [],
      venueKinds: [],
    });
    const venues = await makeTarget(t.app, {
      metricKind: 'venues',
      value: 7,
      venueKinds: ['friskole', 'privatskole'],
    });
    expect((await getJson<Target>(app(), `/api/v1/targets/${venues.id}`)).venueKinds).toEqual([
      'friskole',
      'privatskole',
    ]);
  });

  it('filters the list by initiative, ordered by position', async () => {
    const initiative = await makeInitiative(t.app);
    const second = await makeTarget(t.app, { initiativeId: initiative.id, position: 2 });
    const first = await makeTarget(t.app, { initiativeId: initiative.id, position: 1 });
    await makeTarget(t.app);
    expect(await listIds(app(), `/api/v1/targets?initiativeId=${initiative.id}`)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('deletes a target together with its measurements', async () => {
    const m = await makeMeasurement(t.app);
    const res = await call(app(), 'DELETE', `/api/v1/targets/${m.targetId}?version=1`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await call(app(), 'GET', `/api/v1/measurements/${m.id}`)).statusCode).toBe(404);
  });
});

describe('measurements', () => {
  it('filters the list by target and by date range (from/to inclusive)', async () => {
    const target = await makeTarget(t.app, { metricKind: 'manual', value: 80 });
    const jan = await makeMeasurement(t.app, { targetId: target.id, asOf: '2018-01-31' });
    const jun = await makeMeasurement(t.app, { targetId: target.id, asOf: '2018-06-30' });
    const dec = await makeMeasurement(t.app, { targetId: target.id, asOf: '2018-12-31' });
    await makeMeasurement(t.app, { asOf: '2018-06-30' });
    const base = `/api/v1/measurements?targetId=${target.id}`;
    expect(await listIds(app(), base)).toEqual([jan.id, jun.id, dec.id]);
    expect(await listIds(app(), `${base}&from=2018-06-30`)).toEqual([jun.id, dec.id]);
    expect(await listIds(app(), `${base}&to=2018-06-30`)).toEqual([jan.id, jun.id]);
    expect(await listIds(app(), `${base}&from=2018-02-01&to=2018-12-30`)).toEqual([jun.id]);
  });

  it('refuses a malformed date in the list filter (400) and changes nothing', async () => {
    const p = await expectRefused(
      t,
      [],
      () => call(app(), 'GET', '/api/v1/measurements?from=2018-02-30'),
      400,
      'from',
    );
    expect(p.detail).toMatch(/Ugyldig dato/);
  });
});
