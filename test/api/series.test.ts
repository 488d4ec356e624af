/** GET /api/v1/initiatives/:id/series: the chart's points, computed by the engine, checked against hand-made sums. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InitiativeSeries } from '../../src/schemas/series';
import { call, startTestApp, type TestApp } from '../api';
import { expectProblem, getJson } from './helpers';
import { buildPlan, progressOf, target, type World } from './progress-world';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildPlan(t.app);
});
afterAll(() => t.close());

const seriesOf = (id: number, asOf: string) =>
  getJson<InitiativeSeries>(t.app, `/api/v1/initiatives/${id}/series?asOf=${asOf}`);
const pointsOf = (s: InitiativeSeries, targetId: number) => {
  const found = s.targets.find((x) => x.targetId === targetId);
  if (!found) throw new Error(`target ${targetId} missing`);
  return found.points.map((p) => [p.date, p.actual, p.forecast]);
};

describe('GET /api/v1/initiatives/:id/series', () => {
  it('steps the actual at done activities and the forecast at planned ones (initiative 1, mid-2018)', async () => {
    const s = await seriesOf(w.i1.id, '2018-06-01');
    expect(s.initiativeId).toBe(w.i1.id);
    expect(s.asOf).toBe('2018-06-01');
    const { reach, venues, count } = w.targets;
    expect(s.targets.map((x) => x.targetId)).toEqual([reach.id, venues.id, count.id]);
    expect(s.targets[0]).toMatchObject({
      metricKind: 'reach',
      comparator: '>=',
      value: 100,
      unitLabel: 'børn og unge',
      dueDate: '2018-12-31',
    });
    // Done: 40 of group A on 1 March; planned: 70 by 2 September; the cancelled 1,000 never count.
    expect(pointsOf(s, reach.id)).toEqual([
      ['2018-02-10', 0, null],
      ['2018-03-01', 40, null],
      ['2018-06-01', 40, 40],
      ['2018-09-02', null, 110],
      ['2018-10-01', null, 110],
      ['2018-12-31', null, 110],
    ]);
    // One friskole done on 1 March, a second planned for September.
    expect(pointsOf(s, venues.id)).toEqual([
      ['2018-02-10', 0, null],
      ['2018-03-01', 1, null],
      ['2018-06-01', 1, 1],
      ['2018-09-02', null, 2],
      ['2018-10-01', null, 2],
      ['2018-12-31', null, 2],
    ]);
    // Two courses done by 10 February, a third planned for 1 October.
    expect(pointsOf(s, count.id)).toEqual([
      ['2018-02-10', 2, null],
      ['2018-03-01', 2, null],
      ['2018-06-01', 2, 2],
      ['2018-09-02', null, 2],
      ['2018-10-01', null, 3],
      ['2018-12-31', null, 3],
    ]);
  });

  it('takes measurements and shares at their dates (initiative 2)', async () => {
    const s = await seriesOf(w.i2.id, '2018-06-01');
    const { share, manual } = w.targets;
    // 60 of a population of 200 on 1 May: 30 pct. (another target's measurement dates are not its points).
    expect(pointsOf(s, share.id)).toEqual([
      ['2018-05-01', 30, null],
      ['2018-06-01', 30, 30],
      ['2018-12-31', null, 30],
    ]);
    // No measurement before 15 May; the one of 1 August lies after the as-of date and does not change the forecast.
    expect(pointsOf(s, manual.id)).toEqual([
      ['2018-05-01', null, null],
      ['2018-05-15', 85, null],
      ['2018-06-01', 85, 85],
      ['2018-08-01', null, 85],
      ['2018-12-31', null, 85],
    ]);
  });

  it("ends on the progress view's forecast at the due date", async () => {
    const asOf = '2018-06-01';
    const s = await seriesOf(w.i1.id, asOf);
    const p = await progressOf(t.app, `/api/v1/plans/${w.plan.id}/progress?asOf=${asOf}`);
    for (const line of s.targets) {
      const last = line.points.at(-1)!;
      expect(last.date).toBe(line.dueDate);
      expect(last.forecast).toBe(target(p, line.targetId).forecast);
      const atAsOf = line.points.find((x) => x.date === asOf)!;
      expect(atAsOf.actual).toBe(target(p, line.targetId).actual);
    }
  });

  it('runs to the as-of date when the due date has passed', async () => {
    const s = await seriesOf(w.i1.id, '2019-03-01');
    expect(pointsOf(s, w.targets.reach.id)).toEqual([
      ['2018-02-10', 0, null],
      ['2018-03-01', 40, null],
      ['2018-09-02', 40, null],
      ['2018-10-01', 40, null],
      ['2018-12-31', 40, null],
      // The planned 70 were never registered as done: overdue, so they no longer count in the forecast.
      ['2019-03-01', 40, 40],
    ]);
  });

  it('gives an initiative without targets no lines, and 404 for an unknown one', async () => {
    expect((await seriesOf(w.other.id, '2018-06-01')).targets).toEqual([]);
    const res = await call(t.app, 'GET', '/api/v1/initiatives/999999/series?asOf=2018-06-01');
    expectProblem(res, 404);
  });

  it('refuses a date that is not a date', async () => {
    const res = await call(t.app, 'GET', `/api/v1/initiatives/${w.i1.id}/series?asOf=2018-02-30`);
    expectProblem(res, 400, 'asOf');
  });
});
