/**
 * Danish formatting of numbers, percentages, money, staff years and funding. Pure and hand-written, so the output
 * never depends on the machine's ICU/locale data. Dates and periods live in `./format-period` and are re-exported.
 */
import type { Funding } from './types';
import { formatYearSpan } from './format-period';

export {
  addDays,
  formatDate,
  formatPeriod,
  formatPeriodPhrase,
  formatYearSpan,
  parseIsoDate,
} from './format-period';

/** The exact decimal digits of a finite, non-negative number, from its shortest round-trip representation. */
function decimalDigits(abs: number): { int: string; frac: string } {
  const s = String(abs);
  const e = s.indexOf('e');
  if (e < 0) {
    const [int = '0', frac = ''] = s.split('.');
    return { int, frac };
  }
  const [mInt = '0', mFrac = ''] = s.slice(0, e).split('.');
  const digits = mInt + mFrac;
  const point = mInt.length + Number(s.slice(e + 1));
  if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), frac: '' };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/** Add one to a string of decimal digits ("199" -> "200", "99" -> "100"). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** Round to `n` fraction digits, half away from zero, working on the decimal digits so 1.005 becomes 1.01. */
function roundDigits(abs: number, n: number): { int: string; frac: string } {
  const { int, frac } = decimalDigits(abs);
  if (frac.length <= n) return { int, frac };
  let kept = int + frac.slice(0, n);
  if (frac.charCodeAt(n) >= '5'.charCodeAt(0)) kept = incrementDigits(kept);
  const intLength = kept.length - n;
  return { int: kept.slice(0, intLength), frac: kept.slice(intLength) };
}

/**
 * A number the Danish way: "2.000", "1.234.567,5", "-3", "0,5". At most `maxDecimals` fraction digits (default 2),
 * rounded half away from zero; trailing zeros dropped. Throws RangeError for NaN/Infinity.
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format a non-finite number: ${value}`);
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 20) {
    throw new RangeError(`maxDecimals must be an integer 0-20: ${maxDecimals}`);
  }
  const rounded = roundDigits(Math.abs(value), maxDecimals);
  const int = rounded.int.replace(/^0+(?=\d)/, '');
  const frac = rounded.frac.replace(/0+$/, '');
  const isZero = /^0*$/.test(int + frac);
  const sign = value < 0 && !isZero ? '-' : '';
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, '.');
  return frac === '' ? `${sign}${grouped}` : `${sign}${grouped},${frac}`;
}

/**
 * A non-breaking space: between a number and its unit and inside "mio. kr.", so a line never breaks in "0,5 | mio.
 * kr." or "80 | pct.".
 */
export const NBSP = '\u00a0';

/** A percentage that is already in percent: "80 pct.", "83,3 pct." (1 decimal by default), with a non-breaking space. */
export function formatPercent(percent: number, maxDecimals = 1): string {
  return `${formatNumber(percent, maxDecimals)}${NBSP}pct.`;
}

/**
 * Money given in kroner. 'auto' (default): whole multiples of 10.000 kr. from 100.000 kr. up in millions
 * ("0,5 mio. kr.", "0,25 mio. kr.", "12 mio. kr."), anything else in kroner ("200 kr.", "12.345 kr.").
 * 'kr': always kroner ("200.000 kr."), rounded to whole kroner. 'mio': always millions, up to 3 decimals.
 */
export function formatMoney(kroner: number, style: 'auto' | 'kr' | 'mio' = 'auto'): string {
  const inMillions =
    style === 'mio' ||
    (style === 'auto' && Number.isInteger(kroner) && Math.abs(kroner) >= 100_000 && kroner % 10_000 === 0);
  return inMillions
    ? `${formatNumber(kroner / 1_000_000, 3)}${NBSP}mio.${NBSP}kr.`
    : `${formatNumber(kroner, 0)}${NBSP}kr.`;
}

const QUARTER_GLYPHS: Readonly<Record<number, string>> = { 1: '¼', 2: '½', 3: '¾' };

/** Staff years ("årsværk"): 3.5 -> "3½ årsværk", 0.5 -> "½ årsværk", 2.25 -> "2¼ årsværk", 1.2 -> "1,2 årsværk". */
export function formatStaffYears(years: number): string {
  const quarters = years * 4;
  const glyph = QUARTER_GLYPHS[Math.abs(quarters) % 4];
  if (Number.isInteger(quarters) && glyph !== undefined) {
    const whole = Math.trunc(Math.abs(years));
    const sign = years < 0 ? '-' : '';
    return `${sign}${whole === 0 ? '' : formatNumber(whole)}${glyph}${NBSP}årsværk`;
  }
  return `${formatNumber(years)}${NBSP}årsværk`;
}

/** " i 2017-18" from a row's years; either end alone stands for a single year; "" without years. */
function yearsSuffix(f: Funding): string {
  const from = f.yearFrom ?? f.yearTo;
  const to = f.yearTo ?? f.yearFrom;
  return from === null || to === null ? '' : ` i ${formatYearSpan(from, to)}`;
}

/** The amount part of a row, lower-case, without source or fundedUntil; "" when the row states no amount. */
function amountPhrase(f: Funding): string {
  switch (f.kind) {
    case 'money':
      if (f.amount === null) return '';
      return `${formatMoney(f.amount)}${f.amountBasis === 'per_year' ? ' årligt' : ' i alt'}${yearsSuffix(f)}`;
    case 'staff_years':
      // "årsværk" is already per year, so no "årligt".
      return f.staffYears === null ? '' : `${formatStaffYears(f.staffYears)}${yearsSuffix(f)}`;
    case 'existing_frame':
      return 'indsatsen løftes inden for forvaltningens eksisterende ramme';
    default: {
      const unreachable: never = f.kind;
      throw new Error(`Unknown funding kind: ${String(unreachable)}`);
    }
  }
}

/** Which sources a sentence names: none, or all except one that goes without saying (the plan's own title). */
export interface SourceOptions {
  includeSource?: boolean;
  /** A source not named even with `includeSource`: the plan the memo is about funds its own initiatives. */
  impliedSource?: string | null;
}

/** A row as a lower-case phrase for use inside a sentence; the source goes right after the amount. */
function rowPhrase(f: Funding, opts: SourceOptions): string {
  const amount = amountPhrase(f);
  const named =
    opts.includeSource === true &&
    f.kind !== 'existing_frame' &&
    f.source !== null &&
    f.source.trim() !== '' &&
    f.source.trim() !== opts.impliedSource?.trim();
  const source = named ? ` (${f.source})` : '';
  const until = f.fundedUntil === null ? '' : `finansieret til og med ${f.fundedUntil}`;
  if (amount === '') return until === '' ? '' : `${until}${source}`;
  return until === '' ? `${amount}${source}` : `${amount}${source}, ${until}`;
}

/**
 * One funding row as a phrase without trailing period: "0,5 mio. kr. årligt i 2017-18", "1,2 mio. kr. i alt i 2017-18",
 * "3½ årsværk i 2018-21", "Indsatsen løftes inden for forvaltningens eksisterende ramme", with
 * ", finansieret til og med 2020" appended when set ("Finansieret til og med 2020" alone). Source not included.
 */
export function formatFundingRow(f: Funding): string {
  return capitalise(rowPhrase(f, {}));
}

/**
 * Several funding rows as one Danish sentence ending with ".": "0,5 mio. kr. årligt i 2017-18 og 0,2 mio. kr. i 2019.".
 * With includeSource, money and staff rows get their source in brackets: "… i 2016-19 (Budget 2016)", except the
 * `impliedSource` (the memo's plan), which every kind of initiative leaves unsaid alike. Rows that
 * state nothing are skipped; "" when nothing is left.
 */
export function formatFundingSentence(rows: Funding[], opts: SourceOptions = {}): string {
  const phrase = formatFundingPhrase(rows, opts);
  return phrase === '' ? '' : `${capitalise(phrase)}.`;
}

/**
 * The funding sentence's words for use inside running text, lower-case and without the period: "0,2 mio. kr. årligt
 * i 2016-19", "3½ årsværk i 2018-21", "finansieret til og med 2020"; "" when nothing is registered.
 */
export function formatFundingPhrase(rows: Funding[], opts: SourceOptions = {}): string {
  return joinDanish(rows.map((row) => rowPhrase(row, opts)).filter((p) => p !== ''));
}

/** Fill a memo sentence template: "{value}" -> formatNumber(value); unknown placeholders are left as they are. */
export function fillSentence(template: string, value: number): string {
  return template.replaceAll('{value}', formatNumber(value));
}

/** Capitalise the first letter of a string (æ, ø and å included). */
export function capitalise(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + s.slice(head.length);
}

/** Join a list the Danish way: ["a"] -> "a", ["a","b"] -> "a og b", ["a","b","c"] -> "a, b og c"; [] -> "". */
export function joinDanish(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1] ?? ''}`;
}
