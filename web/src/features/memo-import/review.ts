/** Review marks of a proposal: which belong to a part of it, and how a person's correction is read. */
import { parseDanishNumber } from '../../../../src/domain/parse-danish';
import { resolveField } from '../../../../src/features/memo-import/resolve';
import type { Proposal } from './api';

export type Mark = Proposal['review'][number];

/** The marks on a part of the document ("initiatives.2") and everything under it. */
export function marksUnder(review: readonly Mark[], prefix: string): Mark[] {
  return review.filter((m) => m.path === prefix || m.path.startsWith(`${prefix}.`));
}

/** Fields a correction is a number for; the others are text (a date as YYYY-MM-DD). */
const NUMERIC = new Set(['population', 'value', 'baseline', 'amount', 'staffYears', 'occurrences']);

/** The last segment of a mark's path, naming the field ("population", "asOf"). */
export const fieldOf = (path: string): string => path.split('.').at(-1) ?? path;

/** Whether the field is a date. */
export const isDateField = (path: string): boolean => /(asOf|date|Date|periodFrom|periodTo)$/.test(path);

/**
 * The proposal with the person's value put at the mark's path and the mark removed, or null when the value is not
 * of the field's kind (the server checks the whole proposal again when it is saved).
 */
export function corrected(p: Proposal, path: string, raw: string): Proposal | null {
  const numeric = NUMERIC.has(fieldOf(path));
  const value = numeric ? parseDanishNumber(raw) : raw.trim();
  if (value === null || value === '') return null;
  try {
    return resolveField(p, path, value);
  } catch {
    return null;
  }
}
