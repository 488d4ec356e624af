/** Acceptance: the demo plan's progress as of 2018-09-01 shows the seed memo's figures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadPlanDocument } from '../../src/features/import/loader';
import type { Progress } from '../../src/schemas/progress';
import { seedPlan } from '../../src/demo/seed-plan';
import { call, startTestApp, type TestApp } from '../api';

let t: TestApp;
let p: Progress;
const byNumber = (n: number) => p.initiatives.find((i) => i.number === n && i.kind === 'recommendation')!;

beforeAll(async () => {
  t = await startTestApp();
  await loadPlanDocument(t.database.db, systemContext('demo'), seedPlan);
  const res = await call(
    t.app,
    'GET',
    '/api/v1/plans/integrationshandleplan-2017-18/progress?asOf=2018-09-01',
  );
  expect(res.statusCode).toBe(200);
  p = res.json<Progress>();
});
afterAll(() => t.close());

describe('demo plan as of 1 September 2018', () => {
  it('has the six recommendations and five other initiatives', () => {
    expect(p.initiatives.filter((i) => i.kind === 'recommendation').map((i) => i.number)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(p.initiatives.filter((i) => i.kind === 'other')).toHaveLength(5);
  });

  it('1: 980 of 2.000 children and young people, with the assessment "forventes opfyldt"', () => {
    const i = byNumber(1);
    expect(i.targets[0]).toMatchObject({ actual: 980, value: 2000, status: 'at_risk' });
    expect(i.targets[0].sentence).toContain('minimum 2.000 børn og unge');
    expect(i).toMatchObject({
      computedStatus: 'at_risk',
      status: 'on_track',
      statusLabel: 'Forventes opfyldt',
      isAssessment: true,
    });
    expect(i.assessment?.reason).toMatch(/\w/);
    expect(i.assessment?.by).toMatch(/\w/);
  });

  it('2: 3 of 5 friskoler', () => {
    expect(byNumber(2).targets[0]).toMatchObject({ actual: 3, value: 5, metricKind: 'venues' });
  });

  it('3: 240 of 500 parents, on track with a forecast of at least 500', () => {
    const t3 = byNumber(3).targets[0];
    expect(t3).toMatchObject({ actual: 240, value: 500, status: 'on_track' });
    expect(t3.forecast).toBeGreaterThanOrEqual(500);
    expect(byNumber(3).isAssessment).toBe(false);
  });

  it('4: 450 of 500 professionals', () => {
    expect(byNumber(4).targets[0]).toMatchObject({ actual: 450, value: 500 });
  });

  it('5: met, at least 80 pct. of the support workers', () => {
    const t5 = byNumber(5).targets[0];
    expect(t5.status).toBe('met');
    expect(t5.actual).toBeGreaterThanOrEqual(80);
    expect(t5.sentence).toContain('Minimum 80 pct.');
  });

  it('6: met, steering group established and 4 of 4 meetings', () => {
    const i = byNumber(6);
    expect(i.status).toBe('met');
    const meetings = i.targets.find((x) => x.metricKind === 'count')!;
    expect(meetings).toMatchObject({ actual: 4, value: 4, status: 'met' });
    expect(i.targets.find((x) => x.metricKind === 'milestone')).toMatchObject({ actual: 1, status: 'met' });
  });

  it('is computed from the activities: as of 1 January 2018 the figures are lower', async () => {
    const res = await call(
      t.app,
      'GET',
      '/api/v1/plans/integrationshandleplan-2017-18/progress?asOf=2018-01-01',
    );
    const early = res.json<Progress>();
    const first = early.initiatives.find((i) => i.number === 1)!.targets[0];
    expect(first.actual).toBeLessThan(980);
  });
});

describe('demo plan as of 25 November 2026, long after its due dates (issue 10)', () => {
  let later: Progress;
  beforeAll(async () => {
    const res = await call(
      t.app,
      'GET',
      '/api/v1/plans/integrationshandleplan-2017-18/progress?asOf=2026-11-25',
    );
    expect(res.statusCode).toBe(200);
    later = res.json<Progress>();
  });
  const recs = () => later.initiatives.filter((i) => i.kind === 'recommendation');

  it('keeps no initiative "Forventes opfyldt" by an assessment once its due dates have passed', () => {
    for (const n of [1, 2]) {
      const i = recs().find((r) => r.number === n)!;
      expect(i).toMatchObject({ status: 'not_met', isAssessment: false, assessment: null });
    }
    expect(recs().filter((i) => i.status === 'on_track' || i.status === 'at_risk')).toEqual([]);
  });

  it('forecasts nothing from activities planned for 2018', () => {
    const targets = recs().flatMap((i) => i.targets);
    expect(targets.map((tg) => tg.expected)).toEqual(targets.map(() => 0));
    expect(targets.every((tg) => tg.forecast === tg.actual)).toBe(true);
  });

  it('shows the share as 30 of 36', () => {
    const share = recs()
      .flatMap((i) => i.targets)
      .find((tg) => tg.metricKind === 'share')!;
    expect(share).toMatchObject({ shareCount: 30, population: 36, status: 'met' });
  });
});
