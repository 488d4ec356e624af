/** Rules of a plan and an initiative beyond their fields' own limits. */
import type { InitiativeKind } from '../types';
import { issue, type RuleIssue } from './issue';

/** A plan's period must not end before it starts. */
export function planRules(p: { periodFrom: string; periodTo: string }): RuleIssue[] {
  return p.periodTo < p.periodFrom
    ? [issue('periodTo', 'Periodens slutdato ligger før startdatoen.', 'The period ends before it starts.')]
    : [];
}

/** A recommendation belongs to a plan; only "other" initiatives may stand outside one. */
export function initiativeRules(i: { kind: InitiativeKind; planId: number | null }): RuleIssue[] {
  return i.kind === 'recommendation' && i.planId === null
    ? [
        issue(
          'planId',
          'En anbefaling skal høre til en handleplan. Brug typen "other" for øvrige indsatser uden plan.',
          'A recommendation must belong to a plan. Use kind "other" for initiatives outside a plan.',
        ),
      ]
    : [];
}
