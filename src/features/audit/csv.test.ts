import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';
import { copenhagenTime, periodBound } from '../../domain/audit-period';

describe('csvCell', () => {
  it('leaves plain text and numbers alone and empties null', () => {
    expect(csvCell('opret')).toBe('opret');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });

  it('quotes a cell with a semicolon, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('{"name":"x"}')).toBe('"{""name"":""x""}"');
    expect(csvCell('to\r\nlinjer')).toBe('"to\r\nlinjer"');
  });

  it('defuses what Excel would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+45 1234')).toBe("'+45 1234");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and separates with semicolons and CRLF', () => {
    expect(toCsv(['A', 'B'], [['1', null]])).toBe(`${BOM}A;B\r\n1;\r\n`);
  });
});

describe('periodBound', () => {
  it('takes a plain date as the whole day in Copenhagen, across daylight saving', () => {
    const winter = periodBound('2026-01-15')!;
    expect(new Date(winter.first).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(new Date(winter.last).toISOString()).toBe('2026-01-15T22:59:59.999Z');
    const springForward = periodBound('2026-03-29')!;
    expect(new Date(springForward.first).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(springForward.last).toISOString()).toBe('2026-03-29T21:59:59.999Z');
    const summer = periodBound('2026-07-01')!;
    expect(new Date(summer.first).toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('takes a date-time to the precision given', () => {
    const minute = periodBound('2026-05-01T10:15Z')!;
    expect(minute.last - minute.first).toBe(59_999);
    const second = periodBound('2026-05-01T12:15:30+02:00')!;
    expect(new Date(second.first).toISOString()).toBe('2026-05-01T10:15:30.000Z');
    expect(second.last - second.first).toBe(999);
    const ms = periodBound('2026-05-01T10:15:30.250Z')!;
    expect(ms.last).toBe(ms.first);
  });

  it('refuses what is not a date or a zoned date-time', () => {
    for (const bad of ['2026-02-30', '2026-5-1', '2026-05-01T10:15', 'i går', '2026-05-01 10:15Z']) {
      expect(periodBound(bad), bad).toBeNull();
    }
  });
});

describe('copenhagenTime', () => {
  it('shows a stored instant on the Copenhagen wall clock', () => {
    expect(copenhagenTime('2026-01-15T12:00:00.000Z')).toBe('2026-01-15 13:00:00');
    expect(copenhagenTime('2026-07-01T12:00:00.000Z')).toBe('2026-07-01 14:00:00');
  });
});
