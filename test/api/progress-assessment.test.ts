/** Progress of a tiny plan built through the API, and assessments overriding the computed status. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Initiative } from '../../src/features/initiatives/resource';
import { todayInCopenhagen } from '../../src/features/progress/service';
import { call, startTestApp, type TestApp } from '../api';
import { makeActivity, makeInitiative, makeMeasurement, makePlan, makeTarget, makeTargetGroup, makeVenue } from '../factories';
import { auditCount, expectRefused, getJson, lastAudit } from './helpers';

interface TargetProgress {
  id: number;
  actual: number | null;
  expected: number;
  forecast: number | null;
  progress: number | null;
  status: string;
  statusLabel: string;
  reason: string;
  sentence: string;
}
interface InitiativeProgress {
  id: number;
  computedStatus: string;
  status: string;
  statusLabel: string;
  isAssessment: boolean;
  assessment: { status: string; reason: string; by: string } | null;
  targets: TargetProgress[];
}
interface ProgressBody {
  asOf: string;
  plan: { id: number; slug: string; title: string } | null;
  summary: Record<string, number>;
  initiatives: InitiativeProgress[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;

/**
 * Plan 2018 with two initiatives. I1: reach ≥ 100 (group A), venues ≥ 2 (friskoler), count ≥ 3 (kurser), with done,
 * planned and cancelled activities. I2: share ≥ 50 pct. of 200 (group B), manual ≥ 80 pct. with two measurements.
 */
async function buildPlan() {
  const a = app();
  const [groupA, groupB] = [await makeTargetGroup(a), await makeTargetGroup(a)];
  const v1 = await makeVenue(a, { kind: 'folkeskole' });
  const v2 = await makeVenue(a, { kind: 'friskole' });
  const v3 = await makeVenue(a, { kind: 'friskole' });
  const plan = await makePlan(a);
  const i1 = await makeInitiative(a, { planId: plan.id, number: 1 });
  const i2 = await makeInitiative(a, { planId: plan.id, number: 2 });
  const other = await makeInitiative(a, { planId: null, number: null, kind: 'other' });
  const common = { dueDate: '2018-12-31' };
  const reach = await makeTarget(a, { ...common, initiativeId: i1.id, targetGroupIds: [groupA.id], sentence: '{value} børn og unge deltager.' });
  const venues = await makeTarget(a, { ...common, initiativeId: i1.id, metricKind: 'venues', value: 2, venueKinds: ['friskole'] });
  const count = await makeTarget(a, { ...common, initiativeId: i1.id, metricKind: 'count', value: 3, activityKinds: ['kursus'] });
  const share = await makeTarget(a, { ...common, initiativeId: i2.id, metricKind: 'share', value: 50, population: 200, targetGroupIds: [groupB.id] });
  const manual = await makeTarget(a, { ...common, initiativeId: i2.id, metricKind: 'manual', value: 80, unitLabel: 'pct.' });
  const act = (over: Record<string, unknown>) => makeActivity(a, { initiativeId: i1.id, kind: 'teater', ...over });
  await act({ state: 'done', dateFrom: '2018-03-01', dateTo: '2018-03-01', venueIds: [v1.id, v2.id], reach: [{ targetGroupId: groupA.id, count: 40 }, { targetGroupId: groupB.id, count: 10 }] });
  await act({ state: 'planned', dateFrom: '2018-09-01', dateTo: '2018-09-02', venueIds: [v3.id], reach: [{ targetGroupId: groupA.id, count: 70 }] });
  await act({ state: 'cancelled', dateFrom: '2018-04-01', dateTo: '2018-04-01', venueIds: [v3.id], reach: [{ targetGroupId: groupA.id, count: 1000 }] });
  await act({ state: 'done', kind: 'kursus', dateFrom: '2018-02-01', dateTo: '2018-02-10', occurrences: 2 });
  await act({ state: 'planned', kind: 'kursus', dateFrom: '2018-10-01', dateTo: '2018-10-01' });
  await makeActivity(a, { initiativeId: i2.id, state: 'done', kind: 'workshop', dateFrom: '2018-05-01', dateTo: '2018-05-01', reach: [{ targetGroupId: groupB.id, count: 60 }] });
  const measured = await makeMeasurement(a, { targetId: manual.id, value: 85, asOf: '2018-05-15' });
  await makeMeasurement(a, { targetId: manual.id, value: 70, asOf: '2018-08-01' });
  return { plan, i1, i2, other, groupB, v3, measured, targets: { reach, venues, count, share, manual } };
}
type World = Awaited<ReturnType<typeof buildPlan>>;

const progressOf = (url: string) => getJson<ProgressBody>(app(), url);
function initiative(p: ProgressBody, id: number): InitiativeProgress {
  const found = p.initiatives.find((i) => i.id === id);
  if (!found) throw new Error(`initiative ${id} missing from progress`);
  return found;
}
function target(p: ProgressBody, id: number): TargetProgress {
  const found = p.initiatives.flatMap((i) => i.targets).find((x) => x.id === id);
  if (!found) throw new Error(`target ${id} missing from progress`);
  return found;
}

describe('GET /api/v1/plans/:plan/progress and /api/v1/progress', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildPlan();
  });

  it('gives actual, expected, forecast and status per target as of mid-2018', async () => {
    const p = await progressOf(`/api/v1/plans/${String(w.plan.slug)}/progress?asOf=2018-06-01`);
    expect(p.asOf).toBe('2018-06-01');
    expect(p.plan).toEqual({ id: w.plan.id, slug: w.plan.slug, title: w.plan.title });
    expect(p.initiatives.map((i) => i.id)).toEqual([w.i1.id, w.i2.id]);
    const { reach, venues, count, share, manual } = w.targets;
    expect(target(p, reach.id)).toMatchObject({ actual: 40, expected: 70, forecast: 110, progress: 0.4, status: 'on_track' });
    expect(target(p, reach.id).sentence).toBe('100 børn og unge deltager.');
    expect(target(p, venues.id)).toMatchObject({ actual: 1, expected: 1, forecast: 2, status: 'on_track' });
    expect(target(p, count.id)).toMatchObject({ actual: 2, expected: 1, forecast: 3, status: 'on_track', statusLabel: 'Forventes opfyldt' });
    expect(target(p, share.id)).toMatchObject({ actual: 30, expected: 0, forecast: 30, status: 'at_risk' });
    expect(target(p, manual.id)).toMatchObject({ actual: 85, expected: 0, forecast: 85, status: 'met', statusLabel: 'Opfyldt' });
    expect(target(p, manual.id).reason).toMatch(/^Opfyldt: 85 pct\./);
    expect(initiative(p, w.i1.id)).toMatchObject({ computedStatus: 'on_track', status: 'on_track', isAssessment: false });
    expect(initiative(p, w.i2.id)).toMatchObject({ computedStatus: 'at_risk', status: 'at_risk', isAssessment: false, assessment: null });
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
    const bad = await expectRefused(t, [], () => call(app(), 'GET', `/api/v1/plans/${w.plan.id}/progress?asOf=bad`), 400, 'asOf');
    expect(bad.detail).toMatch(/Ugyldig dato/);
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/progress?asOf=2018-02-30'), 400, 'asOf');
    const unknown = await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/plans/424242/progress'), 404);
    expect(unknown.detail).toBe('Handleplan med id 424242 findes ikke.');
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/plans/findes-ikke/progress'), 404);
    const en = await t.app.inject({ url: '/api/v1/plans/findes-ikke/progress', headers: { 'accept-language': 'en' } });
    expect(en.json<{ detail: string }>().detail).toBe('Plan findes-ikke does not exist.');
  });
});

describe('progress follows every change (cached by data revision)', () => {
  it('shows a change made after a progress call in the next call', async () => {
    const w = await buildPlan();
    const url = `/api/v1/plans/${w.plan.id}/progress?asOf=2018-06-01`;
    const first = await progressOf(url);
    expect(await progressOf(url)).toEqual(first);
    expect(target(first, w.targets.share.id).status).toBe('at_risk');

    const extra = await makeActivity(app(), { initiativeId: w.i2.id, dateFrom: '2018-05-20', dateTo: '2018-05-20', reach: [{ targetGroupId: w.groupB.id, count: 50 }] });
    const second = await progressOf(url);
    expect(target(second, w.targets.share.id).status).toBe('met');
    // 110 / 200 * 100 carries float noise (55.00000000000001); the engine rounds it away before comparing.
    expect(target(second, w.targets.share.id).actual).toBeCloseTo(55, 9);
    expect(initiative(second, w.i2.id).status).toBe('met');
    expect(initiative((await progressOf('/api/v1/progress?asOf=2018-06-01')), w.i2.id).status).toBe('met');

    expect((await call(app(), 'PATCH', `/api/v1/measurements/${w.measured.id}`, { value: 60, version: 1 })).statusCode).toBe(200);
    expect(target(await progressOf(url), w.targets.manual.id)).toMatchObject({ actual: 60, status: 'at_risk' });

    expect((await call(app(), 'PATCH', `/api/v1/venues/${w.v3.id}`, { kind: 'klub', version: 1 })).statusCode).toBe(200);
    expect(target(await progressOf(url), w.targets.venues.id)).toMatchObject({ actual: 1, expected: 0, status: 'at_risk' });

    expect((await call(app(), 'DELETE', `/api/v1/activities/${extra.id}?version=1`)).statusCode).toBe(204);
    expect(target(await progressOf(url), w.targets.share.id)).toMatchObject({ actual: 30, status: 'at_risk' });

    expect((await call(app(), 'PATCH', `/api/v1/targets/${w.targets.share.id}`, { value: 25, version: 1 })).statusCode).toBe(200);
    expect(target(await progressOf(url), w.targets.share.id)).toMatchObject({ actual: 30, status: 'met' });
  });
});

describe('PUT and DELETE /api/v1/initiatives/:id/assessment', () => {
  it('overrides the shown status, keeps the computed one, and is audited; DELETE restores the computation', async () => {
    const w = await buildPlan();
    const progressUrl = `/api/v1/plans/${w.plan.id}/progress?asOf=2018-06-01`;
    const url = `/api/v1/initiatives/${w.i2.id}/assessment`;
    const before = await auditCount(t);
    const res = await call(app(), 'PUT', url, { status: 'on_track', reason: 'Ny kampagne er aftalt med skolerne.', version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const assessed = res.json<Initiative>();
    expect(assessed.version).toBe(2);
    expect(assessed.assessment).toMatchObject({ status: 'on_track', reason: 'Ny kampagne er aftalt med skolerne.', by: 'test@kk.dk' });
    expect(await auditCount(t)).toBe(before + 1);
    const entry = await lastAudit(t);
    expect(entry).toMatchObject({ action: 'assess', entityType: 'initiative', entityId: w.i2.id, before: { assessment: null } });
    expect(entry.after).toEqual({ assessment: assessed.assessment });

    const p = await progressOf(progressUrl);
    expect(initiative(p, w.i2.id)).toMatchObject({
      isAssessment: true,
      computedStatus: 'at_risk',
      status: 'on_track',
      statusLabel: 'Forventes opfyldt',
      assessment: { status: 'on_track', by: 'test@kk.dk' },
    });
    expect(p.summary).toMatchObject({ at_risk: 0, on_track: 2 });

    const cleared = await call(app(), 'DELETE', `${url}?version=2`);
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<Initiative>()).toMatchObject({ version: 3, assessment: null });
    expect((await lastAudit(t)).action).toBe('clear_assessment');
    expect(initiative(await progressOf(progressUrl), w.i2.id)).toMatchObject({ isAssessment: false, status: 'at_risk', assessment: null });
  });

  it('refuses a stale version (409), a bad status or reason (422), an unknown or malformed id, and changes nothing', async () => {
    const i = await makeInitiative(app());
    const url = `/api/v1/initiatives/${i.id}/assessment`;
    const watch = [`/api/v1/initiatives/${i.id}`];
    const ok = { status: 'not_met', reason: 'Skolerne har meldt fra.', version: 1 };
    expect((await call(app(), 'PUT', url, ok)).statusCode).toBe(200);
    const stale = await expectRefused(t, watch, () => call(app(), 'PUT', url, ok), 409, 'version');
    expect(stale.code).toBe('stale_version');
    await expectRefused(t, watch, () => call(app(), 'DELETE', `${url}?version=1`), 409, 'version');
    await expectRefused(t, watch, () => call(app(), 'PUT', url, { ...ok, status: 'great', version: 2 }), 422, 'status');
    await expectRefused(t, watch, () => call(app(), 'PUT', url, { ...ok, reason: '  ', version: 2 }), 422, 'reason');
    await expectRefused(t, watch, () => call(app(), 'PUT', url, { status: 'met', reason: 'x' }), 422, 'version');
    const unknown = await expectRefused(t, watch, () => call(app(), 'PUT', '/api/v1/initiatives/424242/assessment', ok), 404);
    expect(unknown.detail).toBe('Indsats med id 424242 findes ikke.');
    await expectRefused(t, watch, () => call(app(), 'PUT', '/api/v1/initiatives/abc/assessment', ok), 400, 'id');
    await expectRefused(t, watch, () => call(app(), 'DELETE', url), 400, 'version');
  });
});
