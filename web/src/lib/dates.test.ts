import { describe, expect, it } from 'vitest';
import { asOfIn, copenhagenDate, todayIso } from './dates';

const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

describe('copenhagenDate', () => {
  it('gives the date Intl gives for Copenhagen, every hour from 2000 through 2040', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2041, 0, 1); t += 3_600_000) {
      const expected = intl.format(t);
      if (copenhagenDate(t) !== expected) wrong.push(`${new Date(t).toISOString()}: ${copenhagenDate(t)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('turns the date at midnight Copenhagen time, in winter and in summer', () => {
    expect(copenhagenDate(Date.UTC(2018, 0, 15, 22, 59))).toBe('2018-01-15');
    expect(copenhagenDate(Date.UTC(2018, 0, 15, 23, 0))).toBe('2018-01-16');
    expect(copenhagenDate(Date.UTC(2018, 6, 15, 21, 59))).toBe('2018-07-15');
    expect(copenhagenDate(Date.UTC(2018, 6, 15, 22, 0))).toBe('2018-07-16');
  });

  it('is what todayIso and a page without ?dato= use', () => {
    const before = copenhagenDate(Date.now());
    const today = todayIso();
    expect([before, copenhagenDate(Date.now())]).toContain(today);
    expect(asOfIn(new URLSearchParams(''))).toBe(todayIso());
    expect(asOfIn(new URLSearchParams('dato=2018-09-01'))).toBe('2018-09-01');
    expect(asOfIn(new URLSearchParams('dato=1.9.2018'))).toBe(todayIso());
  });
});
