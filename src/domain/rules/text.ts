/** Texts that may carry figures as references ({{faktisk}} …): every token must be known to the initiative. */
import { Problem } from '../problem';
import { tokenProblems } from '../text-tokens';
import { issue, type RuleIssue } from './issue';

/** One issue per wrong token in `text`, each naming the token; `targetCount` null skips the target-number check. */
export function textTokenIssues(
  field: string,
  text: string | null | undefined,
  targetCount: number | null,
): RuleIssue[] {
  return text ? tokenProblems(text, targetCount).map((p) => issue(field, p.da, p.en)) : [];
}

/** The tokens of an initiative's purpose and description (an "øvrig indsats"'s text is its description). */
export function initiativeTextRules(
  i: { purpose?: string | null; description?: string | null },
  targetCount: number | null,
): RuleIssue[] {
  return [
    ...textTokenIssues('purpose', i.purpose, targetCount),
    ...textTokenIssues('description', i.description, targetCount),
  ];
}

/** Refuse a text with wrong tokens: one 422 whose message names the first and whose errors list them all. */
export function assertNoTokenIssues(issues: readonly RuleIssue[]): void {
  const first = issues[0];
  if (first) throw new Problem(422, 'rule_violation', first.da, first.en, first.field, [...issues]);
}
