/**
 * Funding rows from a "Midler afsat" text or an initiative's description: "0,5 mio. kr. årligt i 2017-18",
 * "1,2 mio. kr. i alt i 2025-26", "3½ årsværk i 2018-21", "Indsatsen løftes inden for forvaltningens eksisterende
 * ramme", "finansieret til og med 2020", with the source ("Budget 2016", "Satspulje") where the text names one.
 */
import { DANISH_NUMBER, expandYear, parseDanishNumber } from '../../domain/parse-prose';
import type { AmountBasis } from '../../domain/types';
import type { Mark } from './marks';

/** A funding row as the plan document holds it. */
export interface ParsedFunding {
  kind: 'money' | 'staff_years' | 'existing_frame';
  amount: number | null;
  amountBasis: AmountBasis;
  staffYears: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  source: string | null;
  fundedUntil: number | null;
}

const SPAN = String.raw`(?:i\s+(?:årene\s+)?|for\s+)?(\d{4})(?:\s*[-–]\s*(\d{2}|\d{4}))?`;
const MONEY = new RegExp(
  String.raw`(${DANISH_NUMBER})\s*(mio\.|millioner|mia\.|t\.|tusind|tkr\.)?\s*(?:kr\.|kroner)(?:\s+(årligt|om året|pr\. år|i alt|samlet))?(?:\s+${SPAN})?`,
  'gi',
);
const STAFF = new RegExp(String.raw`(${DANISH_NUMBER})\s*årsværk(?:\s+(årligt))?(?:\s+${SPAN})?`, 'gi');
const UNTIL = /finansieret\s+(?:til\s+og\s+med|tom\.?|frem\s+til(?:\s+og\s+med)?)\s+(\d{4})/i;
const FRAME = /inden\s*for\s+(?:[\p{L}-]+\s+){0,2}eksisterende\s+ramme|eksisterende\s+budget(?:ramme)?/iu;

const MULTIPLIER: Record<string, number> = {
  'mio.': 1e6,
  millioner: 1e6,
  'mia.': 1e9,
  't.': 1e3,
  tusind: 1e3,
  'tkr.': 1e3,
};

/** The source a text names: "(Budget 2016)", "Med Budget 2016", "Satspuljefinansieret", "via <plan>". */
export function sourceIn(text: string, bracket: boolean): string | null {
  const named = bracket ? /\(([^()]+)\)\s*\.?\s*$/.exec(text) : null;
  if (named && !/\d+\s*(?:kr|årsværk)/.test(named[1])) return named[1].trim();
  const budget = /\bBudget\s+(\d{4})\b/.exec(text);
  if (budget) return `Budget ${budget[1]}`;
  if (/satspulje/i.test(text)) return 'Satspulje';
  return null;
}

function span(
  from: string | undefined,
  to: string | undefined,
): { yearFrom: number | null; yearTo: number | null } {
  if (from === undefined) return { yearFrom: null, yearTo: null };
  const y = Number(from);
  return { yearFrom: y, yearTo: to === undefined ? y : expandYear(y, to) };
}

const empty = { amount: null, staffYears: null, yearFrom: null, yearTo: null, fundedUntil: null } as const;

/** How a funding text is read. */
export interface FundingOptions {
  /** The plan the recommendations are funded by, used when the text names no source. */
  defaultSource: string | null;
  /** A "Midler afsat" text (a source may stand in brackets, and nothing readable is reported) or a description. */
  explicit: boolean;
}

/** The funding rows a text states; `at` is the initiative's path for review marks. */
export function parseFunding(text: string, opts: FundingOptions, at: string, marks: Mark[]): ParsedFunding[] {
  const rows: ParsedFunding[] = [];
  const source = sourceIn(text, opts.explicit) ?? opts.defaultSource;
  for (const m of text.matchAll(MONEY)) {
    const figure = parseDanishNumber(m[1]);
    if (figure === null) continue;
    const basis: AmountBasis = m[3] && /alt|samlet/i.test(m[3]) ? 'total' : 'per_year';
    if (!m[3])
      marks.push({
        path: `${at}.funding.${rows.length}`,
        message: `Det fremgår ikke, om ${m[0].trim()} er pr. år eller i alt; sat til pr. år.`,
      });
    const amount = Math.round(figure * (MULTIPLIER[(m[2] ?? '').toLowerCase()] ?? 1));
    rows.push({ ...empty, kind: 'money', amount, amountBasis: basis, ...span(m[4], m[5]), source });
  }
  for (const m of text.matchAll(STAFF)) {
    const years = parseDanishNumber(m[1]);
    if (years === null) continue;
    rows.push({
      ...empty,
      kind: 'staff_years',
      staffYears: years,
      amountBasis: 'per_year',
      ...span(m[3], m[4]),
      source,
    });
  }
  const until = UNTIL.exec(text);
  if (until) {
    const year = Number(until[1]);
    const last = rows.at(-1);
    if (last) last.fundedUntil = last.yearTo === year ? null : year;
    else rows.push({ ...empty, kind: 'money', amountBasis: 'per_year', fundedUntil: year, source });
  }
  if (FRAME.test(text))
    rows.push({ ...empty, kind: 'existing_frame', amountBasis: 'per_year', source: null });
  if (opts.explicit && rows.length === 0 && text.trim() !== '')
    marks.push({ path: `${at}.funding`, message: `Midler afsat kunne ikke læses: "${text.trim()}".` });
  return rows;
}
