/**
 * Single sign-on against a real OpenID Provider (oidc-provider on 127.0.0.1): the app redirects, the test's
 * "browser" signs in at the provider and brings the callback URL back to the app (through app.inject), and the app
 * exchanges the code with the provider over HTTP.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import { systemContext } from '../../src/auth/context';
import { OidcConfigError } from '../../src/auth/oidc-config';
import { createAccount } from '../../src/features/users/accounts';
import { startTestApp, type TestApp } from '../api';
import { makeInitiative, makePlan } from '../factories';
import { loginAtIdp, startIdp, type TestIdp } from './idp';

const REDIRECT = 'https://indsats.test/api/v1/auth/oidc/callback';
const CLIENT = { id: 'indsats', secret: 'en-hemmelig-klientnoegle-til-test', redirectUri: REDIRECT };

let idp: TestIdp;
let t: TestApp;
let planId: number;
let initiativeId: number;
const savedEnv = { ...process.env };

beforeAll(async () => {
  idp = await startIdp(CLIENT);
  idp.people.set('anna', {
    email: 'anna@kk.dk',
    name: 'Anna Andersen',
    groups: ['bif-integration', 'ssp', 'ukendt'],
  });
  idp.people.set('bo', { email: 'Bo@kk.dk', name: 'Bo Berg', groups: ['indsats-admins'] });
  idp.people.set('carl', { email: 'carl@kk.dk', name: 'Carl Clausen', groups: ['en-gruppe-uden-rolle'] });
  Object.assign(process.env, {
    INDSATS_OIDC_ISSUER: idp.issuer,
    INDSATS_OIDC_CLIENT_ID: CLIENT.id,
    INDSATS_OIDC_CLIENT_SECRET: CLIENT.secret,
    INDSATS_OIDC_REDIRECT_URL: REDIRECT,
    INDSATS_OIDC_SCOPES: 'openid email profile groups',
    INDSATS_OIDC_ALLOW_HTTP: '1',
    INDSATS_OIDC_ROLE_MAP: JSON.stringify({
      'indsats-admins': { role: 'admin' },
      'indsats-læsere': { role: 'reader' },
      'bif-integration': { role: 'coordinator', plan: 'integrationshandleplan-2017-18' },
      ssp: [{ role: 'owner', plan: 'integrationshandleplan-2017-18', initiative: 1 }],
      'gammel-plan': { role: 'coordinator', plan: 'findes-ikke-endnu' },
    }),
  });
  t = await startTestApp();
  planId = (await makePlan(t.app, { slug: 'integrationshandleplan-2017-18' })).id;
  initiativeId = (await makeInitiative(t.app, { planId, number: 1 })).id;
});

afterAll(async () => {
  process.env = savedEnv;
  await t?.close();
  await idp?.close();
});

const cookieOf = (res: LightMyRequestResponse, name: string) => res.cookies.find((c) => c.name === name);

/** GET the login route; returns the provider URL and this browser's state cookie. */
async function startLogin(
  query = '',
): Promise<{ location: string; state: string; res: LightMyRequestResponse }> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/auth/oidc/login${query}` });
  expect(res.statusCode, res.body).toBe(302);
  return { location: res.headers.location as string, state: cookieOf(res, 'indsats_oidc')!.value, res };
}

/** Call the app's callback with the URL the provider redirected to, as the browser would (with its cookies). */
function callback(url: string, cookies: Record<string, string>): Promise<LightMyRequestResponse> {
  const u = new URL(url);
  return t.app.inject({ method: 'GET', url: u.pathname + u.search, cookies });
}

/** A whole login as one person; returns the callback response. */
async function ssoLogin(accountId: string, query = ''): Promise<LightMyRequestResponse> {
  const { location, state } = await startLogin(query);
  return callback(await loginAtIdp(location, accountId, REDIRECT), { indsats_oidc: state });
}

async function me(res: LightMyRequestResponse) {
  const session = cookieOf(res, 'indsats_session')!;
  const answer = await t.app.inject({
    method: 'GET',
    url: '/api/v1/auth/me',
    cookies: { indsats_session: session.value },
  });
  expect(answer.statusCode).toBe(200);
  return answer.json<{ id: number; label: string; name: string; roles: unknown[] }>();
}

describe('single sign-on (OIDC)', () => {
  it('tells the sign-in page that single sign-on is set up, without starting a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/status' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ enabled: true });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('redirects to the identity provider with state, nonce and PKCE, bound to the browser by a cookie', async () => {
    const { location, state, res } = await startLogin();
    const url = new URL(location);
    expect(url.origin + url.pathname).toBe(`${idp.issuer}/auth`);
    expect(url.searchParams.get('client_id')).toBe('indsats');
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('scope')).toBe('openid email profile groups');
    expect(url.searchParams.get('state')).toBe(state);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    const cookie = cookieOf(res, 'indsats_oidc')!;
    expect(cookie).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      secure: true,
      path: '/api/v1/auth/oidc/',
    });
    // The verifier stays on the server.
    expect(location).not.toContain(
      (await t.database.db.selectFrom('oidcLogins').select('codeVerifier').executeTakeFirstOrThrow())
        .codeVerifier,
    );
  });

  it('signs a person in with the roles their groups map to, and returns to the requested page', async () => {
    const res = await ssoLogin('anna', '?returnTo=%2Fplaner%2Fintegration%3Fvis%3Dfremdrift');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/planer/integration?vis=fremdrift');
    expect(cookieOf(res, 'indsats_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookieOf(res, 'indsats_oidc')?.value).toBe('');
    const who = await me(res);
    expect(who).toMatchObject({ label: 'anna@kk.dk', name: 'Anna Andersen' });
    expect(who.roles).toEqual(
      expect.arrayContaining([
        { role: 'coordinator', planId, initiativeId: null },
        { role: 'owner', planId: null, initiativeId },
      ]),
    );
    expect(who.roles).toHaveLength(2);
    const row = await t.database.db
      .selectFrom('users')
      .select(['oidcSubject', 'passwordHash'])
      .where('id', '=', who.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ oidcSubject: 'anna', passwordHash: null });
  });

  it('records the sign-in in the audit log with method oidc', async () => {
    const user = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'anna@kk.dk')
      .executeTakeFirstOrThrow();
    const entries = await t.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityType', '=', 'user')
      .where('entityId', '=', user.id)
      .execute();
    const logins = entries.filter((e) => e.action === 'login');
    expect(logins.length).toBeGreaterThan(0);
    expect(JSON.parse(logins[0].after!)).toEqual({ method: 'oidc' });
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'sync_roles', 'login']));
  });

  it('replaces the roles with those of the changed groups at the next sign-in', async () => {
    const first = await me(await ssoLogin('anna'));
    idp.people.get('anna')!.groups = ['indsats-læsere', 'gammel-plan'];
    const second = await me(await ssoLogin('anna'));
    expect(second.id).toBe(first.id);
    // The coordinator entry for a plan that does not exist (yet) grants nothing.
    expect(second.roles).toEqual([{ role: 'reader', planId: null, initiativeId: null }]);
    const count = await t.database.db
      .selectFrom('roleAssignments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('userId', '=', second.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('links an existing account by e-mail at the first sign-in, and its groups replace its roles', async () => {
    const existing = await createAccount(t.database.db, systemContext('test'), {
      email: 'bo@kk.dk',
      name: 'Bo',
      password: 'en lang adgangskode til bo',
      roles: [{ role: 'reader' }],
    });
    const res = await ssoLogin('bo');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/');
    const who = await me(res);
    expect(who).toMatchObject({ id: existing.id, name: 'Bo Berg' });
    expect(who.roles).toEqual([{ role: 'admin', planId: null, initiativeId: null }]);
    const row = await t.database.db
      .selectFrom('users')
      .select(['oidcSubject', 'passwordHash'])
      .where('id', '=', existing.id)
      .executeTakeFirstOrThrow();
    expect(row.oidcSubject).toBe('bo');
    expect(row.passwordHash).not.toBeNull();
  });

  it('gives a person without a mapped group a session but no rights', async () => {
    const res = await ssoLogin('carl');
    const who = await me(res);
    expect(who.roles).toEqual([]);
    const session = cookieOf(res, 'indsats_session')!.value;
    const plans = await t.app.inject({
      method: 'GET',
      url: '/api/v1/plans',
      cookies: { indsats_session: session },
    });
    expect(plans.statusCode).toBe(403);
  });

  it('refuses a tampered state, a missing state cookie and a replayed callback, without a session', async () => {
    const sessionsBefore = await t.database.db.selectFrom('sessions').select('idHash').execute();
    const { location, state } = await startLogin();
    const back = await loginAtIdp(location, 'anna', REDIRECT);
    const tampered = new URL(back);
    tampered.searchParams.set('state', `${state.slice(0, -2)}xy`);
    for (const res of [
      await callback(tampered.href, { indsats_oidc: state }),
      await callback(back, {}),
      await callback(back, { indsats_oidc: `${state}x` }),
    ]) {
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json<{ code: string; detail: string }>();
      expect(problem.code).toBe('oidc_state');
      expect(problem.detail).toBe('Login-forespørgslen er ugyldig eller udløbet. Start login forfra.');
      expect(cookieOf(res, 'indsats_session')).toBeUndefined();
    }
    // The untampered callback still works once, and only once.
    expect((await callback(back, { indsats_oidc: state })).statusCode).toBe(302);
    const replay = await callback(back, { indsats_oidc: state });
    expect(replay.statusCode).toBe(400);
    expect(cookieOf(replay, 'indsats_session')).toBeUndefined();
    const sessionsAfter = await t.database.db.selectFrom('sessions').select('idHash').execute();
    expect(sessionsAfter).toHaveLength(sessionsBefore.length + 1);
  });

  it('explains in Danish when the identity provider refuses the login', async () => {
    const { state } = await startLogin();
    const res = await callback(
      `${REDIRECT}?error=access_denied&state=${state}&iss=${encodeURIComponent(idp.issuer)}`,
      {
        indsats_oidc: state,
      },
    );
    expect(res.statusCode).toBe(401);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('oidc_refused');
    expect(problem.detail).toBe(
      'Identitetsudbyderen afviste login (access_denied). Prøv igen, eller kontakt IT-support.',
    );
    expect(cookieOf(res, 'indsats_session')).toBeUndefined();
  });

  it('refuses a return address on another site', async () => {
    for (const target of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(target)}`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'returnTo' });
    }
  });
});

describe('single sign-on configuration at start-up', () => {
  it('answers 404 "Single sign-on er ikke sat op." when not configured', async () => {
    for (const key of Object.keys(process.env)) if (key.startsWith('INDSATS_OIDC_')) delete process.env[key];
    const app = await buildApp({ db: t.database.db });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ detail: 'Single sign-on er ikke sat op.' });
      const status = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/status' });
      expect(status.json()).toEqual({ enabled: false });
    } finally {
      await app.close();
    }
  });

  it('refuses to start with a bad role map, naming the group', async () => {
    Object.assign(process.env, {
      INDSATS_OIDC_ISSUER: idp.issuer,
      INDSATS_OIDC_CLIENT_ID: CLIENT.id,
      INDSATS_OIDC_CLIENT_SECRET: CLIENT.secret,
      INDSATS_OIDC_REDIRECT_URL: REDIRECT,
      INDSATS_OIDC_ALLOW_HTTP: '1',
      INDSATS_OIDC_ROLE_MAP: '{"bif-integration": {"role": "coordinator"}}',
    });
    const started = buildApp({ db: t.database.db });
    await expect(started).rejects.toThrow(OidcConfigError);
    await expect(started).rejects.toThrow(/gruppen "bif-integration": rollen coordinator kræver en plan/);
  });
});
