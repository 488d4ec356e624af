import { describe, expect, it } from 'vitest';
import { expandYear, parseDanishDate, parseDanishNumber, parsePeriodPhrase } from './parse-prose';
import { formatPeriod } from './format-period';

describe('parseDanishNumber', () => {
  it('reads figures as Danish writes them', () => {
    expect(parseDanishNumber('2.000')).toBe(2000);
    expect(parseDanishNumber('0,5')).toBe(0.5);
    expect(parseDanishNumber('3½')).toBe(3.5);
    expect(parseDanishNumber('½')).toBe(0.5);
    expect(parseDanishNumber('1.250.000')).toBe(1_250_000);
    expect(parseDanishNumber('to')).toBe(2);
    expect(parseDanishNumber('et')).toBe(1);
    expect(parseDanishNumber('N/A')).toBeNull();
    expect(parseDanishNumber('2,000.5')).toBeNull();
  });
});

describe('years and dates', () => {
  it('expands a short second year', () => {
    expect(expandYear(2017, '18')).toBe(2018);
    expect(expandYear(1999, '01')).toBe(2001);
    expect(expandYear(2016, '2019')).toBe(2019);
  });
  it('reads "1. september 2018"', () => {
    expect(parseDanishDate('opgjort pr. 1. september 2018)')).toBe('2018-09-01');
    expect(parseDanishDate('31. februar 2018')).toBeNull();
    expect(parseDanishDate('i efteråret')).toBeNull();
  });
});

describe('parsePeriodPhrase', () => {
  it('reads the phrases the memo writes', () => {
    expect(parsePeriodPhrase('aktiviteter i efteråret 2018:')).toEqual({
      from: '2018-09-01',
      to: '2018-11-30',
    });
    expect(parsePeriodPhrase('i 2. halvår 2018')).toEqual({ from: '2018-07-01', to: '2018-12-31' });
    expect(parsePeriodPhrase('i 1. halvår 2019')).toEqual({ from: '2019-01-01', to: '2019-06-30' });
    expect(parsePeriodPhrase('i oktober 2018,')).toEqual({ from: '2018-10-01', to: '2018-10-31' });
    expect(parsePeriodPhrase('i vinteren 2018-19')).toEqual({ from: '2018-12-01', to: '2019-02-28' });
    expect(parsePeriodPhrase('i 3. kvartal 2018')).toEqual({ from: '2018-07-01', to: '2018-09-30' });
    expect(parsePeriodPhrase('i august-oktober 2018')).toEqual({ from: '2018-08-01', to: '2018-10-31' });
    expect(parsePeriodPhrase('i 2017-18')).toEqual({ from: '2017-01-01', to: '2018-12-31' });
    expect(parsePeriodPhrase('i februar 2020')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
  });
  it('completes a phrase without a year from the default year, and finds nothing where there is nothing', () => {
    expect(parsePeriodPhrase('kurser i efteråret', 2018)).toEqual({ from: '2018-09-01', to: '2018-11-30' });
    expect(parsePeriodPhrase('kurser i efteråret')).toBeNull();
    expect(parsePeriodPhrase('følgende aktiviteter:')).toBeNull();
  });
  it('reads back what formatPeriod writes', () => {
    for (const p of [
      { from: '2018-09-01', to: '2018-11-30' },
      { from: '2018-07-01', to: '2018-12-31' },
      { from: '2018-10-01', to: '2018-10-31' },
      { from: '2017-01-01', to: '2018-12-31' },
      { from: '2018-03-01', to: '2018-05-31' },
    ])
      expect(parsePeriodPhrase(formatPeriod(p))).toEqual(p);
  });
});
