/**
 * The target engine: computes actual, expected, forecast, progress and status for a target as of a date.
 * Pure: the server, the memo, the CLI and the browser call these same functions.
 */
import { formatDate, formatNumber, formatPercent } from './format';
import { STATUS_LABELS_DA, worstStatus } from './status';
import type {
  Activity,
  Assessment,
  InitiativeResult,
  IsoDate,
  Measurement,
  Target,
  TargetResult,
  TargetStatus,
  VenueRef,
} from './types';

/** What the engine needs besides targets and activities. */
export interface EngineContext {
  venues: ReadonlyMap<number, VenueRef>;
  asOf: IsoDate;
}

interface Tally {
  /** null when the metric cannot be computed (no measurement, no population). */
  actual: number | null;
  expected: number;
  /** Whether anything at all (done or planned activity, measurement) bears on the target. */
  hasData: boolean;
  /** Why actual is null, in Danish. */
  missing?: string;
}

/** A done activity counts once its period has ended on or before the as-of date. */
export function isDoneBy(a: Activity, asOf: IsoDate): boolean {
  return a.state === 'done' && a.period.to <= asOf;
}

/** A planned activity counts toward expected when it ends on or before the target's due date. */
function isPlannedFor(a: Activity, target: Target): boolean {
  return a.state === 'planned' && a.period.to <= target.dueDate;
}

function kindMatches(a: Activity, target: Target): boolean {
  const kinds = target.metric.activityKinds;
  return kinds.length === 0 || kinds.includes(a.kind);
}

function reachOf(a: Activity, target: Target): number {
  const groups = target.metric.targetGroupIds;
  return a.reach
    .filter((r) => groups.length === 0 || groups.includes(r.targetGroupId))
    .reduce((sum, r) => sum + r.count, 0);
}

function hasReach(a: Activity, target: Target): boolean {
  const groups = target.metric.targetGroupIds;
  return a.reach.some((r) => groups.length === 0 || groups.includes(r.targetGroupId));
}

function reachTally(
  target: Target,
  acts: Activity[],
  asOf: IsoDate,
): { done: number; planned: number; any: boolean } {
  const relevant = acts.filter((a) => kindMatches(a, target) && hasReach(a, target));
  const done = relevant.filter((a) => isDoneBy(a, asOf)).reduce((s, a) => s + reachOf(a, target), 0);
  const planned = relevant.filter((a) => isPlannedFor(a, target)).reduce((s, a) => s + reachOf(a, target), 0);
  const any = relevant.some((a) => a.state !== 'cancelled');
  return { done, planned, any };
}

function venueTally(target: Target, acts: Activity[], ctx: EngineContext): Tally {
  const kinds = target.metric.venueKinds;
  const venuesOf = (list: Activity[]): Set<number> =>
    new Set(
      list
        .flatMap((a) => a.venueIds)
        .filter((id) => {
          const v = ctx.venues.get(id);
          return v !== undefined && (kinds.length === 0 || kinds.includes(v.kind));
        }),
    );
  const relevant = acts.filter((a) => kindMatches(a, target));
  const done = venuesOf(relevant.filter((a) => isDoneBy(a, ctx.asOf)));
  const planned = venuesOf(relevant.filter((a) => isPlannedFor(a, target)));
  const added = [...planned].filter((id) => !done.has(id)).length;
  const any = relevant.some((a) => a.state !== 'cancelled' && venuesOf([a]).size > 0);
  return { actual: done.size, expected: added, hasData: any };
}

function countTally(target: Target, acts: Activity[], asOf: IsoDate): Tally {
  const relevant = acts.filter((a) => kindMatches(a, target));
  const sum = (list: Activity[]): number => list.reduce((s, a) => s + a.occurrences, 0);
  return {
    actual: sum(relevant.filter((a) => isDoneBy(a, asOf))),
    expected: sum(relevant.filter((a) => isPlannedFor(a, target))),
    hasData: relevant.some((a) => a.state !== 'cancelled'),
  };
}

/** The latest measurement on or before the as-of date. */
export function latestMeasurement(
  target: Target,
  ms: readonly Measurement[],
  asOf: IsoDate,
): Measurement | null {
  return ms
    .filter((m) => m.targetId === target.id && m.asOf <= asOf)
    .reduce<Measurement | null>((latest, m) => (latest === null || m.asOf >= latest.asOf ? m : latest), null);
}

function tally(target: Target, acts: Activity[], ms: readonly Measurement[], ctx: EngineContext): Tally {
  const kind = target.metric.kind;
  switch (kind) {
    case 'reach': {
      const t = reachTally(target, acts, ctx.asOf);
      return { actual: t.done, expected: t.planned, hasData: t.any };
    }
    case 'share': {
      const pop = target.metric.population;
      const t = reachTally(target, acts, ctx.asOf);
      if (pop === null || pop <= 0) {
        return {
          actual: null,
          expected: 0,
          hasData: false,
          missing: 'Der er ikke registreret en population.',
        };
      }
      const pct = (n: number): number => (n * 100) / pop;
      return { actual: pct(t.done), expected: pct(t.planned), hasData: t.any };
    }
    case 'venues':
      return venueTally(target, acts, ctx);
    case 'count':
      return countTally(target, acts, ctx.asOf);
    case 'milestone': {
      const t = countTally(target, acts, ctx.asOf);
      const m = latestMeasurement(target, ms, ctx.asOf);
      const done = (t.actual ?? 0) > 0 || (m !== null && m.value >= 1);
      const expected = !done && t.expected > 0 ? 1 : 0;
      return { actual: done ? 1 : 0, expected, hasData: t.hasData || m !== null };
    }
    case 'manual': {
      const m = latestMeasurement(target, ms, ctx.asOf);
      if (m === null)
        return { actual: null, expected: 0, hasData: false, missing: 'Der er ikke registreret en måling.' };
      return { actual: m.value, expected: 0, hasData: true };
    }
  }
}

/** Whether a value satisfies the target's comparator. */
export function satisfies(target: Target, value: number): boolean {
  // Round away float noise (e.g. 79.99999 pct.) before comparing.
  const v = Math.round(value * 1e9) / 1e9;
  return target.comparator === '>=' ? v >= target.value : v <= target.value;
}

/** Progress toward the target, 0 at start and 1 when reached. */
export function progressOf(target: Target, actual: number): number {
  if (target.comparator === '>=') {
    if (target.value <= 0) return actual >= target.value ? 1 : 0;
    return Math.max(0, actual / target.value);
  }
  if (target.baseline !== null && target.baseline !== target.value) {
    return Math.max(0, (target.baseline - actual) / (target.baseline - target.value));
  }
  return actual <= target.value ? 1 : 0;
}

function fmtValue(target: Target, v: number): string {
  return target.metric.kind === 'share'
    ? formatPercent(v)
    : `${formatNumber(v, 1)} ${target.unitLabel}`.trim();
}

function fmtTarget(target: Target): string {
  const word = target.comparator === '>=' ? 'mindst' : 'højst';
  return `${word} ${fmtValue(target, target.value)}`;
}

function reasonFor(status: TargetStatus, target: Target, t: Tally, forecast: number | null): string {
  const due = formatDate(target.dueDate);
  const actual = t.actual === null ? '' : fmtValue(target, t.actual);
  switch (status) {
    case 'met':
      return target.metric.kind === 'milestone'
        ? 'Opfyldt: milepælen er nået.'
        : sentence(`Opfyldt: ${actual} mod målet ${fmtTarget(target)}`);
    case 'not_met':
      return sentence(`Fristen ${due} er passeret, og ${actual} opfylder ikke målet ${fmtTarget(target)}`);
    case 'on_track':
      return sentence(
        `${capitalised(actual)} nu; med planlagte aktiviteter forventes ${fmtValue(target, forecast ?? 0)} inden ${due} mod målet ${fmtTarget(target)}`,
      );
    case 'at_risk':
      return t.expected > 0
        ? sentence(
            `${capitalised(actual)} nu; selv med planlagte aktiviteter forventes kun ${fmtValue(target, forecast ?? 0)} inden ${due} mod målet ${fmtTarget(target)}`,
          )
        : sentence(
            `${capitalised(actual)} nu, og ingen planlagte aktiviteter med forventet effekt inden ${due} mod målet ${fmtTarget(target)}`,
          );
    case 'no_data':
      return (
        t.missing ??
        sentence(`Der er ikke registreret aktiviteter, der tæller med i målet ${fmtTarget(target)}`)
      );
  }
}

/** End a sentence with one full stop, also after an abbreviation such as "pct.". */
function sentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

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

/** Danish label of a status. */
export function statusLabel(status: TargetStatus): string {
  return STATUS_LABELS_DA[status];
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
