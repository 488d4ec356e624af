/**
 * Progress endpoint benchmark: the synthetic portfolio plus the seed plan on SQLite or PostgreSQL, measured over
 * HTTP with autocannon, side by side with a bare Fastify route that returns the same bytes (the ceiling).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/api/app';
import { systemContext } from '../src/auth/context';
import { seedPlan } from '../src/demo/seed-plan';
import { loadPlanDocument } from '../src/features/import/loader';
import { createToken } from '../src/features/tokens/service';
import { activities } from '../src/features/activities/resource';
import { resourceService } from '../src/features/shared/service';
import { afterCommit, bumpRevision } from '../src/store/audit';
import { openDatabase, type Database } from '../src/store/database';
import { FULL, syntheticPlan, type PortfolioSize } from './synthetic';

/** Figures for one endpoint. */
export interface EndpointFigures {
  p50: number;
  p99: number;
  rps: number;
  bytes: number;
}

/** Figures for one database engine. */
export interface ProgressFigures {
  dialect: string;
  loadSeconds: number;
  seed: EndpointFigures;
  seedBare: EndpointFigures;
  portfolio: EndpointFigures;
  portfolioBare: EndpointFigures;
  /** Portfolio progress right after a change (cache miss: reload + compute), median of runs, ms. */
  portfolioColdMedian: number;
  seedColdMedian: number;
  /** Portfolio progress right after one new activity (the incremental path), median of runs, ms. */
  portfolioAfterActivityMedian: number;
  /** The seed plan's throughput as a share of the bare route's, per run (measured alternately). */
  seedShares: number[];
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

/** Latency of sequential requests (one at a time, keep-alive), in ms with sub-millisecond resolution. */
async function latencies(
  url: string,
  headers: Record<string, string>,
): Promise<{ p50: number; p99: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  const until = performance.now() + SECONDS * 1000;
  while (performance.now() < until || times.length < 200) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    bytes = (await res.arrayBuffer()).byteLength;
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p99: at(0.99), bytes };
}

async function measure(url: string, headers: Record<string, string>): Promise<EndpointFigures> {
  // Latency one request at a time (no queueing); throughput with ten connections.
  const lat = await latencies(url, headers);
  const thr = await autocannon({ url, headers, connections: 10, duration: SECONDS });
  if (thr.non2xx > 0 || thr.errors > 0) throw new Error(`${url}: non-2xx responses or errors`);
  return { ...lat, rps: thr.requests.average };
}

async function openBenchDatabase(
  dialect: 'sqlite' | 'postgres',
): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'indsats-bench-'));
    const database = await openDatabase({ url: join(dir, 'bench.db') });
    return {
      database,
      cleanup: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query('drop database if exists indsats_bench');
  await client.query('create database indsats_bench');
  await client.end();
  const url = new URL(admin);
  url.pathname = '/indsats_bench';
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    cleanup: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query('drop database if exists indsats_bench');
      await c.end();
    },
  };
}

async function coldMedian(
  database: Database,
  url: string,
  headers: Record<string, string>,
  runs = 5,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await bumpRevision(database.db);
    afterCommit(database.db);
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median of the portfolio's first read after one new activity on a (rotating) initiative, ms. */
async function afterActivityMedian(
  database: Database,
  url: string,
  headers: Record<string, string>,
  runs = 7,
): Promise<number> {
  const ids = (
    await database.db.selectFrom('initiatives').select('id').where('planId', 'is not', null).execute()
  ).map((r) => r.id);
  const svc = resourceService(activities);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await svc.create(
      database.db,
      systemContext('bench'),
      activities.schemas.create.parse({
        initiativeId: ids[(i * 7919) % ids.length],
        state: 'done',
        kind: 'workshop',
        title: `Workshop ${i}`,
        dateFrom: '2018-05-01',
        dateTo: '2018-05-01',
      }),
    );
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Run the progress benchmark on one engine. */
export async function benchProgress(
  dialect: 'sqlite' | 'postgres',
  size: PortfolioSize = FULL,
  log = console.log,
): Promise<ProgressFigures> {
  const { database, cleanup } = await openBenchDatabase(dialect);
  try {
    const ctx = systemContext('bench');
    const t0 = performance.now();
    await loadPlanDocument(database.db, ctx, seedPlan);
    for (let p = 0; p < size.plans; p++) {
      await loadPlanDocument(database.db, ctx, syntheticPlan(p, size));
      log(`  ${dialect}: plan ${p + 1}/${size.plans} loaded`);
    }
    const loadSeconds = (performance.now() - t0) / 1000;
    const app = await buildApp({ db: database.db });
    // Requests authenticate as an integration would: a reader API token.
    const { token } = await createToken(database.db, ctx, {
      name: 'bench',
      roles: [{ role: 'reader', planId: null, initiativeId: null }],
    });
    const headers = { authorization: `Bearer ${token}` };
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const seedUrl = `${base}/api/v1/plans/${seedPlan.plan.slug}/progress?asOf=2018-09-01`;
    const portfolioUrl = `${base}/api/v1/progress?asOf=2018-09-01`;
    const seedBytes = await (await fetch(seedUrl, { headers })).text();
    const portfolioBytes = await (await fetch(portfolioUrl, { headers })).text();

    const bare = Fastify();
    bare.get('/seed', (_req, reply) => reply.type('application/json; charset=utf-8').send(seedBytes));
    bare.get('/portfolio', (_req, reply) =>
      reply.type('application/json; charset=utf-8').send(portfolioBytes),
    );
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareBase = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
    try {
      log(`  ${dialect}: measuring`);
      // The seed plan and its bare route alternately, three times: the share is noisy, so its median counts.
      const seed: EndpointFigures[] = [];
      const seedBare: EndpointFigures[] = [];
      for (let run = 0; run < 3; run++) {
        seed.push(await measure(seedUrl, headers));
        seedBare.push(await measure(`${bareBase}/seed`, headers));
      }
      const mid = <T>(xs: T[], by: (x: T) => number): T => [...xs].sort((a, b) => by(a) - by(b))[1];
      const figures: ProgressFigures = {
        dialect,
        loadSeconds,
        seed: mid(seed, (f) => f.rps),
        seedBare: mid(seedBare, (f) => f.rps),
        seedShares: seed.map((f, n) => f.rps / seedBare[n].rps),
        portfolio: await measure(portfolioUrl, headers),
        portfolioBare: await measure(`${bareBase}/portfolio`, headers),
        portfolioColdMedian: await coldMedian(database, portfolioUrl, headers),
        seedColdMedian: await coldMedian(database, seedUrl, headers),
        portfolioAfterActivityMedian: await afterActivityMedian(database, portfolioUrl, headers),
      };
      return figures;
    } finally {
      await bare.close();
      await app.close();
    }
  } finally {
    await cleanup();
  }
}
