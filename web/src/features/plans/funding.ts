/** Funding as people read it: one sentence per initiative, and the money per year across initiatives. */
import { formatFundingSentence } from '../../../../src/domain/format';
import type { Funding } from '../../api/types';

/**
 * The "Midler afsat" sentence as the memo prints it: "0,5 mio. kr. årligt i 2017-18 og 0,2 mio. kr. i 2019
 * (Satspulje)." or "" (the API rows fit the domain's type). A source is named in brackets, except the plan the
 * initiative belongs to (`planTitle`), which goes without saying — in the memo and so on every page.
 */
export function fundingSentence(
  rows: Omit<Funding, 'id' | 'version' | 'createdAt' | 'updatedAt'>[],
  planTitle: string | null,
): string {
  return formatFundingSentence(rows, { includeSource: true, impliedSource: planTitle });
}

/** Rows grouped by initiative. */
export function fundingByInitiative(rows: Funding[]): Map<number, Funding[]> {
  const map = new Map<number, Funding[]>();
  for (const r of rows) map.set(r.initiativeId, [...(map.get(r.initiativeId) ?? []), r]);
  return map;
}

/** Kroner granted per year (rows "per year" only), and kroner granted as totals over several years. */
export function fundingPerYear(rows: Funding[]): { perYear: [number, number][]; totals: number } {
  const years = new Map<number, number>();
  let totals = 0;
  for (const r of rows) {
    if (r.kind !== 'money' || r.amount === null) continue;
    const from = r.yearFrom ?? r.yearTo;
    const to = r.yearTo ?? r.yearFrom;
    if (r.amountBasis === 'total' || from === null || to === null) {
      totals += r.amount;
      continue;
    }
    for (let y = from; y <= to; y++) years.set(y, (years.get(y) ?? 0) + r.amount);
  }
  return { perYear: [...years.entries()].sort((a, b) => a[0] - b[0]), totals };
}
