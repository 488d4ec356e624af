/**
 * POST /api/v1/targets/evaluate: an unsaved target evaluated from its initiative's data reads exactly as it will in
 * the progress view once saved; it is refused with the same 422 as saving; nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/schemas/progress';
import { call, create, startTestApp, type TestApp } from '../api';

let t: TestApp;
let planId: number;
let initiativeId: number;
let group: number;

beforeAll(async () => {
  t = await startTestApp();
  planId = (
    await create(t.app, 'plans', {
      slug: 'forhaand',
      title: 'Handleplan',
      theme: 'mål',
      periodFrom: '2018-01-01',
      periodTo: '2018-12-31',
    })
  ).id;
  initiativeId = (await create(t.app, 'initiatives', { planId, number: 1, title: 'Skoler' })).id;
  group = (await create(t.app, 'target-groups', { name: 'elever' })).id;
  const act = (state: string, count: number, day: string) =>
    create(t.app, 'activities', {
      initiativeId,
      state,
      kind: 'workshop',
      title: 'Workshop',
      dateFrom: day,
      dateTo: day,
      reach: [{ targetGroupId: group, count }],
    });
  await act('done', 480, '2018-03-01');
  await act('done', 20, '2018-05-01');
  await act('planned', 300, '2018-11-01');
});
afterAll(() => t.close());

const reachTarget = () => ({
  initiativeId,
  metricKind: 'reach',
  value: 1000,
  unitLabel: 'elever',
  dueDate: '2018-12-31',
  targetGroupIds: [group],
  sentence: 'Minimum {value} elever.',
});

const counts = async () => ({
  targets: Number(
    (
      await t.database.db
        .selectFrom('targets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  audit: Number(
    (
      await t.database.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

describe('evaluating an unsaved target', () => {
  it('reads as the progress view will once it is saved, and stores nothing', async () => {
    const before = await counts();
    const res = await call(t.app, 'POST', '/api/v1/targets/evaluate', {
      ...reachTarget(),
      asOf: '2018-09-01',
    });
    expect(res.statusCode).toBe(200);
    const preview = res.json<Record<string, unknown>>();
    expect(preview).toMatchObject({ actual: 500, expected: 300, forecast: 800, status: 'at_risk' });
    expect(preview.sentence).toBe('Minimum 1.000 elever.');
    expect(await counts()).toEqual(before);

    const saved = await create(t.app, 'targets', reachTarget());
    const p = (await call(t.app, 'GET', `/api/v1/plans/${planId}/progress?asOf=2018-09-01`)).json<Progress>();
    const view = p.initiatives[0].targets.find((x) => x.id === saved.id)!;
    expect({ ...preview, id: saved.id }).toEqual(view);
  });

  it('counts a stored target’s measurements when it is the one being edited', async () => {
    const manual = await create(t.app, 'targets', {
      initiativeId,
      metricKind: 'manual',
      value: 10,
      unitLabel: 'møder',
      dueDate: '2018-12-31',
    });
    await create(t.app, 'measurements', { targetId: manual.id, value: 7, asOf: '2018-06-01' });
    const edited = {
      initiativeId,
      metricKind: 'manual',
      value: 5,
      unitLabel: 'møder',
      dueDate: '2018-12-31',
    };
    const asEdit = await call(t.app, 'POST', '/api/v1/targets/evaluate', {
      ...edited,
      targetId: manual.id,
      asOf: '2018-09-01',
    });
    expect(asEdit.json()).toMatchObject({ actual: 7, status: 'met' });
    const asNew = await call(t.app, 'POST', '/api/v1/targets/evaluate', { ...edited, asOf: '2018-09-01' });
    expect(asNew.json()).toMatchObject({ actual: null, status: 'no_data' });
  });

  it('is refused like saving: a share without a population, an unknown group, initiative or target', async () => {
    const share = await call(t.app, 'POST', '/api/v1/targets/evaluate', {
      ...reachTarget(),
      metricKind: 'share',
      value: 80,
    });
    const save = await call(t.app, 'POST', '/api/v1/targets', {
      ...reachTarget(),
      metricKind: 'share',
      value: 80,
    });
    expect(share.statusCode).toBe(422);
    expect(share.json()).toEqual(save.json());
    const group404 = await call(t.app, 'POST', '/api/v1/targets/evaluate', {
      ...reachTarget(),
      targetGroupIds: [999999],
    });
    expect(group404.statusCode).toBe(422);
    const ini = await call(t.app, 'POST', '/api/v1/targets/evaluate', {
      ...reachTarget(),
      initiativeId: 999999,
    });
    expect(ini.statusCode).toBe(404);
    const target = await call(t.app, 'POST', '/api/v1/targets/evaluate', {
      ...reachTarget(),
      targetId: 999999,
    });
    expect(target.statusCode).toBe(404);
  });
});
