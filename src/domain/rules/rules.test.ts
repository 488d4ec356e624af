import { describe, expect, it } from 'vitest';
import { Problem } from '../problem';
import { activityRules } from './activity';
import { fundingRules } from './funding';
import { assertNoIssues } from './issue';
import { initiativeRules, planRules } from './plan';
import { targetRules } from './target';

const target = {
  metricKind: 'reach',
  comparator: '>=',
  value: 2000,
  baseline: null,
  population: null,
} as const;
const money = {
  kind: 'money',
  amount: 500_000,
  staffYears: null,
  yearFrom: 2017,
  yearTo: 2018,
  fundedUntil: null,
} as const;
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe('target rules', () => {
  it('accept a plain reach target', () => expect(targetRules(target)).toEqual([]));
  it('want a population and a percentage for a share target', () =>
    expect(fields(targetRules({ ...target, metricKind: 'share', value: 180 }))).toEqual([
      'population',
      'value',
    ]));
  it('want the value 1 for a milestone', () =>
    expect(fields(targetRules({ ...target, metricKind: 'milestone', value: 4 }))).toEqual(['value']));
  it('want the baseline above an at-most target', () =>
    expect(fields(targetRules({ ...target, comparator: '<=', value: 10, baseline: 5 }))).toEqual([
      'baseline',
    ]));
});

describe('funding rules', () => {
  it('accept money with an amount', () => expect(fundingRules(money)).toEqual([]));
  it('accept "financed until" without an amount', () =>
    expect(fundingRules({ ...money, amount: null, fundedUntil: 2020 })).toEqual([]));
  it('want an amount, staff years and years in order', () => {
    expect(fields(fundingRules({ ...money, amount: null }))).toEqual(['amount']);
    expect(fields(fundingRules({ ...money, kind: 'staff_years', amount: null }))).toEqual(['staffYears']);
    expect(fields(fundingRules({ ...money, yearFrom: 2019 }))).toEqual(['yearTo']);
  });
});

describe('activity, plan and initiative rules', () => {
  it('want dates in order and one reach row per group', () => {
    expect(activityRules({ dateFrom: '2018-09-01', dateTo: '2018-09-01', reachGroups: [1, 2] })).toEqual([]);
    expect(
      fields(activityRules({ dateFrom: '2018-09-02', dateTo: '2018-09-01', reachGroups: [3, 3] })),
    ).toEqual(['dateTo', 'reach']);
  });
  it('want a period in order and a plan for a recommendation', () => {
    expect(fields(planRules({ periodFrom: '2018-01-01', periodTo: '2017-12-31' }))).toEqual(['periodTo']);
    expect(fields(initiativeRules({ kind: 'recommendation', planId: null }))).toEqual(['planId']);
    expect(initiativeRules({ kind: 'other', planId: null })).toEqual([]);
  });
});

describe('assertNoIssues', () => {
  it('throws the first issue as a 422 with the field under its prefix', () => {
    const issues = targetRules({ ...target, metricKind: 'share' });
    expect(() => assertNoIssues(issues, 'initiatives.0.targets.1.')).toThrow(Problem);
    try {
      assertNoIssues(issues, 'initiatives.0.targets.1.');
    } catch (e) {
      expect((e as Problem).status).toBe(422);
      expect((e as Problem).field).toBe('initiatives.0.targets.1.population');
    }
  });
  it('passes when nothing is broken', () => expect(() => assertNoIssues([])).not.toThrow());
});
