/** A broken rule, named by the field at fault, and how a caller turns rule results into one 422. */
import { ruleViolation, type FieldError } from '../problem';

/** One broken rule: the field (relative to the checked object) and the Danish and English messages. */
export type RuleIssue = FieldError;

/** A rule issue for `field`. */
export function issue(field: string, da: string, en: string): RuleIssue {
  return { field, da, en };
}

/** Throw the first issue as a 422 naming its field, prefixed with where the checked object sits ("targets.0."). */
export function assertNoIssues(issues: readonly RuleIssue[], prefix = ''): void {
  const first = issues[0];
  if (first) throw ruleViolation(`${prefix}${first.field}`, first.da, first.en);
}
