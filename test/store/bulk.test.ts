/**
 * Many rows in one statement (run on SQLite and, with TEST_PG_URL, on PostgreSQL, where the rows travel as one JSON
 * parameter): ids come back in the order of the rows, values keep their types, and rows that differ in what they set
 * still go in together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMany } from '../../src/store/bulk';
import type { Database } from '../../src/store/database';
import { writeTx } from '../../src/store/write';
import { freshDatabase } from '../db';

let d: Database;
const now = '2026-01-01T00:00:00.000Z';

beforeAll(async () => {
  d = await freshDatabase();
});
afterAll(() => d.close());

describe('inserting many rows', () => {
  it('answers the new ids in the order of the rows, across statements, with every value as given', async () => {
    const names = Array.from(
      { length: 6500 },
      (_, n) => `Gruppe ${String(6500 - n).padStart(4, '0')} «æøå» "'\\`,
    );
    const ids = await writeTx(d.db, (trx) =>
      insertMany(
        trx,
        'targetGroups',
        names.map((name) => ({ name, createdAt: now, updatedAt: now })),
        true,
      ),
    );
    expect(ids).toHaveLength(names.length);
    const stored = await d.db.selectFrom('targetGroups').select(['id', 'name', 'version']).execute();
    const byId = new Map(stored.map((r) => [Number(r.id), r]));
    ids.forEach((id, n) => expect(byId.get(id)?.name).toBe(names[n]));
    // A column no row sets takes its default.
    expect(stored.every((r) => r.version === 1)).toBe(true);
  });

  it('inserts rows that differ in the columns they set', async () => {
    const [unit] = await writeTx(d.db, (trx) =>
      insertMany(trx, 'units', [{ code: 'BULK', name: 'Bulk', createdAt: now, updatedAt: now }], true),
    );
    const ids = await writeTx(d.db, (trx) =>
      insertMany(
        trx,
        'venues',
        [
          { name: 'Skole A', kind: 'school', createdAt: now, updatedAt: now },
          { name: 'Skole B', kind: 'school', createdAt: now, updatedAt: now, unitId: unit },
        ],
        true,
      ),
    );
    const rows = await d.db
      .selectFrom('venues')
      .select(['id', 'name', 'unitId'])
      .where('id', 'in', ids)
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.name, r.unitId]))).toEqual({
      'Skole A': null,
      'Skole B': unit,
    });
  });

  it('does nothing with no rows', async () => {
    await expect(insertMany(d.db, 'units', [], true)).resolves.toEqual([]);
  });
});
