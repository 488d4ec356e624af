import { describe, expect, it } from 'vitest';
import { formatDateEn, formatFigureEn, formatNumberEn } from './format-en';
import { reasonText } from './engine/reason';
import type { Target } from './types';

describe('English formatting', () => {
  it('swaps the Danish separators', () => {
    expect(formatNumberEn(2000)).toBe('2,000');
    expect(formatNumberEn(1234567.5)).toBe('1,234,567.5');
    expect(formatNumberEn(0.25, 1)).toBe('0.3');
  });
  it('writes dates and figures', () => {
    expect(formatDateEn('2018-12-31')).toBe('31 December 2018');
    expect(formatFigureEn('share', '', 83.33)).toBe('83.3%');
    expect(formatFigureEn('reach', 'children', 2000)).toBe('2,000 children');
  });
});

describe('reasonText', () => {
  const target: Target = {
    id: 1,
    initiativeId: 1,
    metric: {
      kind: 'share',
      targetGroupIds: [],
      activityKinds: [],
      venueKinds: [],
      population: null,
    },
    comparator: '>=',
    value: 80,
    unitLabel: '',
    dueDate: '2018-12-31',
    baseline: null,
    sentence: '',
  };
  it('says why a share cannot be computed, in either language', () => {
    const r = { status: 'no_data', actual: null, expected: 0, forecast: null } as const;
    expect(reasonText('da', target, r)).toBe('Der er ikke registreret en population.');
    expect(reasonText('en', target, r)).toBe('No population is registered.');
  });
  it('gives the Danish and English reason of an at-risk share', () => {
    const r = { status: 'at_risk', actual: 1250 / 100, expected: 2.5, forecast: 15 } as const;
    expect(reasonText('da', target, r)).toBe(
      '12,5\u00a0pct. nu; selv med planlagte aktiviteter forventes kun 15\u00a0pct. inden 31. december 2018 mod målet mindst 80\u00a0pct.',
    );
    expect(reasonText('en', target, r)).toBe(
      '12.5% now; even with planned activities only 15% is expected by 31 December 2018 against the target of at least 80%.',
    );
  });
});
