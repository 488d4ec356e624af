/**
 * Signing in and its failures: wrong password, rate limits per account and per address, idle and absolute session
 * expiry, sign-out, session rotation, CSRF, API tokens, the password policy, deactivated users, cookie attributes.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/api/app';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import { authHeaders, signIn, startTestApp, type TestApp } from '../api';
import { makeUnit } from '../factories';
import { expectProblem } from '../api/helpers';
import { must, PASSWORD, send } from './world';

let t: TestApp;
const id: Record<string, number> = {};
const PEOPLE = ['anna', 'bo', 'carl', 'dora', 'erik', 'frida', 'gorm'] as const;
const email = (who: (typeof PEOPLE)[number]) => `${who}@kk.dk`;

beforeAll(async () => {
  t = await startTestApp();
  for (const who of PEOPLE) {
    const user = await createAccount(t.database.db, systemContext('test'), {
      email: email(who),
      name: who,
      roles: [{ role: 'reader' }],
      password: PASSWORD,
    });
    id[who] = user.id;
  }
});
afterAll(() => t.close());
afterEach(() => {
  vi.useRealTimers();
});

/** POST /login from an address. */
function login(
  address: string,
  mail: string,
  password: string,
  cookie?: string,
  extra: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: address,
    headers: { ...extra, ...(cookie ? { cookie } : {}) },
    payload: { email: mail, password },
  });
}

const me = (headers: Record<string, string>) => send(t, headers, 'GET', '/api/v1/auth/me');
const cookieOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'indsats_session')!;

describe('passwords and rate limits', () => {
  it('refuses a wrong password with the same 401 as an unknown e-mail', async () => {
    const wrong = expectProblem(await login('10.0.1.1', email('anna'), 'forkert adgangskode'), 401);
    const unknown = expectProblem(await login('10.0.1.1', 'ingen@kk.dk', PASSWORD), 401);
    expect(wrong.detail).toBe('Forkert e-mail eller adgangskode.');
    expect(unknown).toEqual(wrong);
  });

  it('locks an account after five failures: the sixth attempt is 429 even with the right password', async () => {
    for (let n = 0; n < 5; n++)
      expectProblem(await login(`10.0.2.${n}`, email('bo'), 'forkert adgangskode'), 401);
    const locked = expectProblem(await login('10.0.2.9', email('bo'), PASSWORD), 429);
    expect(locked.code).toBe('locked');
    // Another account is not affected.
    expect((await login('10.0.2.9', email('anna'), PASSWORD)).statusCode).toBe(200);
  });

  it('locks an address after twenty failures on any accounts', async () => {
    for (let n = 0; n < 20; n++) {
      expectProblem(await login('10.0.3.1', `nobody${n}@kk.dk`, 'forkert adgangskode'), 401);
    }
    expectProblem(await login('10.0.3.1', email('carl'), PASSWORD), 429);
    expect((await login('10.0.3.2', email('carl'), PASSWORD)).statusCode).toBe(200);
  });

  it('accepts a password of 12 characters and refuses 11 and common ones (422)', async () => {
    const url = `/api/v1/users/${id.gorm}/password`;
    const admin = authHeaders(t.app);
    expectProblem(await send(t, admin, 'PUT', url, { password: 'elleve tegn' }), 422, 'password');
    expectProblem(await send(t, admin, 'PUT', url, { password: 'Password1234' }), 422, 'password');
    expectProblem(await send(t, admin, 'PUT', url, { password: 'velkommen2025' }), 422, 'password');
    expect((await send(t, admin, 'PUT', url, { password: 'tolv tegn ok' })).statusCode).toBe(204);
    expect((await login('10.0.4.1', email('gorm'), 'tolv tegn ok')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/, expiring with the session', async () => {
    const res = await login('10.0.5.1', email('anna'), PASSWORD);
    const c = cookieOf(res);
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(c.expires!.getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);
    expect(res.json<{ csrfToken: string }>().csrfToken).toMatch(/^[\w-]{40,}$/);
    // Over plain HTTP the cookie is not Secure; a client's X-Forwarded-Proto is not believed by default.
    expect(c.secure).toBeFalsy();
    const forwarded = { 'x-forwarded-proto': 'https' };
    const spoofed = await login('10.0.5.1', email('anna'), PASSWORD, undefined, forwarded);
    expect(cookieOf(spoofed).secure).toBeFalsy();
  });

  it('marks the cookie Secure behind a TLS-terminating proxy (INDSATS_TRUST_PROXY=1)', async () => {
    const saved = process.env.INDSATS_TRUST_PROXY;
    process.env.INDSATS_TRUST_PROXY = '1';
    const proxied = await buildApp({ db: t.database.db });
    try {
      const res = await proxied.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.0.5.2' },
        payload: { email: email('anna'), password: PASSWORD },
      });
      expect(cookieOf(res)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    } finally {
      await proxied.close();
      if (saved === undefined) delete process.env.INDSATS_TRUST_PROXY;
      else process.env.INDSATS_TRUST_PROXY = saved;
    }
  });

  it('ends a session after an hour without requests', async () => {
    const headers = await signIn(t.app, email('dora'), PASSWORD);
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now: start + 50 * 60_000 });
    expect((await me(headers)).statusCode).toBe(200);
    vi.setSystemTime(start + 100 * 60_000);
    expect((await me(headers)).statusCode).toBe(200);
    vi.setSystemTime(start + 161 * 60_000);
    expectProblem(await me(headers), 401);
  });

  it('ends a session after twelve hours however busy it is', async () => {
    const headers = await signIn(t.app, email('dora'), PASSWORD);
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now: start });
    for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
      vi.setSystemTime(start + minutes * 60_000);
      expect((await me(headers)).statusCode, `after ${minutes} minutes`).toBe(200);
    }
    vi.setSystemTime(start + (12 * 60 + 1) * 60_000);
    expectProblem(await me(headers), 401);
  });

  it('revokes the session at sign-out', async () => {
    const headers = await signIn(t.app, email('erik'), PASSWORD);
    expect((await send(t, headers, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expectProblem(await me(headers), 401);
  });

  it('rotates the session id at sign-in: the previous cookie stops working', async () => {
    const first = await login('10.0.6.1', email('erik'), PASSWORD);
    const old = `indsats_session=${cookieOf(first).value}`;
    const second = await login('10.0.6.1', email('erik'), PASSWORD, old);
    expect(cookieOf(second).value).not.toBe(cookieOf(first).value);
    expectProblem(await me({ cookie: old }), 401);
    expect((await me({ cookie: `indsats_session=${cookieOf(second).value}` })).statusCode).toBe(200);
  });

  it('stops the sessions of a deactivated user, and refuses their sign-in', async () => {
    const headers = await signIn(t.app, email('frida'), PASSWORD);
    const user = await must<{ version: number }>(
      send(t, authHeaders(t.app), 'GET', `/api/v1/users/${id.frida}`),
    );
    await must(
      send(t, authHeaders(t.app), 'PATCH', `/api/v1/users/${id.frida}`, {
        active: false,
        version: user.version,
      }),
    );
    expectProblem(await me(headers), 401);
    expectProblem(await login('10.0.7.1', email('frida'), PASSWORD), 401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie request that changes state without the right X-CSRF-Token; reading needs none', async () => {
    const unit = await makeUnit(t.app);
    const { cookie, 'x-csrf-token': csrf } = authHeaders(t.app);
    const attempts: ['POST' | 'PATCH' | 'DELETE', string, unknown?][] = [
      ['POST', '/api/v1/units', { code: 'CSRF', name: 'Angreb' }],
      ['PATCH', `/api/v1/units/${unit.id}`, { name: 'Angreb', version: 1 }],
      ['DELETE', `/api/v1/units/${unit.id}?version=1`],
    ];
    for (const [method, url, body] of attempts) {
      const without: Record<string, string>[] = [
        { cookie },
        { cookie, 'x-csrf-token': `${csrf}x` },
        { cookie, 'x-csrf-token': '' },
      ];
      for (const headers of without) {
        expect(expectProblem(await send(t, headers, method, url, body), 403).code).toBe('csrf');
      }
    }
    expect((await send(t, { cookie }, 'GET', `/api/v1/units/${unit.id}`)).json()).toMatchObject({
      version: 1,
    });
  });
});

describe('API tokens', () => {
  it('shows a token once, lets it act without CSRF, records its use, and stops it at once when revoked', async () => {
    const admin = authHeaders(t.app);
    const created = await must<{ id: number; token: string; prefix: string; lastUsedAt: string | null }>(
      send(t, admin, 'POST', '/api/v1/tokens', { name: 'Integration', roles: [{ role: 'admin' }] }),
      201,
    );
    expect(created.token).toMatch(/^ind_/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect(created.lastUsedAt).toBeNull();
    const list = await send(t, admin, 'GET', '/api/v1/tokens');
    expect(list.body).not.toContain(created.token);
    expect(list.json<Record<string, unknown>[]>().every((tok) => !('token' in tok))).toBe(true);

    const bearer = { authorization: `Bearer ${created.token}` };
    const unit = await must<{ id: number }>(
      send(t, bearer, 'POST', '/api/v1/units', { code: 'TOK', name: 'Via nøgle' }),
      201,
    );
    const used = (await send(t, admin, 'GET', '/api/v1/tokens')).json<
      { id: number; lastUsedAt: string | null }[]
    >();
    expect(used.find((tok) => tok.id === created.id)?.lastUsedAt).not.toBeNull();

    await must(send(t, admin, 'DELETE', `/api/v1/tokens/${created.id}`));
    const refused = expectProblem(await send(t, bearer, 'GET', `/api/v1/units/${unit.id}`), 401);
    expect(refused.code).toBe('bad_token');
    expectProblem(await send(t, { authorization: 'Bearer ind_ukendt' }, 'GET', '/api/v1/units'), 401);
  });
});
