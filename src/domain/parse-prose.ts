/**
 * Reading Danish prose as the memo writes it: numbers ("2.000", "0,5", "3½", "to"), dates ("1. september 2018") and
 * period phrases ("efteråret 2018", "2. halvår 2018", "oktober 2018"). The inverse of ./format-period for the
 * phrases it writes, so a memo the product rendered reads back to the same periods. Pure.
 */
import { MONTHS } from './format-period';
import type { Period } from './types';

/** "september" → 9; 0 for no month. */
const monthNumber = (name: string): number => (MONTHS as readonly string[]).indexOf(name.toLowerCase()) + 1;

/** Number words as running text writes small counts. */
const WORDS: Record<string, number> = {
  en: 1,
  et: 1,
  én: 1,
  ét: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
};

/** The pattern of a Danish figure: "2.000", "0,5", "3½", "450". */
export const DANISH_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?½?|½`;

/** "2.000" → 2000, "0,5" → 0.5, "3½" → 3.5, "to" → 2; null when it is neither a figure nor a number word. */
export function parseDanishNumber(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (t in WORDS) return WORDS[t];
  if (!new RegExp(`^(?:${DANISH_NUMBER})$`).test(t)) return null;
  const half = t.endsWith('½') ? 0.5 : 0;
  const digits = t.replace('½', '');
  const whole = digits === '' ? 0 : Number(digits.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(whole) ? whole + half : null;
}

/** A two- or four-digit year after a four-digit one: "2017-18" → 2018, "1999-2001" → 2001. */
export function expandYear(first: number, second: string): number {
  if (second.length === 4) return Number(second);
  const century = Math.floor(first / 100) * 100;
  const y = century + Number(second);
  return y < first ? y + 100 : y;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const months = (y: number, from: number, toYear: number, to: number): Period => ({
  from: iso(y, from, 1),
  to: iso(toYear, to, lastDay(toYear, to)),
});

/** "1. september 2018" → "2018-09-01"; null when the text holds no such date. */
export function parseDanishDate(s: string): string | null {
  const m = new RegExp(String.raw`(\d{1,2})\.\s*(${MONTHS.join('|')})\s+(\d{4})`, 'i').exec(s);
  if (m === null) return null;
  const month = monthNumber(m[2]);
  const day = Number(m[1]);
  const year = Number(m[3]);
  return day >= 1 && day <= lastDay(year, month) ? iso(year, month, day) : null;
}

const SEASONS: Record<string, [number, number]> = {
  foråret: [3, 5],
  sommeren: [6, 8],
  efteråret: [9, 11],
};

/**
 * The first period phrase in a text: "efteråret 2018", "foråret 2019", "sommeren 2018", "vinteren 2018-19",
 * "2. halvår 2018", "3. kvartal 2018", "oktober 2018", "august-oktober 2018", "2017-18", "2018".
 * `defaultYear` completes a phrase without a year ("i efteråret"). Null when there is none.
 */
export function parsePeriodPhrase(s: string, defaultYear: number | null = null): Period | null {
  const text = s.toLowerCase();
  const year = String.raw`(\d{4})`;
  const optYear = String.raw`(?:\s+(\d{4}))?`;
  const withYear = (m: RegExpExecArray, at: number): number | null =>
    m[at] === undefined ? defaultYear : Number(m[at]);

  let m = new RegExp(String.raw`\bvinteren\s+${year}-(\d{2,4})`).exec(text);
  if (m) return months(Number(m[1]), 12, expandYear(Number(m[1]), m[2]), 2);
  m = new RegExp(String.raw`\b(foråret|sommeren|efteråret)${optYear}`).exec(text);
  if (m) {
    const y = withYear(m, 2);
    const [a, b] = SEASONS[m[1]];
    if (y !== null) return months(y, a, y, b);
  }
  m = new RegExp(String.raw`\b([12])\.\s*halvår${optYear}`).exec(text);
  if (m) {
    const y = withYear(m, 2);
    if (y !== null) return m[1] === '1' ? months(y, 1, y, 6) : months(y, 7, y, 12);
  }
  m = new RegExp(String.raw`\b([1-4])\.\s*kvartal${optYear}`).exec(text);
  if (m) {
    const y = withYear(m, 2);
    const q = Number(m[1]);
    if (y !== null) return months(y, q * 3 - 2, y, q * 3);
  }
  const names = MONTHS.join('|');
  m = new RegExp(String.raw`\b(${names})-(${names})\s+${year}`).exec(text);
  if (m) {
    const y = Number(m[3]);
    return months(y, monthNumber(m[1]), y, monthNumber(m[2]));
  }
  m = new RegExp(String.raw`(?<!\d\.\s?)\b(${names})${optYear}`).exec(text);
  if (m) {
    const y = withYear(m, 2);
    const month = monthNumber(m[1]);
    if (y !== null) return months(y, month, y, month);
  }
  m = new RegExp(String.raw`\b${year}-(\d{2}|\d{4})\b`).exec(text);
  if (m) return months(Number(m[1]), 1, expandYear(Number(m[1]), m[2]), 12);
  m = new RegExp(String.raw`\b(?:i|år|året)\s+${year}\b`).exec(text);
  if (m) return months(Number(m[1]), 1, Number(m[1]), 12);
  return null;
}
