import { describe, it, expect } from 'vitest';
import {
  addDays,
  formatDate,
  formatPeriod,
  formatPeriodPhrase,
  formatYearSpan,
  parseIsoDate,
} from './format-period';

/** Shorthand for formatPeriod({ from, to }). */
function period(from: string, to: string): string {
  return formatPeriod({ from, to });
}

describe('formatYearSpan', () => {
  it('shortens the end year within a century', () => {
    expect(formatYearSpan(2017, 2018)).toBe('2017-18');
    expect(formatYearSpan(2016, 2019)).toBe('2016-19');
    expect(formatYearSpan(2018, 2021)).toBe('2018-21');
    expect(formatYearSpan(2009, 2010)).toBe('2009-10');
    expect(formatYearSpan(2000, 2005)).toBe('2000-05');
  });

  it('writes a single year once and both years in full across centuries', () => {
    expect(formatYearSpan(2018, 2018)).toBe('2018');
    expect(formatYearSpan(1999, 2001)).toBe('1999-2001');
    expect(formatYearSpan(1999, 2000)).toBe('1999-2000');
  });

  it('rejects reversed or fractional spans', () => {
    expect(() => formatYearSpan(2019, 2018)).toThrow(RangeError);
    expect(() => formatYearSpan(2018.5, 2019)).toThrow(RangeError);
  });
});

describe('parseIsoDate', () => {
  it('parses valid dates, leap days included', () => {
    expect(parseIsoDate('2026-11-25')).toEqual({ y: 2026, m: 11, d: 25 });
    expect(parseIsoDate('2020-02-29')).toEqual({ y: 2020, m: 2, d: 29 });
    expect(parseIsoDate('2000-02-29')).toEqual({ y: 2000, m: 2, d: 29 });
  });

  it('returns null for anything invalid', () => {
    expect(parseIsoDate('2018-02-30')).toBeNull();
    expect(parseIsoDate('2019-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2018-04-31')).toBeNull();
    expect(parseIsoDate('2018-13-01')).toBeNull();
    expect(parseIsoDate('2018-00-10')).toBeNull();
    expect(parseIsoDate('2018-01-00')).toBeNull();
    expect(parseIsoDate('N/A')).toBeNull();
    expect(parseIsoDate('2018-1-5')).toBeNull();
    expect(parseIsoDate('2018-01-05T00:00:00Z')).toBeNull();
    expect(parseIsoDate(' 2018-01-05')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });
});

describe('addDays', () => {
  it('adds and subtracts days across months, years and leap days', () => {
    expect(addDays('2018-01-31', 1)).toBe('2018-02-01');
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2018-03-01', -1)).toBe('2018-02-28');
    expect(addDays('2018-10-27', 2)).toBe('2018-10-29');
    expect(addDays('2018-06-15', 0)).toBe('2018-06-15');
    expect(addDays('2018-01-01', 365)).toBe('2019-01-01');
  });

  it('keeps four-digit years below 100 intact', () => {
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
  });

  it('rejects invalid input', () => {
    expect(() => addDays('2018-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2018-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('writes day, month name and year', () => {
    expect(formatDate('2026-11-25')).toBe('25. november 2026');
    expect(formatDate('2018-01-01')).toBe('1. januar 2018');
    expect(formatDate('2018-03-09')).toBe('9. marts 2018');
    expect(formatDate('2018-05-17')).toBe('17. maj 2018');
  });

  it('rejects invalid dates', () => {
    expect(() => formatDate('2018-02-30')).toThrow(RangeError);
  });
});

describe('formatPeriod', () => {
  it('renders a single day, a whole month and whole years', () => {
    expect(period('2026-11-25', '2026-11-25')).toBe('25. november 2026');
    expect(period('2018-10-01', '2018-10-31')).toBe('oktober 2018');
    expect(period('2020-02-01', '2020-02-29')).toBe('februar 2020');
    expect(period('2018-01-01', '2018-12-31')).toBe('2018');
    expect(period('2017-01-01', '2018-12-31')).toBe('2017-18');
    expect(period('1999-01-01', '2001-12-31')).toBe('1999-2001');
  });

  it('renders half-years', () => {
    expect(period('2018-01-01', '2018-06-30')).toBe('1. halvår 2018');
    expect(period('2018-07-01', '2018-12-31')).toBe('2. halvår 2018');
  });

  it('renders seasons', () => {
    expect(period('2018-09-01', '2018-11-30')).toBe('efteråret 2018');
    expect(period('2018-08-01', '2018-12-31')).toBe('efteråret 2018');
    expect(period('2018-03-01', '2018-05-31')).toBe('foråret 2018');
    expect(period('2018-02-01', '2018-06-30')).toBe('foråret 2018');
    expect(period('2018-06-01', '2018-08-31')).toBe('sommeren 2018');
    expect(period('2018-12-01', '2019-02-28')).toBe('vinteren 2018-19');
    expect(period('2019-12-01', '2020-02-29')).toBe('vinteren 2019-20');
    expect(period('1999-12-01', '2000-02-29')).toBe('vinteren 1999-2000');
  });

  it('does not call a winter that stops short of the end of February a season', () => {
    expect(period('2019-12-01', '2020-02-28')).toBe('1. december 2019-28. februar 2020');
  });

  it('renders whole quarters', () => {
    expect(period('2018-01-01', '2018-03-31')).toBe('1. kvartal 2018');
    expect(period('2018-04-01', '2018-06-30')).toBe('2. kvartal 2018');
    expect(period('2018-07-01', '2018-09-30')).toBe('3. kvartal 2018');
    expect(period('2018-10-01', '2018-12-31')).toBe('4. kvartal 2018');
  });

  it('renders runs of whole months', () => {
    expect(period('2018-08-01', '2018-10-31')).toBe('august-oktober 2018');
    expect(period('2018-08-01', '2018-11-30')).toBe('august-november 2018');
    expect(period('2018-11-01', '2019-02-28')).toBe('november 2018-februar 2019');
    expect(period('2017-01-01', '2018-06-30')).toBe('januar 2017-juni 2018');
  });

  it('renders other day ranges', () => {
    expect(period('2018-10-01', '2018-10-15')).toBe('1.-15. oktober 2018');
    expect(period('2018-09-01', '2018-10-15')).toBe('1. september-15. oktober 2018');
    expect(period('2018-12-01', '2019-01-15')).toBe('1. december 2018-15. januar 2019');
    expect(period('2018-01-02', '2018-12-31')).toBe('2. januar-31. december 2018');
  });

  it('rejects invalid or reversed periods', () => {
    expect(() => period('2018-10-15', '2018-10-01')).toThrow(RangeError);
    expect(() => period('N/A', '2018-10-01')).toThrow(RangeError);
    expect(() => period('2018-10-01', '2018-02-30')).toThrow(RangeError);
  });
});

describe('formatPeriodPhrase', () => {
  it('equals formatPeriod for named periods and whole months', () => {
    expect(formatPeriodPhrase({ from: '2018-09-01', to: '2018-11-30' })).toBe('efteråret 2018');
    expect(formatPeriodPhrase({ from: '2018-07-01', to: '2018-12-31' })).toBe('2. halvår 2018');
    expect(formatPeriodPhrase({ from: '2018-10-01', to: '2018-10-31' })).toBe('oktober 2018');
    expect(formatPeriodPhrase({ from: '2018-08-01', to: '2018-10-31' })).toBe('august-oktober 2018');
    expect(formatPeriodPhrase({ from: '2026-11-25', to: '2026-11-25' })).toBe('25. november 2026');
  });

  it('puts "perioden" before day ranges so "i perioden …" reads well', () => {
    expect(formatPeriodPhrase({ from: '2018-10-01', to: '2018-10-15' })).toBe('perioden 1.-15. oktober 2018');
    expect(formatPeriodPhrase({ from: '2018-12-01', to: '2019-01-15' })).toBe(
      'perioden 1. december 2018-15. januar 2019',
    );
  });
});
