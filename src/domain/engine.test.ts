import { describe, expect, it } from 'vitest';
import {
  assessmentApplies,
  evaluateInitiative,
  evaluateInitiatives,
  evaluateTarget,
  isDoneBy,
  isOverdue,
  isPlannedWithin,
  progressOf,
} from './engine';
import type { Activity, Measurement, Target, TargetMetric, VenueRef } from './types';

const CHILDREN = 1;
const PARENTS = 2;

function target(over: Partial<Omit<Target, 'metric'>> & { metric?: Partial<TargetMetric> } = {}): Target {
  const { metric, ...rest } = over;
  return {
    id: 1,
    initiativeId: 10,
    comparator: '>=',
    value: 100,
    unitLabel: 'børn og unge',
    dueDate: '2018-12-31',
    baseline: null,
    sentence: '',
    ...rest,
    metric: {
      kind: 'reach',
      targetGroupIds: [CHILDREN],
      activityKinds: [],
      venueKinds: [],
      population: null,
      ...metric,
    },
  };
}

let nextId = 1;
function act(over: Partial<Activity> & { on?: string; reachOf?: Record<number, number> } = {}): Activity {
  const { on = '2018-03-01', reachOf = {}, ...rest } = over;
  return {
    id: nextId++,
    initiativeId: 10,
    state: 'done',
    kind: 'undervisning',
    period: { from: on, to: on },
    occurrences: 1,
    venueIds: [],
    reach: Object.entries(reachOf).map(([g, count]) => ({ targetGroupId: Number(g), count })),
    ...rest,
  };
}

const venues = new Map<number, VenueRef>([
  [1, { id: 1, kind: 'friskole' }],
  [2, { id: 2, kind: 'friskole' }],
  [3, { id: 3, kind: 'folkeskole' }],
  [4, { id: 4, kind: 'friskole' }],
]);
const ctx = (asOf = '2018-09-01') => ({ venues, asOf });
const run = (t: Target, acts: Activity[], ms: Measurement[] = [], asOf = '2018-09-01') =>
  evaluateTarget(t, acts, ms, ctx(asOf));

describe('reach targets (>=)', () => {
  it('is met when the done reach of the counted groups satisfies the target', () => {
    const r = run(target(), [
      act({ reachOf: { [CHILDREN]: 60 } }),
      act({ reachOf: { [CHILDREN]: 40, [PARENTS]: 500 } }),
    ]);
    expect(r).toMatchObject({ actual: 100, expected: 0, forecast: 100, status: 'met', progress: 1 });
    expect(r.reason).toContain('Opfyldt');
  });

  it('is on track when planned activities with expected reach bring the forecast over the target', () => {
    const r = run(target(), [
      act({ reachOf: { [CHILDREN]: 40 } }),
      act({ state: 'planned', on: '2018-10-01', reachOf: { [CHILDREN]: 70 } }),
    ]);
    expect(r).toMatchObject({ actual: 40, expected: 70, forecast: 110, status: 'on_track', progress: 0.4 });
    expect(r.reason).toContain('forventes 110\u00a0børn og unge');
  });

  it('is at risk when the forecast falls short before the due date', () => {
    const r = run(target(), [
      act({ reachOf: { [CHILDREN]: 40 } }),
      act({ state: 'planned', on: '2018-10-01', reachOf: { [CHILDREN]: 10 } }),
    ]);
    expect(r).toMatchObject({ forecast: 50, status: 'at_risk' });
  });

  it('ignores planned activities that state no expected reach', () => {
    const r = run(target(), [
      act({ reachOf: { [CHILDREN]: 40 } }),
      act({ state: 'planned', on: '2018-10-01' }),
    ]);
    expect(r).toMatchObject({ expected: 0, forecast: 40, status: 'at_risk' });
    expect(r.reason).toContain('ingen planlagte aktiviteter');
  });

  it('ignores planned activities that end after the due date', () => {
    const r = run(target(), [
      act({ reachOf: { [CHILDREN]: 40 } }),
      act({
        state: 'planned',
        period: { from: '2018-12-01', to: '2019-01-31' },
        reachOf: { [CHILDREN]: 100 },
      }),
    ]);
    expect(r).toMatchObject({ expected: 0, status: 'at_risk' });
  });

  it('is not met once the due date has passed', () => {
    const r = run(target(), [act({ reachOf: { [CHILDREN]: 40 } })], [], '2019-01-01');
    expect(r).toMatchObject({ actual: 40, status: 'not_met' });
    expect(r.reason).toContain('31. december 2018');
  });

  it('never counts cancelled activities', () => {
    const r = run(target(), [
      act({ state: 'cancelled', reachOf: { [CHILDREN]: 500 } }),
      act({ reachOf: { [CHILDREN]: 10 } }),
    ]);
    expect(r.actual).toBe(10);
  });

  it('does not count done activities that end after the as-of date', () => {
    const r = run(target(), [
      act({ on: '2018-09-02', reachOf: { [CHILDREN]: 100 } }),
      act({ reachOf: { [CHILDREN]: 5 } }),
    ]);
    expect(r.actual).toBe(5);
    expect(isDoneBy(act({ on: '2018-09-01' }), '2018-09-01')).toBe(true);
    expect(isDoneBy(act({ period: { from: '2018-08-01', to: '2018-09-30' } }), '2018-09-01')).toBe(false);
  });

  it('counts only the listed activity kinds when kinds are given', () => {
    const t = target({ metric: { activityKinds: ['teater'] } });
    const r = run(t, [
      act({ kind: 'teater', reachOf: { [CHILDREN]: 30 } }),
      act({ kind: 'workshop', reachOf: { [CHILDREN]: 50 } }),
    ]);
    expect(r.actual).toBe(30);
  });

  it('has no data when nothing relevant is registered', () => {
    const r = run(target(), [act({ reachOf: { [PARENTS]: 30 } })]);
    expect(r).toMatchObject({ actual: 0, status: 'no_data' });
  });
});

describe('<= targets', () => {
  const smokers = (baseline: number | null) =>
    target({ comparator: '<=', value: 8, baseline, unitLabel: 'pct.', metric: { kind: 'manual' } });
  const m = (value: number, asOf: string): Measurement => ({ targetId: 1, value, asOf });

  it('is met at or below the value and measures progress from the baseline', () => {
    const r = run(smokers(14), [], [m(12, '2018-01-01'), m(8, '2018-06-01')]);
    expect(r).toMatchObject({ actual: 8, status: 'met', progress: 1 });
  });

  it('shows the share of the way from baseline to target', () => {
    const r = run(smokers(14), [], [m(11, '2018-06-01')]);
    expect(r.progress).toBeCloseTo(0.5);
    expect(r.status).toBe('at_risk');
  });

  it('is not met above the value after the due date', () => {
    expect(run(smokers(14), [], [m(9, '2018-06-01')], '2019-02-01').status).toBe('not_met');
  });

  it('progressOf without a baseline is all or nothing', () => {
    expect(progressOf(smokers(null), 7)).toBe(1);
    expect(progressOf(smokers(null), 9)).toBe(0);
  });
});

describe('manual targets', () => {
  const t = target({ metric: { kind: 'manual' }, value: 50 });
  it('uses the latest measurement on or before the as-of date', () => {
    const ms: Measurement[] = [
      { targetId: 1, value: 20, asOf: '2018-01-01' },
      { targetId: 1, value: 55, asOf: '2018-08-01' },
      { targetId: 1, value: 10, asOf: '2018-10-01' },
      { targetId: 2, value: 99, asOf: '2018-08-15' },
    ];
    expect(run(t, [], ms)).toMatchObject({ actual: 55, status: 'met' });
  });
  it('has no data without a measurement', () => {
    const r = run(t, [], []);
    expect(r).toMatchObject({ actual: null, forecast: null, progress: null, status: 'no_data' });
    expect(r.reason).toContain('måling');
  });
});

describe('share targets', () => {
  const t = (population: number | null) =>
    target({
      value: 80,
      unitLabel: 'pct.',
      metric: { kind: 'share', targetGroupIds: [PARENTS], population },
    });
  it('divides the reach by the registered population', () => {
    const r = run(t(36), [act({ reachOf: { [PARENTS]: 30 } })]);
    expect(r.actual).toBeCloseTo(83.33, 1);
    expect(r.status).toBe('met');
    expect(r.reason).toContain('83,3\u00a0pct.');
  });
  it('forecasts with expected reach', () => {
    const r = run(t(100), [
      act({ reachOf: { [PARENTS]: 50 } }),
      act({ state: 'planned', on: '2018-10-10', reachOf: { [PARENTS]: 40 } }),
    ]);
    expect(r).toMatchObject({ actual: 50, expected: 40, forecast: 90, status: 'on_track' });
  });
  it('has no data without a population', () => {
    const r = run(t(null), [act({ reachOf: { [PARENTS]: 30 } })]);
    expect(r).toMatchObject({ actual: null, status: 'no_data' });
    expect(r.reason).toContain('population');
  });
});

describe('venues targets', () => {
  const t = target({
    value: 3,
    unitLabel: 'friskoler',
    metric: { kind: 'venues', venueKinds: ['friskole'] },
  });
  it('counts distinct venues of the given kinds with a done activity', () => {
    const r = run(t, [
      act({ venueIds: [1, 3] }),
      act({ venueIds: [1] }),
      act({ venueIds: [2] }),
      act({ state: 'cancelled', venueIds: [4] }),
    ]);
    expect(r).toMatchObject({ actual: 2, status: 'at_risk' });
  });
  it('expects only new venues from planned activities', () => {
    const r = run(t, [
      act({ venueIds: [1, 2] }),
      act({ state: 'planned', on: '2018-10-01', venueIds: [2, 4] }),
    ]);
    expect(r).toMatchObject({ actual: 2, expected: 1, forecast: 3, status: 'on_track' });
  });
  it("adds the unnamed venues of a done opening balance (a memo's 'nået ud til 3 friskoler'), once each", () => {
    const opening = act({ on: '2018-09-01', unnamedVenues: 3 });
    expect(run(t, [opening, act({ on: '2018-09-10', venueIds: [4] })], [], '2018-09-30')).toMatchObject({
      actual: 4,
      status: 'met',
    });
    // Not before the opening balance's date, and never from a planned or cancelled one.
    expect(run(t, [opening], [], '2018-08-31')).toMatchObject({ actual: 0 });
    expect(
      run(t, [
        act({ state: 'planned', on: '2018-10-01', unnamedVenues: 2 }),
        act({ state: 'cancelled', unnamedVenues: 5 }),
      ]),
    ).toMatchObject({ actual: 0, expected: 0 });
  });
});

describe('count and milestone targets', () => {
  const meetings = target({
    value: 4,
    unitLabel: 'møder',
    metric: { kind: 'count', activityKinds: ['møde'] },
  });
  it('sums occurrences of done activities of the kinds', () => {
    const r = run(meetings, [
      act({ kind: 'møde' }),
      act({ kind: 'møde', occurrences: 3 }),
      act({ kind: 'kursus' }),
    ]);
    expect(r).toMatchObject({ actual: 4, status: 'met' });
  });
  it('expects planned occurrences', () => {
    const r = run(meetings, [
      act({ kind: 'møde' }),
      act({ kind: 'møde', state: 'planned', on: '2018-11-01', occurrences: 3 }),
    ]);
    expect(r).toMatchObject({ actual: 1, expected: 3, status: 'on_track' });
  });
  const established = target({
    value: 1,
    unitLabel: '',
    metric: { kind: 'milestone', activityKinds: ['etablering'] },
  });
  it('is met by a done activity of the kind', () => {
    expect(run(established, [act({ kind: 'etablering' })]).status).toBe('met');
  });
  it('is met by a measurement of 1', () => {
    expect(run(established, [], [{ targetId: 1, value: 1, asOf: '2018-02-01' }]).status).toBe('met');
  });
  it('is on track when planned before the due date, no data when nothing is registered', () => {
    expect(run(established, [act({ kind: 'etablering', state: 'planned', on: '2018-10-01' })]).status).toBe(
      'on_track',
    );
    expect(run(established, []).status).toBe('no_data');
  });
});

describe('initiatives', () => {
  const t1 = target({ id: 1, value: 10 });
  const t2 = target({ id: 2, value: 1000 });
  const acts = [act({ reachOf: { [CHILDREN]: 20 } })];
  it('takes the worst status of its targets', () => {
    const r = evaluateInitiative(10, [t1, t2], acts, [], null, ctx());
    expect(r.targets.map((t) => t.status)).toEqual(['met', 'at_risk']);
    expect(r).toMatchObject({ computedStatus: 'at_risk', status: 'at_risk', assessment: null });
  });
  it('keeps an override as an assessment next to the computed status', () => {
    const assessment = {
      status: 'on_track' as const,
      reason: 'Efterårets aktiviteter',
      by: 'BIF',
      at: '2018-09-01T10:00:00Z',
    };
    const r = evaluateInitiative(10, [t1, t2], acts, [], assessment, ctx());
    expect(r).toMatchObject({ computedStatus: 'at_risk', status: 'on_track', assessment });
  });
  it('has no data without targets', () => {
    expect(evaluateInitiative(10, [], acts, [], null, ctx()).status).toBe('no_data');
  });
  it('evaluates many initiatives with their own activities only', () => {
    const other = target({ id: 3, initiativeId: 11, value: 5 });
    const rs = evaluateInitiatives(
      [
        { id: 10, assessment: null },
        { id: 11, assessment: null },
      ],
      [t1, other],
      [...acts, act({ initiativeId: 11, reachOf: { [CHILDREN]: 3 } })],
      [],
      ctx(),
    );
    expect(rs.map((r) => r.targets[0].actual)).toEqual([20, 3]);
  });
});

describe('overdue planned activities (issue 10)', () => {
  const t = target({ value: 100, dueDate: '2018-12-31' });
  it('never count in a forecast once they should have ended before the as-of date', () => {
    const acts = [
      act({ reachOf: { [CHILDREN]: 40 } }),
      act({ state: 'planned', on: '2018-06-30', reachOf: { [CHILDREN]: 70 } }),
      act({ state: 'planned', on: '2018-10-01', reachOf: { [CHILDREN]: 20 } }),
    ];
    const r = run(t, acts, [], '2018-09-01');
    expect(r).toMatchObject({ actual: 40, expected: 20, forecast: 60, status: 'at_risk' });
  });
  it('counts a planned activity ending on the as-of date itself', () => {
    const r = run(t, [act({ state: 'planned', on: '2018-09-01', reachOf: { [CHILDREN]: 100 } })]);
    expect(r).toMatchObject({ actual: 0, expected: 100, status: 'on_track' });
  });
  it('gives no forecast from 2018 plans when a 2018 target is viewed years later', () => {
    const meetings = target({
      value: 8,
      unitLabel: 'møder',
      metric: { kind: 'count', activityKinds: ['møde'] },
    });
    const acts = [
      act({ kind: 'møde', occurrences: 4 }),
      act({
        kind: 'møde',
        state: 'planned',
        period: { from: '2018-09-01', to: '2018-12-31' },
        occurrences: 4,
      }),
    ];
    expect(run(meetings, acts, [], '2018-09-01')).toMatchObject({ expected: 4, forecast: 8 });
    expect(run(meetings, acts, [], '2026-11-25')).toMatchObject({
      actual: 4,
      expected: 0,
      forecast: 4,
      status: 'not_met',
    });
  });
  it('isOverdue and isPlannedWithin split planned activities by the as-of date', () => {
    const late = act({ state: 'planned', on: '2018-08-31' });
    const soon = act({ state: 'planned', on: '2018-09-02' });
    expect([isOverdue(late, '2018-09-01'), isOverdue(soon, '2018-09-01')]).toEqual([true, false]);
    expect(isOverdue(act({ on: '2018-08-31' }), '2018-09-01')).toBe(false);
    expect(isPlannedWithin(soon, '2018-09-01', '2018-12-31')).toBe(true);
    expect(isPlannedWithin(soon, '2018-09-01', '2018-09-01')).toBe(false);
    expect(isPlannedWithin(late, '2018-09-01', '2018-12-31')).toBe(false);
  });
});

describe('share targets count people (issue 10)', () => {
  const share = (population: number) =>
    target({
      value: 80,
      unitLabel: 'pct.',
      metric: { kind: 'share', targetGroupIds: [PARENTS], population },
    });
  it('exposes the count and the population behind the percentage', () => {
    const r = run(share(36), [act({ reachOf: { [PARENTS]: 30 } })]);
    expect(r.share).toEqual({ count: 30, population: 36, expected: 0 });
  });
  it('caps the forecast at 100\u00a0pct. of the population', () => {
    const r = run(share(36), [
      act({ reachOf: { [PARENTS]: 30 } }),
      act({ state: 'planned', on: '2018-10-31', reachOf: { [PARENTS]: 30 } }),
    ]);
    expect(r.forecast).toBeCloseTo(100, 9);
    expect(r.expected).toBeCloseTo((6 * 100) / 36, 9);
    expect(r.share).toEqual({ count: 30, population: 36, expected: 6 });
  });
  it('caps the actual at the population when reach events outnumber the people', () => {
    const r = run(share(20), [act({ reachOf: { [PARENTS]: 15 } }), act({ reachOf: { [PARENTS]: 15 } })]);
    expect(r).toMatchObject({ actual: 100, expected: 0, forecast: 100, status: 'met' });
    expect(r.share).toEqual({ count: 20, population: 20, expected: 0 });
  });
  it('has no share figures for other metrics', () => {
    expect(run(target(), [act({ reachOf: { [CHILDREN]: 5 } })]).share).toBeUndefined();
  });
});

describe('an assessment applies from its date (issue 10)', () => {
  const t1 = target({ id: 1, value: 100, dueDate: '2018-12-31' });
  const acts = [act({ reachOf: { [CHILDREN]: 20 } })];
  const assessment = {
    status: 'on_track' as const,
    reason: 'Efterårets aktiviteter',
    by: 'BIF',
    at: '2018-09-01T10:00:00Z',
  };
  it('applies on and after its date while a due date is ahead', () => {
    const r = evaluateInitiative(10, [t1], acts, [], assessment, ctx('2018-09-01'));
    expect(r).toMatchObject({ computedStatus: 'at_risk', status: 'on_track', assessment, setAside: null });
  });
  it('does not apply as of an earlier date', () => {
    const r = evaluateInitiative(10, [t1], acts, [], assessment, ctx('2018-08-31'));
    expect(r).toMatchObject({ status: 'at_risk', assessment: null });
    expect(r.setAside).toEqual({ assessment, why: 'before_assessment' });
  });
  it('cannot keep an initiative "Forventes opfyldt" once the due dates of its targets have passed', () => {
    const r = evaluateInitiative(10, [t1], acts, [], assessment, ctx('2026-11-25'));
    expect(r).toMatchObject({ computedStatus: 'not_met', status: 'not_met', assessment: null });
    expect(r.setAside).toEqual({ assessment, why: 'due_dates_passed' });
  });
  it('still applies while one of several targets is due later', () => {
    const later = target({ id: 2, value: 10, dueDate: '2027-12-31' });
    const r = evaluateInitiative(10, [t1, later], acts, [], assessment, ctx('2026-11-25'));
    expect(r.status).toBe('on_track');
  });
  it('keeps an assessment that speaks of the past after the due dates', () => {
    const met = { ...assessment, status: 'met' as const };
    expect(assessmentApplies(met, ['2018-12-31'], '2026-11-25')).toEqual({ applies: true });
    expect(assessmentApplies(assessment, ['2018-12-31'], '2018-12-31')).toEqual({ applies: true });
    expect(assessmentApplies(assessment, ['2018-12-31'], '2019-01-01')).toEqual({
      applies: false,
      why: 'due_dates_passed',
    });
  });
});
