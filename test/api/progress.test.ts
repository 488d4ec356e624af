/** GET /api/v1/plans/:plan/progress and /api/v1/progress on a tiny plan built through the API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInCopenhagen } from '../../src/features/progress/service';
import { authHeaders, call, startTestApp, type TestApp } from '../api';
import { makeActivity, makePlan } from '../factories';
import { expectRefused } from './helpers';
import { buildPlan, initiative, progressOf as readProgress, target, type World } from './progress-world';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;
const progressOf = (url: string) => readProgress(app(), url);

describe('GET /api/v1/plans/:plan/progress and /api/v1/progress', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildPlan(app());
  });

  it('gives actual, expected, forecast and status per target as of mid-2018', async () => {
    const p = await progressOf(`/api/v1/plans/${String(w.plan.slug)}/progress?asOf=2018-06-01`);
    expect(p.asOf).toBe('2018-06-01');
    expect(p.plan).toEqual({ id: w.plan.id, slug: w.plan.slug, title: w.plan.title });
    expect(p.initiatives.map((i) => i.id)).toEqual([w.i1.id, w.i2.id]);
    const { reach, venues, count, share, manual } = w.targets;
    expect(target(p, reach.id)).toMatchObject({
      actual: 40,
      expected: 70,
      forecast: 110,
      progress: 0.4,
      status: 'on_track',
    });
    expect(target(p, reach.id).sentence).toBe('100 børn og unge deltager.');
    expect(target(p, venues.id)).toMatchObject({ actual: 1, expected: 1, forecast: 2, status: 'on_track' });
    expect(target(p, count.id)).toMatchObject({
      actual: 2,
      expected: 1,
      forecast: 3,
      status: 'on_track',
      statusLabel: 'Forventes opfyldt',
    });
    expect(target(p, share.id)).toMatchObject({ actual: 30, expected: 0, forecast: 30, status: 'at_risk' });
    expect(target(p, manual.id)).toMatchObject({
      actual: 85,
      expected: 0,
      forecast: 85,
      status: 'met',
      statusLabel: 'Opfyldt',
    });
    expect(target(p, manual.id).reason).toMatch(/^Opfyldt: 85\u00a0pct\./);
    expect(initiative(p, w.i1.id)).toMatchObject({
      computedStatus: 'on_track',
      status: 'on_track',
      isAssessment: false,
    });
    expect(initiative(p, w.i2.id)).toMatchObject({
      computedStatus: 'at_risk',
      status: 'at_risk',
      isAssessment: false,
      assessment: null,
    });
    expect(p.summary).toEqual({ not_met: 0, at_risk: 1, no_data: 0, on_track: 1, met: 0 });
  });

  it('after the due date: unmet targets are not met, and the latest measurement by then counts', async () => {
    const p = await progressOf(`/api/v1/plans/${w.plan.id}/progress?asOf=2019-01-15`);
    expect(target(p, w.targets.reach.id)).toMatchObject({ actual: 40, status: 'not_met' });
    expect(target(p, w.targets.reach.id).reason).toMatch(/^Fristen 31\. december 2018 er passeret/);
    expect(target(p, w.targets.manual.id)).toMatchObject({ actual: 70, status: 'not_met' });
    expect(target(p, w.targets.count.id)).toMatchObject({ actual: 2, status: 'not_met' });
    expect(p.summary).toMatchObject({ not_met: 2, on_track: 0 });
  });

  it('gives the same answer by id as by slug; the portfolio adds initiatives outside any plan', async () => {
    const bySlug = await progressOf(`/api/v1/plans/${String(w.plan.slug)}/progress?asOf=2018-06-01`);
    expect(await progressOf(`/api/v1/plans/${w.plan.id}/progress?asOf=2018-06-01`)).toEqual(bySlug);
    const all = await progressOf('/api/v1/progress?asOf=2018-06-01');
    expect(all.plan).toBeNull();
    const ours = all.initiatives.map((i) => i.id).filter((id) => [w.i1.id, w.i2.id, w.other.id].includes(id));
    expect(ours).toEqual([w.i1.id, w.i2.id, w.other.id]);
    expect(initiative(all, w.other.id)).toMatchObject({ status: 'no_data', targets: [] });
    expect(initiative(all, w.i2.id)).toEqual(initiative(bySlug, w.i2.id));
  });

  it('computes as of today in Copenhagen when asOf is left out', async () => {
    const before = todayInCopenhagen();
    const p = await progressOf(`/api/v1/plans/${w.plan.id}/progress`);
    expect([before, todayInCopenhagen()]).toContain(p.asOf);
    expect((await progressOf('/api/v1/progress')).asOf).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('refuses a bad asOf (400) and an unknown plan (404), in Danish or English', async () => {
    const bad = await expectRefused(
      t,
      [],
      () => call(app(), 'GET', `/api/v1/plans/${w.plan.id}/progress?asOf=bad`),
      400,
      'asOf',
    );
    expect(bad.detail).toMatch(/Ugyldig dato/);
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/progress?asOf=2018-02-30'), 400, 'asOf');
    const unknown = await expectRefused(
      t,
      [],
      () => call(app(), 'GET', '/api/v1/plans/424242/progress'),
      404,
    );
    expect(unknown.detail).toBe('Handleplan med id 424242 findes ikke.');
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/plans/99999999999/progress'), 404);
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/plans/findes-ikke/progress'), 404);
    const en = await t.app.inject({
      url: '/api/v1/plans/findes-ikke/progress',
      headers: { ...authHeaders(t.app), 'accept-language': 'en' },
    });
    expect(en.json<{ detail: string }>().detail).toBe('Plan findes-ikke does not exist.');
  });
});

describe('finding the plan', () => {
  it('finds a plan whose slug is all digits when no plan has that id', async () => {
    const plan = await makePlan(app(), { slug: '2018' });
    const p = await progressOf('/api/v1/plans/2018/progress?asOf=2018-06-01');
    expect(p.plan).toEqual({ id: plan.id, slug: '2018', title: plan.title });
  });
});

describe('progress follows every change (cached by data revision)', () => {
  it('shows a change made after a progress call in the next call', async () => {
    const w = await buildPlan(app());
    const url = `/api/v1/plans/${w.plan.id}/progress?asOf=2018-06-01`;
    const first = await progressOf(url);
    expect(await progressOf(url)).toEqual(first);
    expect(target(first, w.targets.share.id).status).toBe('at_risk');

    const extra = await makeActivity(app(), {
      initiativeId: w.i2.id,
      dateFrom: '2018-05-20',
      dateTo: '2018-05-20',
      reach: [{ targetGroupId: w.groupB.id, count: 50 }],
    });
    const second = await progressOf(url);
    expect(target(second, w.targets.share.id).status).toBe('met');
    // 110 / 200 * 100 carries float noise (55.00000000000001); the engine rounds it away before comparing.
    expect(target(second, w.targets.share.id).actual).toBeCloseTo(55, 9);
    expect(initiative(second, w.i2.id).status).toBe('met');
    expect(initiative(await progressOf('/api/v1/progress?asOf=2018-06-01'), w.i2.id).status).toBe('met');

    expect(
      (await call(app(), 'PATCH', `/api/v1/measurements/${w.measured.id}`, { value: 60, version: 1 }))
        .statusCode,
    ).toBe(200);
    expect(target(await progressOf(url), w.targets.manual.id)).toMatchObject({
      actual: 60,
      status: 'at_risk',
    });

    expect(
      (await call(app(), 'PATCH', `/api/v1/venues/${w.v3.id}`, { kind: 'klub', version: 1 })).statusCode,
    ).toBe(200);
    expect(target(await progressOf(url), w.targets.venues.id)).toMatchObject({
      actual: 1,
      expected: 0,
      status: 'at_risk',
    });

    expect((await call(app(), 'DELETE', `/api/v1/activities/${extra.id}?version=1`)).statusCode).toBe(204);
    expect(target(await progressOf(url), w.targets.share.id)).toMatchObject({
      actual: 30,
      status: 'at_risk',
    });

    expect(
      (await call(app(), 'PATCH', `/api/v1/targets/${w.targets.share.id}`, { value: 25, version: 1 }))
        .statusCode,
    ).toBe(200);
    expect(target(await progressOf(url), w.targets.share.id)).toMatchObject({ actual: 30, status: 'met' });
  });
});
