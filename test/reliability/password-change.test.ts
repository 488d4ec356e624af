/**
 * Changing one's own password needs the current one; an administrator setting someone else's does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import { authHeaders, signIn, startTestApp, TEST_ADMIN, type TestApp } from '../api';
import { expectProblem } from '../api/helpers';

const OLD = 'den gamle adgangskode';
const NEW = 'den helt nye adgangskode';
let t: TestApp;
let userId: number;
let adminId: number;

beforeAll(async () => {
  t = await startTestApp();
  userId = (
    await createAccount(t.database.db, systemContext('test'), {
      email: 'ida@kk.dk',
      name: 'Ida',
      roles: [{ role: 'reader' }],
      password: OLD,
    })
  ).id;
  adminId = (
    await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', TEST_ADMIN.email)
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

const put = (headers: Record<string, string>, id: number, body: object) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/users/${id}/password`, headers, payload: body });

describe('changing a password', () => {
  it('refuses one’s own change without the current password, or with a wrong one', async () => {
    const ida = await signIn(t.app, 'ida@kk.dk', OLD);
    const missing = expectProblem(await put(ida, userId, { password: NEW }), 422, 'currentPassword');
    expect(missing.detail).toBe('Den nuværende adgangskode mangler eller er forkert.');
    expectProblem(
      await put(ida, userId, { password: NEW, currentPassword: 'ikke den rigtige kode' }),
      422,
      'currentPassword',
    );
    // Nothing changed: the old password still signs in.
    await signIn(t.app, 'ida@kk.dk', OLD);
  });

  it('changes one’s own password with the current one', async () => {
    const ida = await signIn(t.app, 'ida@kk.dk', OLD);
    expect((await put(ida, userId, { password: NEW, currentPassword: OLD })).statusCode).toBe(204);
    await signIn(t.app, 'ida@kk.dk', NEW);
  });

  it('lets an administrator set someone else’s without it, but not their own', async () => {
    const admin = authHeaders(t.app);
    expect((await put(admin, userId, { password: 'sat af administrator' })).statusCode).toBe(204);
    await signIn(t.app, 'ida@kk.dk', 'sat af administrator');
    expectProblem(await put(admin, adminId, { password: 'ny admin-adgangskode' }), 422, 'currentPassword');
  });
});
