import { describe, expect, it } from 'vitest';
import { describeBaseline, describeFigure, describeShare } from './describe';
import type { TargetResult } from './types';

describe('a share in words', () => {
  const share = { count: 30, population: 36, expected: 0 };
  it('reads "30 af 36 …" with the percentage', () => {
    expect(describeShare(share, 'støttekontaktpersoner')).toBe(
      '30 af 36\u00a0støttekontaktpersoner (83\u00a0pct.)',
    );
    expect(describeShare(share, '', 1)).toBe('30 af 36 (83,3\u00a0pct.)');
  });
  it('is the memo’s computed figure of a share target', () => {
    const r: TargetResult = {
      targetId: 1,
      actual: (30 * 100) / 36,
      expected: 0,
      forecast: (30 * 100) / 36,
      progress: 1,
      status: 'met',
      reason: '',
      share,
    };
    const t = { metricKind: 'share' as const, comparator: '>=' as const, value: 80, unitLabel: 'pct.' };
    expect(describeFigure({ ...t, populationLabel: 'støttekontaktpersoner' }, r)).toBe(
      '30 af 36\u00a0støttekontaktpersoner (83,3\u00a0pct.; mål: mindst 80\u00a0pct.)',
    );
  });
});

describe('a baseline with its date', () => {
  it('names the date it was measured', () => {
    expect(
      describeBaseline({
        metricKind: 'manual',
        unitLabel: 'sager',
        baseline: 120,
        baselineDate: '2017-01-01',
      }),
    ).toBe('Udgangspunkt: 120\u00a0sager pr. 1. januar 2017.');
  });
  it('reads without a date, and is absent without a baseline', () => {
    expect(describeBaseline({ metricKind: 'manual', unitLabel: 'sager', baseline: 120 })).toBe(
      'Udgangspunkt: 120\u00a0sager.',
    );
    expect(describeBaseline({ metricKind: 'share', unitLabel: 'pct.', baseline: 40 })).toBe(
      'Udgangspunkt: 40\u00a0pct.',
    );
    expect(describeBaseline({ metricKind: 'manual', unitLabel: 'sager', baseline: null })).toBeNull();
  });
});
