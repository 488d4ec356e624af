/** Progress of a plan or the whole portfolio, computed by the domain engine and cached by data revision. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { notFound } from '../../domain/problem';
import { MAX_ID } from '../../schemas/common';
import { reasonText, statusLabel, type Lang } from '../../domain/engine';
import { fillSentence } from '../../domain/format';
import { TARGET_STATUSES, type TargetStatus } from '../../domain/types';
import { currentRevision } from '../../store/audit';
import type { DB } from '../../store/schema';
import { evaluateInputs } from './evaluate';
import { loadEngineInputs, type EngineInputs } from './repository';
import type { Progress } from '../../schemas/progress';

/** Today's date in Copenhagen, `YYYY-MM-DD`. */
export function todayInCopenhagen(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** Compute the progress view from loaded inputs (pure); labels and reasons in `lang`. */
export function computeProgress(
  inputs: EngineInputs,
  asOf: string,
  plan: Progress['plan'],
  lang: Lang = 'da',
): Progress {
  const summary = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  const initiatives = evaluateInputs(inputs, asOf).initiatives.map((e) => {
    if (e.initiative.kind === 'recommendation') summary[e.status] += 1;
    return {
      ...e.initiative,
      computedStatus: e.computedStatus,
      status: e.status,
      statusLabel: statusLabel(e.status, lang),
      isAssessment: e.initiative.assessment !== null,
      targets: e.targets.map(({ target: t, result: tr }) => ({
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
        statusLabel: statusLabel(tr.status, lang),
        // The engine's reason is Danish; the English twin is written from the same result.
        reason: lang === 'da' ? tr.reason : reasonText(lang, t, tr),
      })),
    };
  });
  return { asOf, plan, summary, initiatives };
}

interface CacheEntry {
  /** Loaded on first need. */
  inputs: EngineInputs | null;
  /** Serialised responses by language and as-of date ("en 2018-06-01"). */
  bodies: Map<string, Buffer>;
}

/** Per database: the revision the cache belongs to, plan references by id or slug, and entries by scope. */
interface DbCache {
  revision: number;
  planRefs: Map<string, Progress['plan']>;
  scopes: Map<string, CacheEntry>;
}

/** How many as-of dates per scope keep a serialised response. */
const MAX_BODIES = 32;

/**
 * Engine inputs and serialised responses per (database, scope), reused while the data revision is unchanged. Every
 * write bumps the revision in its own transaction, so nothing cached is served after a change has committed; a
 * warm request costs one read of the revision.
 */
const caches = new WeakMap<Kysely<DB>, DbCache>();

async function dbCache(db: Kysely<DB>): Promise<DbCache> {
  const revision = await currentRevision(db);
  const hit = caches.get(db);
  if (hit && hit.revision === revision) return hit;
  const fresh = {
    revision,
    planRefs: new Map<string, Progress['plan']>(),
    scopes: new Map<string, CacheEntry>(),
  };
  caches.set(db, fresh);
  return fresh;
}

async function entryFor(db: Kysely<DB>, cache: DbCache, planId: number | null): Promise<CacheEntry> {
  const key = String(planId);
  let entry = cache.scopes.get(key);
  if (!entry) cache.scopes.set(key, (entry = { inputs: null, bodies: new Map<string, Buffer>() }));
  entry.inputs ??= await loadEngineInputs(db, planId);
  return entry;
}

/** The progress view as JSON bytes, computed once per scope, as-of date and data revision. */
async function cachedBody(
  db: Kysely<DB>,
  cache: DbCache,
  plan: Progress['plan'],
  asOf: string,
  lang: Lang,
): Promise<Buffer> {
  const entry = await entryFor(db, cache, plan?.id ?? null);
  const key = `${lang} ${asOf}`;
  const hit = entry.bodies.get(key);
  if (hit) return hit;
  const body = Buffer.from(JSON.stringify(computeProgress(entry.inputs!, asOf, plan, lang)), 'utf8');
  if (entry.bodies.size >= MAX_BODIES) entry.bodies.delete(entry.bodies.keys().next().value!);
  entry.bodies.set(key, body);
  return body;
}

async function cachedPlanRef(db: Kysely<DB>, cache: DbCache, idOrSlug: string): Promise<Progress['plan']> {
  let plan = cache.planRefs.get(idOrSlug);
  if (plan === undefined) cache.planRefs.set(idOrSlug, (plan = await findPlanRef(db, idOrSlug)));
  return plan;
}

/** Progress of one plan as JSON bytes (the HTTP route's fast path). */
export async function planProgressJson(
  db: Kysely<DB>,
  ctx: RequestContext,
  idOrSlug: string,
  asOf: string = todayInCopenhagen(),
): Promise<Buffer> {
  ctx.authorize('plan:read');
  const cache = await dbCache(db);
  return cachedBody(db, cache, await cachedPlanRef(db, cache, idOrSlug), asOf, ctx.lang);
}

/** Progress of the whole portfolio as JSON bytes. */
export async function portfolioProgressJson(
  db: Kysely<DB>,
  ctx: RequestContext,
  asOf: string = todayInCopenhagen(),
): Promise<Buffer> {
  ctx.authorize('plan:read');
  return cachedBody(db, await dbCache(db), null, asOf, ctx.lang);
}

/** Find a plan by numeric id or slug; an all-digit slug ("2018") is found when no plan has that id. */
export async function findPlanRef(db: Kysely<DB>, idOrSlug: string): Promise<Progress['plan']> {
  const q = db.selectFrom('plans').select(['id', 'slug', 'title']);
  // Ids beyond the integer column's range cannot exist and must not reach PostgreSQL.
  const asId = /^\d+$/.test(idOrSlug) && Number(idOrSlug) <= MAX_ID ? Number(idOrSlug) : null;
  const byId = asId === null ? undefined : await q.where('id', '=', asId).executeTakeFirst();
  const row = byId ?? (await q.where('slug', '=', idOrSlug).executeTakeFirst());
  if (!row) throw notFound('Handleplan', 'Plan', idOrSlug);
  return row;
}

/** Progress of one plan (by id or slug) as of a date, in the context's language. */
export async function planProgress(
  db: Kysely<DB>,
  ctx: RequestContext,
  idOrSlug: string,
  asOf: string = todayInCopenhagen(),
): Promise<Progress> {
  ctx.authorize('plan:read');
  const cache = await dbCache(db);
  const plan = await cachedPlanRef(db, cache, idOrSlug);
  return computeProgress((await entryFor(db, cache, plan!.id)).inputs!, asOf, plan, ctx.lang);
}
