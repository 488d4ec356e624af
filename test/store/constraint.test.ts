/**
 * Constraint violations as each dialect reports them (run on SQLite and, with TEST_PG_URL, on PostgreSQL): the ones
 * a user can act on become 409 problems; anything else stays an error.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../../src/domain/problem';
import { constraintProblem } from '../../src/store/constraint';
import type { Database } from '../../src/store/database';
import { writeTx } from '../../src/store/write';
import { freshDatabase } from '../db';

let d: Database;
const now = '2026-01-01T00:00:00.000Z';
const stamps = { createdAt: now, updatedAt: now };

beforeAll(async () => {
  d = await freshDatabase();
});
afterAll(() => d.close());

/** The error a failing statement throws. */
async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error('the statement did not fail');
}

const REFERS = 'The record cannot be deleted or changed because other data refers to it.';
const DUPLICATE = 'A record with the same value already exists.';

describe(`constraintProblem on ${process.env.TEST_PG_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('maps a duplicate value to 409 conflict', async () => {
    await d.db
      .insertInto('units')
      .values({ code: 'DUP', name: 'A', ...stamps })
      .execute();
    const err = await errorOf(() =>
      d.db
        .insertInto('units')
        .values({ code: 'DUP', name: 'B', ...stamps })
        .execute(),
    );
    expect(constraintProblem(err)).toMatchObject({ status: 409, code: 'conflict', en: DUPLICATE });
  });

  it('maps a duplicate primary key to 409 conflict', async () => {
    const { id } = await d.db
      .insertInto('partners')
      .values({ name: 'Partner', description: null, ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow();
    const err = await errorOf(() =>
      d.db
        .insertInto('partners')
        .values({ id, name: 'Andet navn', description: null, ...stamps })
        .execute(),
    );
    expect(constraintProblem(err)).toMatchObject({ status: 409, en: DUPLICATE });
  });

  it('maps a reference to a missing row to 409 conflict', async () => {
    const err = await errorOf(() =>
      d.db
        .insertInto('venues')
        .values({ name: 'Skole', kind: 'folkeskole', unitId: 999_999, ...stamps })
        .execute(),
    );
    expect(constraintProblem(err)).toMatchObject({ status: 409, en: REFERS });
  });

  it('maps deleting a row that others refer to (ON DELETE RESTRICT) to 409 conflict', async () => {
    const unit = await d.db
      .insertInto('units')
      .values({ code: 'REF', name: 'Forvaltning', ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow();
    await d.db
      .insertInto('venues')
      .values({ name: 'Skole', kind: 'folkeskole', unitId: unit.id, ...stamps })
      .execute();
    const err = await errorOf(() => d.db.deleteFrom('units').where('id', '=', unit.id).execute());
    expect(constraintProblem(err)).toMatchObject({ status: 409, en: REFERS });
  });

  it('leaves other errors alone: a missing required value, bad SQL, a non-database error', async () => {
    const notNull = await errorOf(() => sql`insert into units (code) values ('X')`.execute(d.db));
    expect(constraintProblem(notNull)).toBeNull();
    const syntax = await errorOf(() => sql`select from nowhere at all`.execute(d.db));
    expect(constraintProblem(syntax)).toBeNull();
    expect(constraintProblem(new Error('boom'))).toBeNull();
    expect(constraintProblem(null)).toBeNull();
  });

  it('writeTx turns a violation into the problem and commits nothing', async () => {
    const count = async () =>
      Number(
        (
          await d.db
            .selectFrom('units')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const err = await errorOf(() =>
      writeTx(d.db, async (trx) => {
        await trx
          .insertInto('units')
          .values({ code: 'TX1', name: 'Ny', ...stamps })
          .execute();
        await trx
          .insertInto('units')
          .values({ code: 'DUP', name: 'Dublet', ...stamps })
          .execute();
      }),
    );
    expect(err).toBeInstanceOf(Problem);
    expect(err).toMatchObject({ status: 409, en: DUPLICATE });
    expect(await count()).toBe(before);
  });
});
