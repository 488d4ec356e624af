/** Which funding fields go together: money needs an amount, staff years a number, years in order. */
import type { FundingKind } from '../types';
import { issue, type RuleIssue } from './issue';

/** The fields of a funding row the rules read. */
export interface FundingRuleInput {
  kind: FundingKind;
  amount: number | null;
  staffYears: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  fundedUntil: number | null;
}

/** Every rule the funding row breaks. */
export function fundingRules(f: FundingRuleInput): RuleIssue[] {
  const out: RuleIssue[] = [];
  // "Finansieret til og med 2020" may stand without an amount.
  if (f.kind === 'money' && f.amount === null && f.fundedUntil === null)
    out.push(issue('amount', 'Angiv beløbet i kroner.', 'Give the amount in kroner.'));
  if (f.kind === 'staff_years' && f.staffYears === null)
    out.push(issue('staffYears', 'Angiv antal årsværk.', 'Give the number of staff years.'));
  if (f.yearFrom !== null && f.yearTo !== null && f.yearTo < f.yearFrom)
    out.push(issue('yearTo', 'Slutåret ligger før startåret.', 'The last year is before the first.'));
  return out;
}
