/** Progress of a plan or the whole portfolio, computed by the domain engine and cached by data revision. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../api/context';
import { notFound } from '../../api/problem';
import { evaluateInitiatives, statusLabel } from '../../domain/engine';
import { fillSentence } from '../../domain/format';
import { TARGET_STATUSES, type TargetStatus } from '../../domain/types';
import { currentRevision } from '../../store/audit';
import type { DB } from '../../store/schema';
import { loadEngineInputs, type EngineInputs } from './repository';
import type { Progress } from './schema';

/** Today's date in Copenhagen, `YYYY-MM-DD`. */
export function todayInCopenhagen(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** Compute the progress view from loaded inputs (pure). */
export function computeProgress(inputs: EngineInputs, asOf: string, plan: Progress['plan']): Progress {
  const results = evaluateInitiatives(
    inputs.initiatives,
    inputs.targets,
    inputs.activities,
    inputs.measurements,
    {
      venues: inputs.venues,
      asOf,
    },
  );
  const targetById = new Map(inputs.targets.map((t) => [t.id, t]));
  const summary = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  const initiatives = inputs.initiatives.map((i, n) => {
    const r = results[n];
    if (i.kind === 'recommendation') summary[r.status] += 1;
    return {
      ...i,
      computedStatus: r.computedStatus,
      status: r.status,
      statusLabel: statusLabel(r.status),
      isAssessment: r.assessment !== null,
      targets: r.targets.map((tr) => {
        const t = targetById.get(tr.targetId)!;
        return {
          id: t.id,
          metricKind: t.metric.kind,
          comparator: t.comparator,
          value: t.value,
          unitLabel: t.unitLabel,
          dueDate: t.dueDate,
          sentence: fillSentence(t.sentence, t.value),
          actual: tr.actual,
          expected: tr.expected,
          forecast: tr.forecast,
          progress: tr.progress,
          status: tr.status,
          statusLabel: statusLabel(tr.status),
          reason: tr.reason,
        };
      }),
    };
  });
  return { asOf, plan, summary, initiatives };
}

interface CacheEntry {
  revision: number;
  inputs: EngineInputs;
}

/**
 * Engine inputs per (database, scope), reused while the data revision is unchanged. Every write bumps the revision
 * in its own transaction, so a cached entry is never served after a change has committed.
 */
const inputCache = new WeakMap<Kysely<DB>, Map<string, CacheEntry>>();

async function cachedInputs(db: Kysely<DB>, planId: number | null): Promise<EngineInputs> {
  const revision = await currentRevision(db);
  let perDb = inputCache.get(db);
  if (!perDb) inputCache.set(db, (perDb = new Map<string, CacheEntry>()));
  const key = String(planId);
  const hit = perDb.get(key);
  if (hit && hit.revision === revision) return hit.inputs;
  const inputs = await loadEngineInputs(db, planId);
  perDb.set(key, { revision, inputs });
  return inputs;
}

/** Find a plan by numeric id or slug. */
export async function findPlanRef(db: Kysely<DB>, idOrSlug: string): Promise<Progress['plan']> {
  const q = db.selectFrom('plans').select(['id', 'slug', 'title']);
  const row = /^\d+$/.test(idOrSlug)
    ? await q.where('id', '=', Number(idOrSlug)).executeTakeFirst()
    : await q.where('slug', '=', idOrSlug).executeTakeFirst();
  if (!row) throw notFound('Handleplan', 'Plan', idOrSlug);
  return row;
}

/** Progress of one plan (by id or slug) as of a date. */
export async function planProgress(
  db: Kysely<DB>,
  ctx: RequestContext,
  idOrSlug: string,
  asOf: string = todayInCopenhagen(),
): Promise<Progress> {
  ctx.authorize('plan:read');
  const plan = await findPlanRef(db, idOrSlug);
  return computeProgress(await cachedInputs(db, plan!.id), asOf, plan);
}

/** Progress of every initiative in the database as of a date. */
export async function portfolioProgress(
  db: Kysely<DB>,
  ctx: RequestContext,
  asOf: string = todayInCopenhagen(),
): Promise<Progress> {
  ctx.authorize('plan:read');
  return computeProgress(await cachedInputs(db, null), asOf, null);
}
