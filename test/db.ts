/**
 * A fresh database per test file: in-memory SQLite by default; with TEST_PG_URL set (npm run test:pg), a new
 * PostgreSQL database created for the file and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Kysely } from 'kysely';
import { openDatabase, type Database } from '../src/store/database';
import type { DB } from '../src/store/schema';

/** The PostgreSQL server the PG suite runs against, e.g. postgres://postgres@127.0.0.1:5432/postgres. */
export const pgAdminUrl = process.env.TEST_PG_URL;

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgAdminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database for a test; `drop` removes it. */
async function newPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `indsats_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(pgAdminUrl!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name}`) };
}

/** Open a fresh database, migrated unless `migrate: false`; `close` also drops a PostgreSQL test database. */
export async function freshDatabase(opts: { migrate?: boolean } = {}): Promise<Database> {
  if (!pgAdminUrl) return openDatabase({ url: ':memory:', migrate: opts.migrate });
  const { url, drop } = await newPgDatabase();
  const database = await openDatabase({ url, poolSize: 4, migrate: opts.migrate });
  return {
    ...database,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

/**
 * The URL of a fresh, empty database that separate processes can open: a SQLite file in a new temporary folder, or
 * (with TEST_PG_URL) a new PostgreSQL database. `remove` deletes it.
 */
export async function freshDatabaseUrl(): Promise<{ url: string; remove: () => Promise<void> }> {
  if (pgAdminUrl) {
    const { url, drop } = await newPgDatabase();
    return { url, remove: drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'indsats-test-'));
  return {
    url: join(dir, 'indsats.db'),
    remove: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

/** A bare plan row written straight to the database (tests of the store itself, below the services). */
export async function insertPlan(
  db: Kysely<DB>,
  slug = `p-${randomBytes(4).toString('hex')}`,
): Promise<number> {
  const now = '2026-01-01T00:00:00.000Z';
  const { id } = await db
    .insertInto('plans')
    .values({
      slug,
      title: 'Plan',
      theme: 'tema',
      periodFrom: '2018-01-01',
      periodTo: '2018-12-31',
      unitId: null,
      organisation: null,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
