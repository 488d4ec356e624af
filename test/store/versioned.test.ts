/** versionedUpdate / versionedDelete on a real database (SQLite, or PostgreSQL with TEST_PG_URL). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notFound } from '../../src/domain/problem';
import type { Database } from '../../src/store/database';
import { versionedDelete, versionedUpdate } from '../../src/store/versioned';
import { freshDatabase, insertPlan } from '../db';

let d: Database;
const now = '2026-01-01T00:00:00.000Z';

beforeAll(async () => {
  d = await freshDatabase();
});
afterAll(() => d.close());

const newPlan = () => insertPlan(d.db);

const stored = (id: number) =>
  d.db.selectFrom('plans').select(['title', 'version']).where('id', '=', id).executeTakeFirst();

describe('versionedUpdate', () => {
  it('writes at the expected version and increments it', async () => {
    const id = await newPlan();
    await d.db
      .transaction()
      .execute((trx) => versionedUpdate(trx, 'plans', { id, version: 1 }, { title: 'Ny', updatedAt: now }));
    expect(await stored(id)).toEqual({ title: 'Ny', version: 2 });
  });

  it('refuses a stale version with 409 naming the current one, and changes nothing', async () => {
    const id = await newPlan();
    await d.db.updateTable('plans').set({ version: 3 }).where('id', '=', id).execute();
    const write = d.db
      .transaction()
      .execute((trx) => versionedUpdate(trx, 'plans', { id, version: 2 }, { title: 'Tabt', updatedAt: now }));
    await expect(write).rejects.toMatchObject({ status: 409, code: 'stale_version', field: 'version' });
    await expect(write).rejects.toThrow('(version 2, now 3)');
    expect(await stored(id)).toEqual({ title: 'Plan', version: 3 });
  });

  it('refuses a row in another state than the transition starts from', async () => {
    const plan = await newPlan();
    const { id } = await d.db
      .insertInto('reportingRounds')
      .values({
        planId: plan,
        title: 'Runde',
        asOf: '2018-06-01',
        deadline: null,
        organisation: null,
        unitName: null,
        recipient: null,
        appendixNumber: null,
        memoDate: null,
        caseNumber: null,
        closedAt: null,
        closedBy: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const reopen = d.db
      .transaction()
      .execute((trx) =>
        versionedUpdate(trx, 'reportingRounds', { id, version: 1, state: ['closed'] }, { state: 'open' }),
      );
    await expect(reopen).rejects.toMatchObject({ status: 409, code: 'stale_version' });
    const row = await d.db
      .selectFrom('reportingRounds')
      .select(['state', 'version'])
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row).toEqual({ state: 'open', version: 1 });
  });

  it('reports a row that is gone with the given problem', async () => {
    const write = d.db
      .transaction()
      .execute((trx) =>
        versionedUpdate(
          trx,
          'plans',
          { id: 987_654, version: 1, gone: () => notFound('Handleplan', 'Plan', 987_654) },
          { title: 'x' },
        ),
      );
    await expect(write).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('versionedDelete', () => {
  it('deletes at the expected version and refuses a stale one', async () => {
    const id = await newPlan();
    const stale = d.db.transaction().execute((trx) => versionedDelete(trx, 'plans', { id, version: 7 }));
    await expect(stale).rejects.toMatchObject({ status: 409, code: 'stale_version' });
    expect(await stored(id)).toBeDefined();
    await d.db.transaction().execute((trx) => versionedDelete(trx, 'plans', { id, version: 1 }));
    expect(await stored(id)).toBeUndefined();
  });
});
