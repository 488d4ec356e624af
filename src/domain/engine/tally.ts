/**
 * The engine's tallies per metric family: what done activities add up to as of a date (actual) and what planned
 * ones are expected to add by the target's due date (expected). Pure.
 */
import type { Activity, IsoDate, Measurement, ShareFigures, Target, VenueRef } from '../types';

/** What the engine needs besides targets and activities. */
export interface EngineContext {
  venues: ReadonlyMap<number, VenueRef>;
  asOf: IsoDate;
}

export interface Tally {
  /** null when the metric cannot be computed (no measurement, no population). */
  actual: number | null;
  expected: number;
  /** Whether anything at all (done or planned activity, measurement) bears on the target. */
  hasData: boolean;
  /** Why actual is null, in Danish. */
  missing?: string;
  /** For a share with a population: the people counted and the population. */
  share?: ShareFigures;
}

/** A done activity counts once its period has ended on or before the as-of date. */
export function isDoneBy(a: Activity, asOf: IsoDate): boolean {
  return a.state === 'done' && a.period.to <= asOf;
}

/**
 * A planned activity that should have ended before the as-of date but is still planned: it was not done (or not
 * registered as done), so it never counts in a forecast and is never listed as planned.
 */
export function isOverdue(a: Activity, asOf: IsoDate): boolean {
  return a.state === 'planned' && a.period.to < asOf;
}

/**
 * A planned activity counts toward expected when it ends between the as-of date and the target's due date (both
 * included): one that ends later cannot help the target, one that ended earlier is overdue.
 */
export function isPlannedWithin(
  a: Pick<Activity, 'state' | 'period'>,
  asOf: IsoDate,
  dueDate: IsoDate,
): boolean {
  return a.state === 'planned' && a.period.to >= asOf && a.period.to <= dueDate;
}

function isPlannedFor(a: Activity, target: Target, asOf: IsoDate): boolean {
  return isPlannedWithin(a, asOf, target.dueDate);
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
  const planned = relevant
    .filter((a) => isPlannedFor(a, target, asOf))
    .reduce((s, a) => s + reachOf(a, target), 0);
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
  const doneActs = relevant.filter((a) => isDoneBy(a, ctx.asOf));
  const done = venuesOf(doneActs);
  // Unnamed venues (a memo's "nået ud til 3 friskoler") cannot be told apart, so each counts once.
  const unnamed = doneActs.reduce((s, a) => s + (a.unnamedVenues ?? 0), 0);
  const planned = venuesOf(relevant.filter((a) => isPlannedFor(a, target, ctx.asOf)));
  const added = [...planned].filter((id) => !done.has(id)).length;
  const any = relevant.some(
    (a) => a.state !== 'cancelled' && (venuesOf([a]).size > 0 || (a.unnamedVenues ?? 0) > 0),
  );
  return { actual: done.size + unnamed, expected: added, hasData: any };
}

function countTally(target: Target, acts: Activity[], asOf: IsoDate): Tally {
  const relevant = acts.filter((a) => kindMatches(a, target));
  const sum = (list: Activity[]): number => list.reduce((s, a) => s + a.occurrences, 0);
  return {
    actual: sum(relevant.filter((a) => isDoneBy(a, asOf))),
    expected: sum(relevant.filter((a) => isPlannedFor(a, target, asOf))),
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

export function tally(
  target: Target,
  acts: Activity[],
  ms: readonly Measurement[],
  ctx: EngineContext,
): Tally {
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
      // A share counts people: neither the people reached nor the forecast can exceed the population.
      const count = Math.min(t.done, pop);
      const expected = Math.min(t.planned, pop - count);
      const pct = (n: number): number => (n * 100) / pop;
      return {
        actual: pct(count),
        expected: pct(expected),
        hasData: t.any,
        share: { count, population: pop, expected },
      };
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
