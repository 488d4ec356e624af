/**
 * The chart of an initiative's targets: the engine's actual at each date where it can change (the end dates of done
 * activities, measurement dates), and from the as-of date on the forecast as planned activities come due. Every
 * figure is the one plan evaluation's (`evaluateInputs`) on inputs loaded once, so the chart cannot disagree with
 * the progress view.
 */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { notFound } from '../../domain/problem';
import type { TargetResult } from '../../domain/types';
import type { InitiativeSeries, SeriesPoint } from '../../schemas/series';
import type { DB } from '../../store/schema';
import { evaluateInputs } from './evaluate';
import { loadEngineInputs, type EngineInputs } from './repository';
import { todayInCopenhagen } from './service';

type Results = Map<number, TargetResult>;

function resultsOf(inputs: EngineInputs, asOf: string): Results {
  const evaluation = evaluateInputs(inputs, asOf);
  return new Map(evaluation.initiatives.flatMap((i) => i.targets.map((t) => [t.target.id, t.result])));
}

/** Memoise an evaluation per date: targets share their dates, and each date is evaluated once. */
function perDate(evaluate: (date: string) => Results): (date: string) => Results {
  const seen = new Map<string, Results>();
  return (date) => {
    let r = seen.get(date);
    if (!r) seen.set(date, (r = evaluate(date)));
    return r;
  };
}

/**
 * The series of an initiative's targets as of a date (pure). `actual` at a date on or before the as-of date is the
 * engine's actual as of that date; `forecast` at a date on or after it is the engine's forecast as of the as-of date
 * counting only the planned activities that end by that date, so at the due date it equals the progress view's.
 */
export function computeSeries(inputs: EngineInputs, initiativeId: number, asOf: string): InitiativeSeries {
  const own = inputs.activities.filter((a) => a.initiativeId === initiativeId && a.state !== 'cancelled');
  const actualAt = perDate((date) => resultsOf(inputs, date));
  const forecastBy = perDate((date) =>
    resultsOf(
      {
        ...inputs,
        activities: inputs.activities.filter((a) => a.state !== 'planned' || a.period.to <= date),
      },
      asOf,
    ),
  );
  const activityDates = own.map((a) => a.period.to);
  const targets = inputs.targets
    .filter((t) => t.initiativeId === initiativeId)
    .map((t) => {
      const last = t.dueDate > asOf ? t.dueDate : asOf;
      const measured = inputs.measurements.filter((m) => m.targetId === t.id).map((m) => m.asOf);
      const dates = [...new Set([...activityDates, ...measured, asOf, t.dueDate])]
        .filter((d) => d <= last)
        .sort();
      const points = dates.map((date): SeriesPoint => ({
        date,
        actual: date <= asOf ? (actualAt(date).get(t.id)?.actual ?? null) : null,
        forecast: date >= asOf ? (forecastBy(date).get(t.id)?.forecast ?? null) : null,
      }));
      return {
        targetId: t.id,
        metricKind: t.metric.kind,
        comparator: t.comparator,
        value: t.value,
        unitLabel: t.unitLabel,
        dueDate: t.dueDate,
        points,
      };
    });
  return { initiativeId, asOf, targets };
}

/** The series of an initiative's targets, its inputs loaded once; 404 for an unknown initiative. */
export async function initiativeSeries(
  db: Kysely<DB>,
  ctx: RequestContext,
  initiativeId: number,
  asOf: string = todayInCopenhagen(),
): Promise<InitiativeSeries> {
  ctx.authorize('plan:read');
  const row = await db
    .selectFrom('initiatives')
    .select('planId')
    .where('id', '=', initiativeId)
    .executeTakeFirst();
  if (!row) throw notFound('Indsats', 'Initiative', initiativeId);
  return computeSeries(await loadEngineInputs(db, row.planId, initiativeId), initiativeId, asOf);
}
