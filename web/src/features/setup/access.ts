/** Who is offered the set-up pages (the server still decides each write). */
import type { Me } from '../../api/types';
import { may } from '../auth/permissions';

/**
 * Whether the person may create a plan: administrators, and coordinators of any plan (who then coordinate the new
 * one as well).
 */
export const mayCreatePlan = (me: Me | null | undefined) => may(me, 'plan:create', {});

/** Whether the person may set up something of the plan: its fields or its initiatives. */
export const maySetUpPlan = (me: Me | null | undefined, planId: number) =>
  may(me, 'plan:write', { planId }) || may(me, 'initiative:write', { planId });

/**
 * Whether the initiative's set-up page has something for the person: its fields, targets, funding or assessment,
 * or — for an owner — the measurements of a target counted by hand (`handCounted`).
 */
export function maySetUpInitiative(
  me: Me | null | undefined,
  scope: { planId: number | null; initiativeId: number },
  handCounted: boolean,
): boolean {
  const writes = ['initiative:write', 'target:write', 'funding:write', 'assessment:write'] as const;
  return writes.some((p) => may(me, p, scope)) || (handCounted && may(me, 'measurement:write', scope));
}
