/**
 * The target engine: computes actual, expected, forecast, progress and status for a target as of a date.
 * Pure: the server, the memo, the CLI and the browser call these same functions.
 */
import { STATUS_LABELS_DA, STATUS_LABELS_EN, worstStatus } from './status';
import { progressOf, reasonFor, satisfies } from './engine/reason';
import { tally, type EngineContext } from './engine/tally';
import type {
  Activity,
  Assessment,
  AssessmentSetAside,
  InitiativeResult,
  Measurement,
  Target,
  TargetResult,
  TargetStatus,
} from './types';

export { isDoneBy, isOverdue, isPlannedWithin, latestMeasurement, type EngineContext } from './engine/tally';
export { progressOf, reasonText, satisfies, type Lang } from './engine/reason';

/**
 * Evaluate one target as of `ctx.asOf`. `activities` are the target's initiative's activities; cancelled ones never
 * count, done ones count when they ended by the as-of date, planned ones count toward `expected` when they end by
 * the due date (and, for reach-based metrics, state an expected reach).
 */
export function evaluateTarget(
  target: Target,
  activities: readonly Activity[],
  measurements: readonly Measurement[],
  ctx: EngineContext,
): TargetResult {
  const acts = activities.filter((a) => a.initiativeId === target.initiativeId && a.state !== 'cancelled');
  const t = tally(target, acts, measurements, ctx);
  const forecast = t.actual === null ? null : t.actual + t.expected;
  const duePassed = ctx.asOf > target.dueDate;
  let status: TargetStatus;
  if (t.actual === null) status = 'no_data';
  else if (satisfies(target, t.actual)) status = 'met';
  else if (duePassed) status = 'not_met';
  else if (!t.hasData) status = 'no_data';
  else status = forecast !== null && satisfies(target, forecast) ? 'on_track' : 'at_risk';
  return {
    targetId: target.id,
    actual: t.actual,
    expected: t.expected,
    forecast,
    progress: t.actual === null ? null : progressOf(target, t.actual),
    status,
    reason: reasonFor(status, target, t, forecast),
    ...(t.share ? { share: t.share } : {}),
  };
}

/** Statuses that speak of the future: meaningless once every due date has passed. */
const FORWARD_LOOKING: readonly TargetStatus[] = ['on_track', 'at_risk'];

/**
 * Whether a person's assessment applies as of a date, and if not, why. An assessment applies from its date (the
 * day part of `at`), never as of an earlier date; and once the due dates of all the initiative's targets have
 * passed, an assessment that speaks of the future ("Forventes opfyldt", "Risiko for …") no longer applies: the
 * targets are then met or not, and the computation says which.
 */
export function assessmentApplies(
  assessment: Assessment,
  dueDates: readonly string[],
  asOf: string,
): { applies: true } | { applies: false; why: AssessmentSetAside } {
  const from = assessment.at.slice(0, 10);
  if (from !== '' && asOf < from) return { applies: false, why: 'before_assessment' };
  const allPassed = dueDates.length > 0 && dueDates.every((d) => asOf > d);
  if (allPassed && FORWARD_LOOKING.includes(assessment.status))
    return { applies: false, why: 'due_dates_passed' };
  return { applies: true };
}

/** Evaluate all targets of an initiative; its status is the worst of its targets' unless a person overrode it. */
export function evaluateInitiative(
  initiativeId: number,
  targets: readonly Target[],
  activities: readonly Activity[],
  measurements: readonly Measurement[],
  assessment: Assessment | null,
  ctx: EngineContext,
): InitiativeResult {
  const results = targets
    .filter((t) => t.initiativeId === initiativeId)
    .map((t) => evaluateTarget(t, activities, measurements, ctx));
  const own = targets.filter((t) => t.initiativeId === initiativeId);
  const computedStatus = worstStatus(results.map((r) => r.status));
  const verdict =
    assessment === null
      ? null
      : assessmentApplies(
          assessment,
          own.map((t) => t.dueDate),
          ctx.asOf,
        );
  const applied = assessment !== null && verdict?.applies === true ? assessment : null;
  return {
    initiativeId,
    computedStatus,
    status: applied?.status ?? computedStatus,
    assessment: applied,
    setAside: assessment !== null && verdict?.applies === false ? { assessment, why: verdict.why } : null,
    targets: results,
  };
}

/** The label of a status, in Danish unless English is asked for. */
export function statusLabel(status: TargetStatus, lang: 'da' | 'en' = 'da'): string {
  return (lang === 'en' ? STATUS_LABELS_EN : STATUS_LABELS_DA)[status];
}

function groupBy<T>(items: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Evaluate many initiatives at once. Activities, targets and measurements are grouped first, so the cost grows
 * with the data, not with initiatives × activities.
 */
export function evaluateInitiatives(
  initiatives: readonly { id: number; assessment: Assessment | null }[],
  targets: readonly Target[],
  activities: readonly Activity[],
  measurements: readonly Measurement[],
  ctx: EngineContext,
): InitiativeResult[] {
  const targetsBy = groupBy(targets, (t) => t.initiativeId);
  const activitiesBy = groupBy(activities, (a) => a.initiativeId);
  const measurementsBy = groupBy(measurements, (m) => m.targetId);
  return initiatives.map((i) => {
    const own = targetsBy.get(i.id) ?? [];
    const ms = own.flatMap((t) => measurementsBy.get(t.id) ?? []);
    return evaluateInitiative(i.id, own, activitiesBy.get(i.id) ?? [], ms, i.assessment, ctx);
  });
}
