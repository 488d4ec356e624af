/**
 * An initiative's number is unique within its plan, in the database itself (run on SQLite and, with TEST_PG_URL, on
 * PostgreSQL): two requests at the same moment cannot both create "Indsats 3", and a database that already holds
 * such a pair is not migrated silently.
 */
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { constraintProblem } from '../../src/store/constraint';
import type { Database } from '../../src/store/database';
import { migrateToLatest, migrateUpTo } from '../../src/store/migrate';
import type { DB } from '../../src/store/schema';
import { freshDatabase, insertPlan } from '../db';

const now = '2026-01-01T00:00:00.000Z';
let d: Database | undefined;
afterEach(async () => {
  await d?.close();
  d = undefined;
});

const initiative = (db: Kysely<DB>, planId: number | null, number: number | null) =>
  db
    .insertInto('initiatives')
    .values({
      planId,
      number,
      kind: 'recommendation',
      title: `Indsats ${number}`,
      createdAt: now,
      updatedAt: now,
    })
    .execute();

describe('an initiative number within a plan', () => {
  it('is refused a second time by the database, as a 409 the person can act on', async () => {
    d = await freshDatabase();
    const plan = await insertPlan(d.db, 'a');
    await initiative(d.db, plan, 3);
    const err = await initiative(d.db, plan, 3).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    expect(constraintProblem(err)?.status).toBe(409);
  });

  it('may repeat in another plan, and initiatives without a number or a plan are not limited', async () => {
    d = await freshDatabase();
    const a = await insertPlan(d.db, 'a');
    const b = await insertPlan(d.db, 'b');
    await initiative(d.db, a, 1);
    await initiative(d.db, b, 1);
    await initiative(d.db, a, null);
    await initiative(d.db, a, null);
    await initiative(d.db, null, null);
    await initiative(d.db, null, null);
    const count = await d.db
      .selectFrom('initiatives')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(6);
  });

  it('stops the migration, in Danish and naming the pair, when a database already holds a duplicate', async () => {
    d = await freshDatabase({ migrate: false });
    await migrateUpTo(d.db, '20261125_0006_idempotency');
    const plan = await insertPlan(d.db, 'a');
    await initiative(d.db, plan, 2);
    await initiative(d.db, plan, 2);
    await expect(migrateToLatest(d.db)).rejects.toThrow(
      `Flere indsatser har samme nummer i samme handleplan (handleplan a, indsats 2)`,
    );
    // Renumbered, the migration goes through.
    await d.db
      .updateTable('initiatives')
      .set({ number: 5 })
      .where('id', '=', (await last(d.db)).id)
      .execute();
    await expect(migrateToLatest(d.db)).resolves.toContain('20261125_0007_initiative_number_unique');
  });
});

const last = (db: Kysely<DB>) =>
  db.selectFrom('initiatives').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
