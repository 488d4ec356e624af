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
  InitiativeResult,
  Measurement,
  Target,
  TargetResult,
  TargetStatus,
} from './types';

export { isDoneBy, latestMeasurement, type EngineContext } from './engine/tally';
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
  };
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
  const computedStatus = worstStatus(results.map((r) => r.status));
  return {
    initiativeId,
    computedStatus,
    status: assessment?.status ?? computedStatus,
    assessment,
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
