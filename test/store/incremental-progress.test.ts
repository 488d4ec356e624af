/**
 * Incremental progress: a change within an initiative (an activity, a target, a measurement, an assessment) reloads
 * only that initiative, and every cached view still equals a computation from scratch; any other change (a venue, an
 * initiative's title) or a gap in the change record reloads everything. Runs a fixed pseudo-random sequence of
 * writes on the demo data, checking every view after each.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, systemContext } from '../../src/auth/context';
import { loadDemo } from '../../src/demo/load';
import { activities } from '../../src/features/activities/resource';
import { setAssessment } from '../../src/features/initiatives/assessment';
import { initiatives } from '../../src/features/initiatives/resource';
import { measurements } from '../../src/features/measurements/resource';
import { loadEngineInputs } from '../../src/features/progress/repository';
import {
  computeProgress,
  findPlanRef,
  planProgressJson,
  portfolioProgressJson,
  progressCacheStats,
} from '../../src/features/progress/service';
import { venues } from '../../src/features/reference/resources';
import { resourceService } from '../../src/features/shared/service';
import { targets } from '../../src/features/targets/resource';
import { afterCommit, currentRevision } from '../../src/store/audit';
import { openDatabase, type Database } from '../../src/store/database';
import { revisionReader } from '../../src/store/revision';
import { freshDatabase, freshDatabaseUrl } from '../db';

let d: Database;
const ctx = systemContext('test');
const en = { ...contextFor(ctx.principal, null, 'en') };
const activitySvc = resourceService(activities);
const targetSvc = resourceService(targets);
const measurementSvc = resourceService(measurements);
const initiativeSvc = resourceService(initiatives);
const venueSvc = resourceService(venues);

let planSlug: string;
let initiativeIds: number[];
let groupIds: number[];
let manualTargetIds: number[];

beforeAll(async () => {
  d = await freshDatabase();
  await loadDemo(d.db, ctx);
  const plan = await d.db.selectFrom('plans').select(['id', 'slug']).orderBy('id').executeTakeFirstOrThrow();
  planSlug = plan.slug;
  initiativeIds = (
    await d.db.selectFrom('initiatives').select('id').where('planId', '=', plan.id).orderBy('id').execute()
  ).map((r) => r.id);
  groupIds = (await d.db.selectFrom('targetGroups').select('id').orderBy('id').execute()).map((r) => r.id);
  manualTargetIds = (
    await d.db.selectFrom('targets').select('id').where('metricKind', 'in', ['manual', 'share']).execute()
  ).map((r) => r.id);
});
afterAll(async () => {
  await d.close();
});

/** Deterministic pseudo-random numbers (the sequence is the same on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DATES = ['2018-06-01', '2018-09-01', '2019-06-30'];

/** Every view the cache keeps equals the view computed from freshly loaded inputs. */
async function expectViewsFresh(): Promise<void> {
  const plan = await findPlanRef(d.db, planSlug);
  const planInputs = await loadEngineInputs(d.db, plan!.id);
  const allInputs = await loadEngineInputs(d.db, null);
  for (const asOf of DATES) {
    for (const c of [ctx, en]) {
      const cached = (await planProgressJson(d.db, c, planSlug, asOf)).toString('utf8');
      expect(cached).toBe(JSON.stringify(computeProgress(planInputs, asOf, plan, c.lang)));
      const portfolio = (await portfolioProgressJson(d.db, c, asOf)).toString('utf8');
      expect(portfolio).toBe(JSON.stringify(computeProgress(allInputs, asOf, null, c.lang)));
    }
  }
}

describe('incremental progress', () => {
  it('reloads only the initiative a change touched, and every view equals a full computation', async () => {
    await expectViewsFresh();
    const random = rng(20261203);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const created: { id: number; version: number }[] = [];
    for (let step = 0; step < 30; step++) {
      const before = progressCacheStats(d.db);
      const op = step % 6;
      if (op === 0 || op === 3) {
        const done = random() < 0.6;
        const day = `2018-0${1 + Math.floor(random() * 9)}-15`;
        created.push(
          await activitySvc.create(
            d.db,
            ctx,
            activities.schemas.create.parse({
              initiativeId: pick(initiativeIds),
              state: done ? 'done' : 'planned',
              kind: 'workshop',
              title: `Workshop ${step}`,
              dateFrom: day,
              dateTo: day,
              reach: [{ targetGroupId: pick(groupIds), count: 1 + Math.floor(random() * 400) }],
            }),
          ),
        );
      } else if (op === 1 && created.length > 0) {
        const a = created[created.length - 1];
        const updated = await activitySvc.update(d.db, ctx, a.id, {
          version: a.version,
          state: 'done',
          reach: [{ targetGroupId: pick(groupIds), count: 1 + Math.floor(random() * 400) }],
        });
        created[created.length - 1] = updated;
      } else if (op === 2 && created.length > 1) {
        const a = created.shift()!;
        await activitySvc.remove(d.db, ctx, a.id, a.version);
      } else if (op === 4 && manualTargetIds.length > 0) {
        await measurementSvc.create(
          d.db,
          ctx,
          measurements.schemas.create.parse({
            targetId: pick(manualTargetIds),
            value: Math.floor(random() * 100),
            asOf: '2018-08-01',
          }),
        );
      } else {
        const id = pick(initiativeIds);
        const initiative = await initiativeSvc.get(d.db, ctx, id);
        await setAssessment(
          d.db,
          ctx,
          id,
          random() < 0.5 ? { status: 'at_risk', reason: 'Vurderet i test.' } : null,
          initiative.version,
        );
      }
      await expectViewsFresh();
      const after = progressCacheStats(d.db);
      // A change within one or two initiatives: no scope was loaded again.
      expect(after.scopeLoads).toBe(before.scopeLoads);
      expect(after.initiativeReloads - before.initiativeReloads).toBeGreaterThan(0);
      expect(after.initiativeReloads - before.initiativeReloads).toBe(1);
    }
  });

  it('reloads only the changed initiative after a target changes', async () => {
    await expectViewsFresh();
    const before = progressCacheStats(d.db);
    const t = await d.db
      .selectFrom('targets')
      .select(['id', 'version', 'value'])
      .where('metricKind', '=', 'reach')
      .executeTakeFirstOrThrow();
    await targetSvc.update(d.db, ctx, t.id, { version: t.version, value: t.value + 1000 });
    await expectViewsFresh();
    const after = progressCacheStats(d.db);
    expect(after.scopeLoads).toBe(before.scopeLoads);
    expect(after.initiativeReloads - before.initiativeReloads).toBe(1);
  });

  it('reloads everything when an activity moves to another initiative', async () => {
    await expectViewsFresh();
    const before = progressCacheStats(d.db);
    const a = await d.db
      .selectFrom('activities')
      .select(['id', 'version', 'initiativeId'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const to = initiativeIds.find((id) => id !== a.initiativeId)!;
    await activitySvc.update(d.db, ctx, a.id, { version: a.version, initiativeId: to });
    await expectViewsFresh();
    expect(progressCacheStats(d.db).scopeLoads).toBeGreaterThan(before.scopeLoads);
  });

  it('reloads everything after a change outside initiatives (a venue, an initiative’s title)', async () => {
    await expectViewsFresh();
    let before = progressCacheStats(d.db);
    await venueSvc.create(
      d.db,
      ctx,
      venues.schemas.create.parse({ name: 'Ny skole i test', kind: 'folkeskole' }),
    );
    await expectViewsFresh();
    expect(progressCacheStats(d.db).scopeLoads).toBeGreaterThan(before.scopeLoads);

    before = progressCacheStats(d.db);
    const i = await initiativeSvc.get(d.db, ctx, initiativeIds[0]);
    await initiativeSvc.update(d.db, ctx, i.id, { version: i.version, title: `${i.title} (ændret)` });
    await expectViewsFresh();
    expect(progressCacheStats(d.db).scopeLoads).toBeGreaterThan(before.scopeLoads);
  });

  it('reloads everything when the change record has a gap', async () => {
    await expectViewsFresh();
    const before = progressCacheStats(d.db);
    // A revision with no record of what it changed, neither in the table nor in a notification: as after pruning,
    // or from before the record existed.
    await d.db
      .updateTable('revision')
      .set({ value: sql<number>`value + 1` })
      .where('id', '=', 1)
      .execute();
    afterCommit(d.db);
    await expectViewsFresh();
    expect(progressCacheStats(d.db).scopeLoads).toBeGreaterThan(before.scopeLoads);
  });
});

describe('incremental progress across processes', () => {
  it('takes in a write made through another connection to the database, reloading only what it touched', async () => {
    const { url, remove } = await freshDatabaseUrl();
    const a = await openDatabase({ url });
    const b = await openDatabase({ url, migrate: false });
    try {
      await loadDemo(a.db, ctx);
      const plan = await a.db.selectFrom('plans').select(['id', 'slug']).executeTakeFirstOrThrow();
      const initiative = await a.db
        .selectFrom('initiatives')
        .select('id')
        .where('planId', '=', plan.id)
        .where('kind', '=', 'recommendation')
        .orderBy('number')
        .executeTakeFirstOrThrow();
      const view = async (db: Database) =>
        (await planProgressJson(db.db, ctx, plan.slug, '2018-09-01')).toString('utf8');
      await view(a);
      const before = progressCacheStats(a.db);
      const from = await currentRevision(a.db);
      await resourceService(activities).create(
        b.db,
        ctx,
        activities.schemas.create.parse({
          initiativeId: initiative.id,
          state: 'done',
          kind: 'workshop',
          title: 'Workshop fra en anden proces',
          dateFrom: '2018-05-01',
          dateTo: '2018-05-01',
          reach: [
            {
              targetGroupId: (await a.db.selectFrom('targetGroups').select('id').executeTakeFirstOrThrow())
                .id,
              count: 48,
            },
          ],
        }),
      );
      const to = await currentRevision(b.db);
      // The other connection's commit reaches this one: at once on SQLite (the same file), by NOTIFY on PostgreSQL.
      const deadline = Date.now() + 2000;
      while ((await currentRevision(a.db)) < to && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      expect(await currentRevision(a.db)).toBe(to);
      if (a.dialect === 'postgres') {
        // The notification told what the revision touched: no query is needed to catch up.
        expect(revisionReader(a.db)?.changes?.(from, to)).toEqual(new Set([initiative.id]));
      }
      const inputs = await loadEngineInputs(a.db, plan.id);
      expect(await view(a)).toBe(
        JSON.stringify(computeProgress(inputs, '2018-09-01', await findPlanRef(a.db, plan.slug), 'da')),
      );
      const after = progressCacheStats(a.db);
      expect(after.scopeLoads).toBe(before.scopeLoads);
      expect(after.initiativeReloads - before.initiativeReloads).toBe(1);
    } finally {
      await b.close();
      await a.close();
      await remove();
    }
  });
});
