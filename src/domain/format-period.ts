/**
 * Danish rendering of dates, year spans and periods. Pure; hand-written so the output never depends on the
 * machine's ICU/locale data. Re-exported from `./format`.
 */
import type { IsoDate, Period } from './types';

/** Calendar date parts; `m` is 1-based. */
interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Danish month names, January first. */
export const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function monthName(m: number): string {
  const name = MONTHS[m - 1];
  if (name === undefined) throw new RangeError(`Invalid month: ${m}`);
  return name;
}

/** Parse a strict ISO date string "YYYY-MM-DD" to {y,m,d}; returns null for anything invalid (e.g. "2018-02-30", "N/A"). */
export function parseIsoDate(s: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (match === null) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function requireDate(iso: IsoDate): Ymd {
  const parsed = parseIsoDate(iso);
  if (parsed === null) throw new RangeError(`Invalid ISO date: "${iso}"`);
  return parsed;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Add a whole number of days to an ISO date (UTC arithmetic, so no DST surprises) and return ISO. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  const { y, m, d } = requireDate(iso);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + days);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range: ${iso} + ${days} days`);
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** "2017-18", "2016-19", "2018" (same year), "1999-2001" (different century), "2009-10". */
export function formatYearSpan(from: number, to: number): string {
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) {
    throw new RangeError(`Invalid year span: ${from}-${to}`);
  }
  if (from === to) return String(from);
  if (Math.floor(from / 100) !== Math.floor(to / 100)) return `${from}-${to}`;
  return `${from}-${pad(to % 100, 2)}`;
}

/** "25. november 2026" from "2026-11-25"; also "1. januar 2018". */
export function formatDate(iso: IsoDate): string {
  const { y, m, d } = requireDate(iso);
  return `${d}. ${monthName(m)} ${y}`;
}

function isMonthStart(p: Ymd): boolean {
  return p.d === 1;
}

function isMonthEnd(p: Ymd): boolean {
  return p.d === daysInMonth(p.y, p.m);
}

/** True when `a` is the 1st of month `am` and `b` the last day of month `bm`, both in the same year. */
function spans(a: Ymd, b: Ymd, am: number, bm: number): boolean {
  return a.y === b.y && a.m === am && a.d === 1 && b.m === bm && isMonthEnd(b);
}

/** Half-years, seasons and quarters; null when the period is none of them. */
function namedPart(a: Ymd, b: Ymd): string | null {
  if (spans(a, b, 1, 6)) return `1. halvår ${a.y}`;
  if (spans(a, b, 7, 12)) return `2. halvår ${a.y}`;
  if (spans(a, b, 9, 11) || spans(a, b, 8, 12)) return `efteråret ${a.y}`;
  if (spans(a, b, 3, 5) || spans(a, b, 2, 6)) return `foråret ${a.y}`;
  if (spans(a, b, 6, 8)) return `sommeren ${a.y}`;
  if (a.m === 12 && a.d === 1 && b.y === a.y + 1 && b.m === 2 && isMonthEnd(b)) {
    return `vinteren ${formatYearSpan(a.y, b.y)}`;
  }
  for (let q = 1; q <= 4; q++) {
    if (spans(a, b, q * 3 - 2, q * 3)) return `${q}. kvartal ${a.y}`;
  }
  return null;
}

/** Periods that are not a single day: whole months (or runs of them) first, then day ranges. */
function rangeWords(a: Ymd, b: Ymd): string {
  const wholeMonths = isMonthStart(a) && isMonthEnd(b);
  if (wholeMonths && a.y === b.y) return `${monthName(a.m)}-${monthName(b.m)} ${a.y}`;
  if (wholeMonths) return `${monthName(a.m)} ${a.y}-${monthName(b.m)} ${b.y}`;
  if (a.y === b.y && a.m === b.m) return `${a.d}.-${b.d}. ${monthName(a.m)} ${a.y}`;
  if (a.y === b.y) return `${a.d}. ${monthName(a.m)}-${b.d}. ${monthName(b.m)} ${a.y}`;
  return `${a.d}. ${monthName(a.m)} ${a.y}-${b.d}. ${monthName(b.m)} ${b.y}`;
}

function isDayRange(a: Ymd, b: Ymd): boolean {
  return !(isMonthStart(a) && isMonthEnd(b));
}

function requirePeriod(p: Period): [Ymd, Ymd] {
  const a = requireDate(p.from);
  const b = requireDate(p.to);
  if (p.from > p.to) throw new RangeError(`Period ends before it starts: ${p.from}..${p.to}`);
  return [a, b];
}

/**
 * A period as Danish words, derived from its dates: "25. november 2026", "oktober 2018", "2018", "2017-18",
 * "2. halvår 2018", "efteråret 2018", "vinteren 2018-19", "3. kvartal 2018", "august-oktober 2018",
 * "1.-15. oktober 2018", "1. december 2018-15. januar 2019". Throws RangeError on invalid dates or from > to.
 */
export function formatPeriod(p: Period): string {
  const [a, b] = requirePeriod(p);
  if (p.from === p.to) return formatDate(p.from);
  if (a.y === b.y && a.m === b.m && isMonthStart(a) && isMonthEnd(b)) return `${monthName(a.m)} ${a.y}`;
  if (a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return formatYearSpan(a.y, b.y);
  return namedPart(a, b) ?? rangeWords(a, b);
}

/**
 * The period phrase that follows "i" in the memo ("i efteråret 2018", "i 2. halvår 2018", "i oktober 2018").
 * Same as formatPeriod, except that day ranges get "perioden" in front ("i perioden 1.-15. oktober 2018").
 * A single day is returned as the bare date; callers should not put "i" in front of it.
 */
export const formatPeriodPhrase = (p: Period): string => {
  const [a, b] = requirePeriod(p);
  const words = formatPeriod(p);
  return p.from !== p.to && isDayRange(a, b) ? `perioden ${words}` : words;
};
