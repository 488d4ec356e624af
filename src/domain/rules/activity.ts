/** What an activity must satisfy beyond its fields' own limits: dates in order, one reach row per target group. */
import { issue, type RuleIssue } from './issue';

/** Every rule the activity breaks; `reachGroups` are the target groups of its reach rows, in order. */
export function activityRules(a: {
  dateFrom: string;
  dateTo: string;
  reachGroups: readonly (number | string)[];
}): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (a.dateTo < a.dateFrom)
    out.push(issue('dateTo', 'Slutdatoen ligger før startdatoen.', 'The end date is before the start date.'));
  const dup = a.reachGroups.find((g, n) => a.reachGroups.indexOf(g) !== n);
  if (dup !== undefined)
    out.push(
      issue('reach', `Målgruppe ${dup} står flere gange.`, `Target group ${dup} appears more than once.`),
    );
  return out;
}
