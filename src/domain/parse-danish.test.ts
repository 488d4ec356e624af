import { describe, expect, it } from 'vitest';
import { csvDate, csvNumber, parseDanishDate, parseDanishNumber } from './parse-danish';

describe('Danish numbers and dates in cells', () => {
  it('reads decimal commas and thousands groups, refuses words', () => {
    expect(parseDanishNumber('1.234,5')).toBe(1234.5);
    expect(parseDanishNumber('2.000')).toBe(2000);
    expect(parseDanishNumber('3,5')).toBe(3.5);
    expect(parseDanishNumber('-12')).toBe(-12);
    expect(parseDanishNumber('0.25')).toBe(0.25);
    expect(parseDanishNumber('N/A')).toBeNull();
    expect(parseDanishNumber('12 stk.')).toBeNull();
    expect(parseDanishNumber('')).toBeNull();
  });

  it('reads day-first dates and refuses days that do not exist', () => {
    expect(parseDanishDate('01-09-2018')).toBe('2018-09-01');
    expect(parseDanishDate('1.9.2018')).toBe('2018-09-01');
    expect(parseDanishDate('2018-09-01')).toBe('2018-09-01');
    expect(parseDanishDate('30.02.2018')).toBeNull();
    expect(parseDanishDate('29-02-2020')).toBe('2020-02-29');
    expect(parseDanishDate('september 2018')).toBeNull();
  });

  it('writes what Danish Excel reads back', () => {
    expect(csvDate('2018-09-01')).toBe('01-09-2018');
    expect(csvNumber(3.5)).toBe('3,5');
    expect(csvNumber(200000)).toBe('200000');
  });
});
