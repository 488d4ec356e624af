/**
 * Liveness answers without the database, readiness checks the database and its migrations, and a graceful
 * shutdown lets a request in flight finish before the database is closed.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import { startServer } from '../../src/server';
import { KNOWN_MIGRATIONS } from '../../src/store/migrate';
import { setBeforeWriteHook } from '../../src/store/write';
import { freshDatabase } from '../db';

describe('health and readiness', () => {
  it('answers /healthz without the database, /readyz only with a current one', async () => {
    const database = await freshDatabase();
    const app = await buildApp({ db: database.db });
    try {
      expect((await app.inject('/readyz')).json()).toEqual({
        status: 'ready',
        migrations: KNOWN_MIGRATIONS.length,
      });
      const newest = KNOWN_MIGRATIONS[KNOWN_MIGRATIONS.length - 1];
      await sql`delete from kysely_migration where name = ${newest}`.execute(database.db);
      const stale = await app.inject('/readyz');
      expect(stale.statusCode).toBe(503);
      expect(stale.json<{ detail: string }>().detail).toBe(
        'Databasens migreringer er ikke opdaterede (kør indsats migrate).',
      );
    } finally {
      await database.close();
    }
    // The database is gone: still alive, not ready.
    expect((await app.inject('/healthz')).statusCode).toBe(200);
    const down = await app.inject('/readyz');
    expect(down.statusCode).toBe(503);
    expect(down.json<{ code: string }>().code).toBe('not_ready');
    await app.close();
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, then closes the database', async () => {
    const fresh = await freshDatabase();
    const server = await startServer({ port: 0, host: '127.0.0.1', databaseUrl: fresh.url, logger: false });
    try {
      await createAccount(server.database.db, systemContext('test'), {
        email: 'drift@kk.dk',
        name: 'Drift',
        roles: [{ role: 'admin' }],
        password: 'en lang driftsadgangskode',
      });
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'drift@kk.dk', password: 'en lang driftsadgangskode' }),
      });
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      let entered!: () => void;
      const inFlight = new Promise<void>((r) => (entered = r));
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      setBeforeWriteHook(server.database.db, async () => {
        entered();
        await gate;
      });
      const create = fetch(`${server.url}/api/v1/partners`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ name: 'Under nedlukning' }),
      });
      const early = await Promise.race([inFlight.then(() => null), create]);
      expect(early, 'the create reached its write').toBeNull();
      let closed = false;
      const closing = server.close().then(() => (closed = true));
      await new Promise((r) => setTimeout(r, 200));
      expect(closed).toBe(false); // waits for the request
      release();
      const res = await create;
      expect(res.status).toBe(201);
      await closing;
      expect(closed).toBe(true);
      await expect(server.database.db.selectFrom('partners').selectAll().execute()).rejects.toThrow();
    } finally {
      await server.close();
      await fresh.close();
    }
  });
});
