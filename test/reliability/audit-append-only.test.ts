/**
 * The audit log is append-only in the database itself: raw UPDATE and DELETE of its rows are refused by triggers
 * on each engine (and TRUNCATE on PostgreSQL), while new entries are still written and `demo --force`'s wipe works.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadDemo } from '../../src/demo/load';
import { hasData, wipeData } from '../../src/store/wipe';
import type { Database } from '../../src/store/database';
import { freshDatabase, pgAdminUrl } from '../db';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
  await loadDemo(database.db, systemContext('demo'));
}, 60_000);
afterAll(() => database.close());

const count = async () =>
  Number((await sql<{ n: number }>`select count(*) as n from audit_log`.execute(database.db)).rows[0].n);

describe('audit log append-only', () => {
  it('refuses UPDATE of audit rows through raw SQL', async () => {
    await expect(sql`update audit_log set actor = 'mallory'`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from audit_log where actor = 'mallory'`.execute(database.db);
    expect(Number(rows[0].n)).toBe(0);
  });

  it('refuses DELETE of audit rows through raw SQL', async () => {
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(sql`delete from audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(
      sql`delete from audit_log where id = (select min(id) from audit_log)`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
  });

  it('refuses emptying the log wholesale (TRUNCATE on PostgreSQL; SQLite has none, its whole-table delete)', async () => {
    const before = await count();
    // SQLite's truncate optimisation is a delete without a where clause; the row trigger still fires for it.
    const wholesale = pgAdminUrl !== undefined ? sql`truncate audit_log` : sql`delete from audit_log`;
    await expect(wholesale.execute(database.db)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
  });

  it('still lets demo --force wipe the plan data (and audits the wipe)', async () => {
    const before = await count();
    await wipeData(database.db, systemContext('demo'));
    expect(await hasData(database.db)).toBe(false);
    expect(await count()).toBe(before + 1);
    await loadDemo(database.db, systemContext('demo'));
    expect(await hasData(database.db)).toBe(true);
  }, 60_000);
});
