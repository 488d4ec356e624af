/** A fresh database of either engine for a benchmark, with the demo plan: a SQLite file or a new PostgreSQL database. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { systemContext } from '../src/auth/context';
import { loadDemo } from '../src/demo/load';
import { openDatabase } from '../src/store/database';
import type { DB } from '../src/store/schema';
import { signInOverHttp } from '../test/serve-process';

/** The PostgreSQL server benchmarks create their databases on. */
const PG_ADMIN = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export type Engine = 'sqlite' | 'postgres';

/** The engines a benchmark measures: BENCH_ENGINES (e.g. "postgres"), both by default. */
export function benchEngines(): Engine[] {
  const names = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
  return names.filter((n): n is Engine => n === 'sqlite' || n === 'postgres');
}

/** Extra Node options for a benchmark's server process (BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof"). */
export function serverNodeArgs(): string[] {
  return (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

/** A new database with the demo plan loaded; `remove` deletes it. */
export function demoDatabase(engine: Engine): Promise<{ url: string; remove: () => Promise<void> }> {
  return benchDatabase(engine, (db) => loadDemo(db, systemContext('bench')).then(() => undefined));
}

/** A new database filled by `fill`; `remove` deletes it. */
export async function benchDatabase(
  engine: Engine,
  fill: (db: Kysely<DB>) => Promise<void>,
): Promise<{ url: string; remove: () => Promise<void> }> {
  let url: string;
  let remove: () => Promise<void>;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'indsats-bench-'));
    url = join(dir, 'indsats.db');
    remove = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  } else {
    const name = `indsats_bench_${randomBytes(5).toString('hex')}`;
    await admin(`create database ${name}`);
    const u = new URL(PG_ADMIN);
    u.pathname = `/${name}`;
    url = u.toString();
    remove = () => admin(`drop database if exists ${name}`);
  }
  const seed = await openDatabase({ url });
  try {
    await fill(seed.db);
  } finally {
    await seed.close();
  }
  return { url, remove };
}

/** Sign in as the demo administrator over HTTP: the session cookie and CSRF token to send. */
export async function signInAsAdmin(base: string): Promise<{ cookie: string; csrfToken: string }> {
  const s = await signInOverHttp(base, 'admin@demo.indsats.dk', 'indsats-demo-2018');
  if (s.status !== 200) throw new Error(`sign-in failed: ${s.status}`);
  return s;
}
