/**
 * No secret reaches the audit log or the server log (session ids, CSRF tokens, API tokens, passwords and their
 * hashes); security headers on every response; body size limits; JSON only where JSON is expected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { App } from '../../src/api/app-types';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import { authHeaders, signIn, startTestApp, TEST_ADMIN, type TestApp } from '../api';
import { expectProblem } from '../api/helpers';
import { auditRows, must, PASSWORD, send } from './world';

let t: TestApp;
let logged: App;
const lines: string[] = [];
/** Every secret the requests below create or send. */
const secrets = new Set<string>([PASSWORD, TEST_ADMIN.password]);
const NEW_PASSWORD = 'et helt nyt kodeord til hanne';

beforeAll(async () => {
  t = await startTestApp();
  // A second app on the same database, logging to a buffer as the server logs to standard output.
  logged = await buildApp({
    db: t.database.db,
    logger: true,
    logStream: { write: (l) => void lines.push(l) },
  });
  const user = await createAccount(t.database.db, systemContext('test'), {
    email: 'hanne@kk.dk',
    name: 'Hanne',
    roles: [{ role: 'reader' }],
    password: PASSWORD,
  });
  const admin = authHeaders(t.app);
  const inject = (
    app: App,
    headers: Record<string, string>,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: object,
  ) => app.inject({ method, url, headers, ...(body ? { payload: body } : {}) });

  // A session through the logging app: sign in (the cookie is set), use it, change the password, sign in again.
  const login = await inject(logged, {}, 'POST', '/api/v1/auth/login', {
    email: 'hanne@kk.dk',
    password: PASSWORD,
  });
  const session = login.cookies.find((c) => c.name === 'indsats_session')!.value;
  const csrf = login.json<{ csrfToken: string }>().csrfToken;
  const hanne = { cookie: `indsats_session=${session}`, 'x-csrf-token': csrf };
  expect((await inject(logged, hanne, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
  expect(
    (
      await inject(logged, hanne, 'PUT', `/api/v1/users/${user.id}/password`, {
        password: NEW_PASSWORD,
        currentPassword: PASSWORD,
      })
    ).statusCode,
  ).toBe(204);
  await inject(logged, {}, 'POST', '/api/v1/auth/login', {
    email: 'hanne@kk.dk',
    password: 'forkert kodeord 1234',
  });
  const again = await signIn(logged, 'hanne@kk.dk', NEW_PASSWORD);
  expect((await inject(logged, again, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);

  // An API token: created, used, revoked.
  const created = await must<{ id: number; token: string }>(
    inject(logged, admin, 'POST', '/api/v1/tokens', { name: 'Integration', roles: [{ role: 'reader' }] }),
    201,
  );
  await inject(logged, { authorization: `Bearer ${created.token}` }, 'GET', '/api/v1/auth/me?token=x');
  await must(inject(logged, admin, 'DELETE', `/api/v1/tokens/${created.id}`));

  for (const s of [
    session,
    csrf,
    again.cookie.split('=')[1],
    again['x-csrf-token'],
    created.token,
    NEW_PASSWORD,
  ])
    secrets.add(s);
  for (const s of Object.values(admin)) secrets.add(s.replace(/^indsats_session=/, ''));
  const db = t.database.db;
  for (const u of await db.selectFrom('users').select('passwordHash').execute())
    if (u.passwordHash) secrets.add(u.passwordHash);
  for (const s of await db.selectFrom('sessions').select(['idHash', 'csrfToken']).execute()) {
    secrets.add(s.idHash);
    secrets.add(s.csrfToken);
  }
  for (const k of await db.selectFrom('apiTokens').select('tokenHash').execute()) secrets.add(k.tokenHash);
});
afterAll(async () => {
  await logged.close();
  await t.close();
});

describe('no secrets', () => {
  it('leaves no session id, CSRF token, API token, password or hash in any audit entry', async () => {
    const rows = await t.database.db.selectFrom('auditLog').selectAll().execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['login', 'logout', 'set_password', 'create', 'revoke']) expect(actions).toContain(a);
    const text = JSON.stringify(rows);
    expect(secrets.size).toBeGreaterThan(10);
    for (const s of secrets)
      expect(text.includes(s), `audit log holds a secret (${s.slice(0, 6)}…)`).toBe(false);
    const password = rows.find((r) => r.action === 'set_password')!;
    expect(JSON.parse(password.after!)).toEqual({ password: '(ændret)' });
    const users = rows
      .filter((r) => r.entityType === 'user')
      .map((r) => `${r.before} ${r.after}`)
      .join(' ');
    expect(users).not.toMatch(/passwordHash|argon2/);
  });

  it('leaves none in the server log', () => {
    const log = lines.join('');
    expect(log).toContain('request completed');
    expect(log).toContain('/api/v1/auth/me?token=[redacted]');
    for (const s of secrets) expect(log.includes(s), `log holds a secret (${s.slice(0, 6)}…)`).toBe(false);
    expect(log).not.toMatch(/indsats_session=|x-csrf-token|authorization/i);
  });
});

describe('HTTP hardening', () => {
  it('sends the security headers on data, problems and exports alike', async () => {
    const admin = authHeaders(t.app);
    for (const res of [
      await send(t, admin, 'GET', '/api/v1/units'),
      await send(t, {}, 'GET', '/api/v1/units'),
      await send(t, admin, 'GET', '/api/v1/audit.csv'),
      await send(t, {}, 'GET', '/healthz'),
    ]) {
      expect(res.headers['content-security-policy']).toMatch(/(^|;)\s*frame-ancestors 'none'/);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    }
  });

  it('refuses a body over 1 MB with 413 and changes nothing', async () => {
    const n = await auditRows(t);
    const huge = JSON.stringify({ name: 'x'.repeat(1024 * 1024) });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { ...authHeaders(t.app), 'content-type': 'application/json' },
      payload: huge,
    });
    expect(expectProblem(res, 413).code).toBe('too_large');
    expect(await auditRows(t)).toBe(n);
  });

  it('takes JSON only: text, forms and other bodies are 415, on sign-in too', async () => {
    const n = await auditRows(t);
    const bodies: [string, string][] = [
      ['text/plain', '{"name":"Som tekst"}'],
      ['text/plain; charset=utf-8', 'name=Tekst'],
      ['application/x-www-form-urlencoded', 'name=Formular'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nY\r\n--x--',
      ],
      ['application/xml', '<name>XML</name>'],
    ];
    for (const [type, payload] of bodies) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/partners',
        headers: { ...authHeaders(t.app), 'content-type': type },
        payload,
      });
      expect(expectProblem(res, 415).code, type).toBe('media_type');
    }
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ email: TEST_ADMIN.email, password: TEST_ADMIN.password }),
    });
    expectProblem(login, 415);
    expect(login.cookies).toHaveLength(0);
    expect(await auditRows(t)).toBe(n);
  });
});
