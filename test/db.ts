/**
 * A fresh database per test file: in-memory SQLite by default; with TEST_PG_URL set (npm run test:pg), a new
 * PostgreSQL database created for the file and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/store/database';

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

/** Open a fresh, migrated database; `close` also drops a PostgreSQL test database. */
export async function freshDatabase(): Promise<Database> {
  if (!pgAdminUrl) return openDatabase({ url: ':memory:' });
  const name = `indsats_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name}`);
    },
  };
}
