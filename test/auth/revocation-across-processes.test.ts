/**
 * A credential revoked through another server process is refused at once, before that process's notification of the
 * change has arrived: the identity cache checks the revision as committed, not as last announced. The other
 * process is played by a second handle on the same database, writing without a notification (as if it were still
 * on its way).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { resolveIdentity } from '../../src/auth/identity';
import { loadDemo } from '../../src/demo/load';
import { startSession } from '../../src/features/auth/sessions';
import { currentRevision } from '../../src/store/audit';
import { openDatabase, type Database } from '../../src/store/database';
import { freshDatabaseUrl } from '../db';

let database: { url: string; remove: () => Promise<void> };
let here: Database;
let other: Database;

beforeAll(async () => {
  database = await freshDatabaseUrl();
  here = await openDatabase({ url: database.url, poolSize: 2 });
  await loadDemo(here.db, systemContext('test'));
  other = await openDatabase({ url: database.url, poolSize: 2, migrate: false });
}, 60_000);

afterAll(async () => {
  await other?.close();
  await here?.close();
  await database?.remove();
});

/** A change made by "another process" whose notification never arrives here. */
async function silently(change: (db: Database['db']) => Promise<unknown>): Promise<void> {
  await other.db.transaction().execute(async (trx) => {
    await change(trx);
    const { value } = await trx
      .updateTable('revision')
      .set({ value: sql<number>`value + 1` })
      .where('id', '=', 1)
      .returning('value')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('revisionChanges')
      .values({ revision: Number(value), initiativeId: null })
      .execute();
  });
}

async function userId(email: string): Promise<number> {
  const u = await here.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return u.id;
}

describe('a credential changed through another process', () => {
  it('a session revoked there is refused here at once', async () => {
    const s = await startSession(here.db, await userId('ejer@demo.indsats.dk'), 'password', null);
    expect((await resolveIdentity(here.db, { session: s.secret }))?.principal.label).toBe(
      'ejer@demo.indsats.dk',
    );
    const before = await currentRevision(here.db); // the revision as this process last learned it
    await silently((db) =>
      db
        .updateTable('sessions')
        .set({ revokedAt: new Date().toISOString() })
        .where('userId', '=', s.user.id)
        .execute(),
    );
    expect(await resolveIdentity(here.db, { session: s.secret })).toBeNull();
    expect(await currentRevision(here.db, { fresh: true })).toBe(before + 1);
  });

  it('a role removed there is gone here at once', async () => {
    const id = await userId('koordinator@demo.indsats.dk');
    const s = await startSession(here.db, id, 'password', null);
    const held = (await resolveIdentity(here.db, { session: s.secret }))!.principal.assignments;
    expect(held.length).toBeGreaterThan(0);
    await silently((db) => db.deleteFrom('roleAssignments').where('userId', '=', id).execute());
    expect((await resolveIdentity(here.db, { session: s.secret }))?.principal.assignments).toEqual([]);
  });

  it('requests arriving together share one fresh read, and each sees what was committed before it', async () => {
    const s = await startSession(here.db, await userId('laeser@demo.indsats.dk'), 'password', null);
    const seen = await Promise.all(
      Array.from({ length: 20 }, () => resolveIdentity(here.db, { session: s.secret })),
    );
    expect(seen.every((i) => i?.principal.label === 'laeser@demo.indsats.dk')).toBe(true);
    await silently((db) =>
      db
        .updateTable('sessions')
        .set({ revokedAt: new Date().toISOString() })
        .where('userId', '=', s.user.id)
        .execute(),
    );
    const after = await Promise.all(
      Array.from({ length: 20 }, () => resolveIdentity(here.db, { session: s.secret })),
    );
    expect(after.every((i) => i === null)).toBe(true);
  });
});
