/** Progress of a plan or the whole portfolio, computed by the domain engine and kept current change by change. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { notFound } from '../../domain/problem';
import { MAX_ID } from '../../schemas/common';
import { reasonText, statusLabel, type Lang } from '../../domain/engine';
import { fillSentence } from '../../domain/format';
import { TARGET_STATUSES, type TargetStatus } from '../../domain/types';
import { currentRevision } from '../../store/audit';
import { changesBetween, type Changes } from '../../store/changes';
import type { DB } from '../../store/schema';
import { evaluateInputs } from './evaluate';
import { loadEngineInputs, type EngineInputs, type ProgressInitiative } from './repository';
import type { Progress } from '../../schemas/progress';

/** Today's date in Copenhagen, `YYYY-MM-DD`. */
export function todayInCopenhagen(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

type InitiativeView = Progress['initiatives'][number];

/** The progress view of each initiative of loaded inputs (pure); labels and reasons in `lang`. */
function initiativeViews(inputs: EngineInputs, asOf: string, lang: Lang): InitiativeView[] {
  return evaluateInputs(inputs, asOf).initiatives.map((e) => ({
    ...e.initiative,
    computedStatus: e.computedStatus,
    status: e.status,
    statusLabel: statusLabel(e.status, lang),
    // Only an assessment that applies as of the date is shown (it applies from its date, and not beyond due dates).
    assessment: e.assessment,
    isAssessment: e.assessment !== null,
    targets: e.targets.map(({ target: t, result: tr }) => ({
      id: t.id,
      metricKind: t.metric.kind,
      comparator: t.comparator,
      value: t.value,
      unitLabel: t.unitLabel,
      dueDate: t.dueDate,
      sentence: fillSentence(t.sentence, t.value),
      actual: tr.actual,
      shareCount: tr.share?.count ?? null,
      population: t.metric.kind === 'share' ? t.metric.population : null,
      expected: tr.expected,
      forecast: tr.forecast,
      progress: tr.progress,
      status: tr.status,
      statusLabel: statusLabel(tr.status, lang),
      // The engine's reason is Danish; the English twin is written from the same result.
      reason: lang === 'da' ? tr.reason : reasonText(lang, t, tr),
    })),
  }));
}

/** Initiatives per status; only recommendations count ("øvrige indsatser" have no targets to meet). */
function summaryOf(items: readonly { kind: string; status: TargetStatus }[]): Progress['summary'] {
  const summary = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const i of items) if (i.kind === 'recommendation') summary[i.status] += 1;
  return summary;
}

/** Compute the progress view from loaded inputs (pure); labels and reasons in `lang`. */
export function computeProgress(
  inputs: EngineInputs,
  asOf: string,
  plan: Progress['plan'],
  lang: Lang = 'da',
): Progress {
  const initiatives = initiativeViews(inputs, asOf, lang);
  return { asOf, plan, summary: summaryOf(initiatives), initiatives };
}

/** One initiative's part of a serialised view: its JSON, and what the summary counts. */
interface Part {
  json: string;
  kind: string;
  status: TargetStatus;
}

/** A view for one language and as-of date: the parts per initiative, and the whole body once assembled. */
interface View {
  parts: Map<number, Part>;
  body: Buffer | null;
}

/** One initiative's share of a scope's inputs. */
interface Group {
  targets: EngineInputs['targets'];
  activities: EngineInputs['activities'];
  measurements: EngineInputs['measurements'];
}

/**
 * A scope's inputs kept per initiative, so a change patches and recomputes only what it touched; the flat inputs
 * the engine takes are assembled from the groups when a whole scope is computed, and kept until the next change.
 */
interface Held {
  initiatives: ProgressInitiative[];
  groups: Map<number, Group>;
  venues: EngineInputs['venues'];
  flat: EngineInputs | null;
}

/** A scope (a plan, or the portfolio): its inputs, their initiatives' ids, and its views. */
interface ScopeEntry {
  held: Held | null;
  ids: Set<number>;
  /** A load in flight, shared by the requests that wait for it. */
  loading: Promise<EngineInputs> | null;
  views: Map<string, View>;
}

/** Per database: the revision the cache reflects, plan references by id or slug, and entries by scope. */
interface DbCache {
  revision: number;
  /** Moves whenever the cache takes in a change; a load that began before it is used once, never stored. */
  generation: number;
  advancing: Promise<void> | null;
  planRefs: Map<string, Progress['plan']>;
  scopes: Map<string, ScopeEntry>;
  stats: ProgressCacheStats;
}

/** What the cache has loaded: whole scopes, and initiatives reloaded after a change within them. */
export interface ProgressCacheStats {
  scopeLoads: number;
  initiativeReloads: number;
}

/** How many as-of dates and languages per scope keep a view. */
const MAX_VIEWS = 32;

/**
 * Engine inputs and serialised views per (database, scope), kept current by the data revision: every write bumps it
 * in its own transaction and records what it touched (`revision_changes`). A change within initiatives (an activity,
 * a target, a measurement, an assessment) reloads and recomputes only those initiatives, so readers keep being
 * served while others write; any other change, or a gap in the record, reloads everything. Nothing cached is served
 * after a change has committed; a warm request costs one read of the revision.
 */
const caches = new WeakMap<Kysely<DB>, DbCache>();

function emptyCache(revision: number, generation = 0): DbCache {
  return {
    revision,
    generation,
    advancing: null,
    planRefs: new Map(),
    scopes: new Map(),
    stats: { scopeLoads: 0, initiativeReloads: 0 },
  };
}

/** The cache's counters for a database (what a test or an operator reads to see the incremental path work). */
export function progressCacheStats(db: Kysely<DB>): ProgressCacheStats {
  return { ...(caches.get(db)?.stats ?? { scopeLoads: 0, initiativeReloads: 0 }) };
}

async function dbCache(db: Kysely<DB>): Promise<DbCache> {
  const revision = await currentRevision(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = emptyCache(revision)));
  while (cache.revision < revision) {
    const c = cache;
    c.advancing ??= advance(db, c, revision).finally(() => {
      c.advancing = null;
    });
    await c.advancing;
  }
  // A lower revision than the cache's was read before a change this process has already taken in: serve the newer.
  return cache;
}

/** Bring the cache to revision `to`: reload only the initiatives the changes touched, or everything. */
async function advance(db: Kysely<DB>, cache: DbCache, to: number): Promise<void> {
  let changes: Changes;
  let slice: EngineInputs | null = null;
  try {
    changes = await changesBetween(db, cache.revision, to);
    if (changes !== 'all') {
      const touched = new Set<number>();
      for (const entry of cache.scopes.values())
        if (entry.held) for (const id of changes) if (entry.ids.has(id)) touched.add(id);
      if (touched.size > 0) {
        slice = await loadEngineInputs(db, null, [...touched], { venues: false });
        cache.stats.initiativeReloads += touched.size;
      }
    }
  } catch {
    changes = 'all';
  }
  // Applied in one synchronous step, so no request sees a half-changed cache.
  cache.generation += 1;
  cache.revision = Math.max(cache.revision, to);
  if (changes === 'all') {
    cache.planRefs.clear();
    cache.scopes.clear();
    return;
  }
  const fresh = slice ? groupsOf(slice) : null;
  for (const entry of cache.scopes.values()) {
    entry.loading = null;
    const held = entry.held;
    if (!held || !slice || !fresh) continue;
    const ids = [...changes].filter((id) => entry.ids.has(id));
    if (ids.length === 0) continue;
    const rows = new Map(slice.initiatives.map((i) => [i.id, i]));
    held.initiatives = held.initiatives.map((i) => rows.get(i.id) ?? i);
    for (const id of ids) held.groups.set(id, fresh.get(id) ?? emptyGroup());
    held.flat = null;
    for (const view of entry.views.values()) {
      for (const id of ids) view.parts.delete(id);
      view.body = null;
    }
  }
}

const emptyGroup = (): Group => ({ targets: [], activities: [], measurements: [] });

/** Loaded inputs grouped per initiative (in the order loaded). */
function groupsOf(inputs: EngineInputs): Map<number, Group> {
  const groups = new Map<number, Group>();
  for (const i of inputs.initiatives) groups.set(i.id, emptyGroup());
  const initiativeOfTarget = new Map<number, number>();
  for (const t of inputs.targets) {
    groups.get(t.initiativeId)?.targets.push(t);
    initiativeOfTarget.set(t.id, t.initiativeId);
  }
  for (const a of inputs.activities) groups.get(a.initiativeId)?.activities.push(a);
  for (const m of inputs.measurements) {
    const id = initiativeOfTarget.get(m.targetId);
    if (id !== undefined) groups.get(id)?.measurements.push(m);
  }
  return groups;
}

/** The engine's inputs for some of a scope's initiatives (the whole scope when given its own list). */
function inputsFrom(held: Held, initiatives: ProgressInitiative[]): EngineInputs {
  const all = initiatives === held.initiatives;
  if (all && held.flat) return held.flat;
  const targets: EngineInputs['targets'] = [];
  const activities: EngineInputs['activities'] = [];
  const measurements: EngineInputs['measurements'] = [];
  for (const i of initiatives) {
    const g = held.groups.get(i.id);
    if (!g) continue;
    for (const t of g.targets) targets.push(t);
    for (const a of g.activities) activities.push(a);
    for (const m of g.measurements) measurements.push(m);
  }
  const inputs = { initiatives, targets, activities, measurements, venues: held.venues };
  if (all) held.flat = inputs;
  return inputs;
}

/** A scope's inputs, loaded once; `held` is the cache's own (views may be kept), null for a one-off load. */
async function inputsOf(
  db: Kysely<DB>,
  cache: DbCache,
  planId: number | null,
): Promise<{ inputs: EngineInputs; entry: ScopeEntry; held: Held | null }> {
  const key = String(planId);
  let entry = cache.scopes.get(key);
  if (!entry)
    cache.scopes.set(key, (entry = { held: null, ids: new Set(), loading: null, views: new Map() }));
  if (entry.held) return { inputs: inputsFrom(entry.held, entry.held.initiatives), entry, held: entry.held };
  const generation = cache.generation;
  const e = entry;
  if (!e.loading) {
    e.loading = loadEngineInputs(db, planId);
    cache.stats.scopeLoads += 1;
  }
  const loading = e.loading;
  try {
    const inputs = await loading;
    // A change taken in while loading may not be in what was loaded: use it for this request only.
    if (cache.generation !== generation || cache.scopes.get(key) !== e)
      return { inputs, entry: e, held: null };
    e.held ??= {
      initiatives: inputs.initiatives,
      groups: groupsOf(inputs),
      venues: inputs.venues,
      flat: inputs,
    };
    e.ids = new Set(e.held.initiatives.map((i) => i.id));
    return { inputs: inputsFrom(e.held, e.held.initiatives), entry: e, held: e.held };
  } finally {
    if (e.loading === loading) e.loading = null;
  }
}

/** The progress view as JSON bytes: each initiative's part computed once per as-of date and change to it. */
async function cachedBody(
  db: Kysely<DB>,
  cache: DbCache,
  plan: Progress['plan'],
  asOf: string,
  lang: Lang,
): Promise<Buffer> {
  const { inputs, entry, held } = await inputsOf(db, cache, plan?.id ?? null);
  if (!held) return Buffer.from(JSON.stringify(computeProgress(inputs, asOf, plan, lang)), 'utf8');
  const key = `${lang} ${asOf}`;
  let view = entry.views.get(key);
  if (view?.body) return view.body;
  if (!view) {
    if (entry.views.size >= MAX_VIEWS) entry.views.delete(entry.views.keys().next().value!);
    entry.views.set(key, (view = { parts: new Map(), body: null }));
  }
  const missing = held.initiatives.filter((i) => !view.parts.has(i.id));
  if (missing.length > 0) {
    const sub = missing.length === held.initiatives.length ? inputs : inputsFrom(held, missing);
    for (const v of initiativeViews(sub, asOf, lang))
      view.parts.set(v.id, { json: JSON.stringify(v), kind: v.kind, status: v.status });
  }
  const parts = held.initiatives.map((i) => view.parts.get(i.id)!);
  // The same bytes as JSON.stringify(computeProgress(…)), assembled from the kept parts.
  const head = `{"asOf":${JSON.stringify(asOf)},"plan":${JSON.stringify(plan)},"summary":${JSON.stringify(summaryOf(parts))}`;
  view.body = Buffer.from(`${head},"initiatives":[${parts.map((p) => p.json).join(',')}]}`, 'utf8');
  return view.body;
}

async function cachedPlanRef(db: Kysely<DB>, cache: DbCache, idOrSlug: string): Promise<Progress['plan']> {
  let plan = cache.planRefs.get(idOrSlug);
  if (plan === undefined) {
    const generation = cache.generation;
    plan = await findPlanRef(db, idOrSlug);
    if (cache.generation === generation) cache.planRefs.set(idOrSlug, plan);
  }
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
  return computeProgress((await inputsOf(db, cache, plan!.id)).inputs, asOf, plan, ctx.lang);
}
