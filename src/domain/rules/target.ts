/** What makes a target valid beyond its fields' own limits: the pairings of metric, value, baseline and population. */
import type { Comparator, MetricKind } from '../types';
import { issue, type RuleIssue } from './issue';

/** The fields of a target the rules read. */
export interface TargetRuleInput {
  metricKind: MetricKind;
  comparator: Comparator;
  value: number;
  baseline: number | null;
  /** When the baseline was measured; only with a baseline. */
  baselineDate?: string | null;
  population: number | null;
}

/** Every rule the target breaks, in the order a person would fix them. */
export function targetRules(t: TargetRuleInput): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (t.metricKind === 'share' && t.population === null) {
    out.push(
      issue(
        'population',
        'Et andelsmål (share) kræver en registreret population, fx antallet af relevante støttekontaktpersoner.',
        'A share target needs a registered population.',
      ),
    );
  }
  if (t.metricKind === 'share' && t.value > 100) {
    out.push(
      issue(
        'value',
        'Et andelsmål angives i procent (højst 100).',
        'A share target is a percentage (at most 100).',
      ),
    );
  }
  if (t.metricKind === 'milestone' && t.value !== 1) {
    out.push(
      issue('value', 'Et milepælsmål har værdien 1 (nået).', 'A milestone target has the value 1 (reached).'),
    );
  }
  if (t.comparator === '<=' && t.baseline !== null && t.baseline < t.value) {
    out.push(
      issue(
        'baseline',
        'For et "højst"-mål skal udgangspunktet være større end eller lig målet.',
        'For an at-most target the baseline must be at least the target value.',
      ),
    );
  }
  if (t.baselineDate != null && t.baseline === null) {
    out.push(
      issue(
        'baselineDate',
        'En dato for udgangspunktet kræver et udgangspunkt.',
        'A baseline date needs a baseline.',
      ),
    );
  }
  return out;
}
