/**
 * A new sign-in records itself in the audit log without moving the data revision, so caches keyed by it (the
 * progress figures) stay warm; signing out revokes a credential and must move it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import { currentRevision } from '../../src/store/audit';
import { signIn, startTestApp, type TestApp } from '../api';

let t: TestApp;
const PASSWORD = 'en lang nok adgangskode';
beforeAll(async () => {
  t = await startTestApp();
  await createAccount(t.database.db, systemContext('test'), {
    email: 'rev@kk.dk',
    name: 'Rev',
    roles: [{ role: 'reader' }],
    password: PASSWORD,
  });
});
afterAll(() => t.close());

describe('the data revision around sign-in', () => {
  it('stays put when someone signs in, and the sign-in is still audited', async () => {
    const before = await currentRevision(t.database.db);
    const headers = await signIn(t.app, 'rev@kk.dk', PASSWORD);
    expect(await currentRevision(t.database.db)).toBe(before);
    const logins = await t.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'login')
      .where('actor', '=', 'rev@kk.dk')
      .execute();
    expect(logins).toHaveLength(1);

    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
    expect(out.statusCode).toBeLessThan(300);
    expect(await currentRevision(t.database.db)).toBeGreaterThan(before);
  });
});
