/**
 * The days-off setting: stored with its default (grundlovsdag, 24 and 31 December are days off), read by everyone
 * signed in, changed only by administrators with the version as read, validated, and audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import type { DaysOff } from '../../src/schemas/settings';
import { call, signIn, startTestApp, type TestApp } from '../api';
import { expectProblem, expectRefused, getJson, lastAudit } from './helpers';

const URL = '/api/v1/settings/days-off';
let t: TestApp;
let reader: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  const password = 'en lang læser-adgangskode';
  await createAccount(t.database.db, systemContext('test'), {
    email: 'laeser@kk.dk',
    password,
    name: 'Læser',
    roles: [{ role: 'reader' }],
  });
  reader = await signIn(t.app, 'laeser@kk.dk', password);
});
afterAll(() => t.close());

describe('the days-off setting', () => {
  it('starts with all three customary days off, and anyone signed in reads it', async () => {
    const stored = await getJson<DaysOff>(t.app, URL);
    expect(stored).toMatchObject({
      grundlovsdag: true,
      juleaftensdag: true,
      nytaarsaftensdag: true,
      version: 0,
      updatedAt: null,
      updatedBy: null,
    });
    const asReader = await t.app.inject({ method: 'GET', url: URL, headers: reader });
    expect(asReader.statusCode).toBe(200);
    expect(asReader.json<DaysOff>().grundlovsdag).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
  });

  it('an administrator changes it with the version as read, and the change is audited', async () => {
    const res = await call(t.app, 'PUT', URL, {
      grundlovsdag: false,
      juleaftensdag: true,
      nytaarsaftensdag: true,
      version: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<DaysOff>()).toMatchObject({ grundlovsdag: false, version: 1, updatedBy: 'test@kk.dk' });
    expect((await getJson<DaysOff>(t.app, URL)).grundlovsdag).toBe(false);
    const entry = await lastAudit(t);
    expect(entry).toMatchObject({ actor: 'test@kk.dk', action: 'update', entityType: 'setting' });
    expect(entry.before).toEqual({
      daysOff: { grundlovsdag: true, juleaftensdag: true, nytaarsaftensdag: true },
    });
    expect(entry.after).toEqual({
      daysOff: { grundlovsdag: false, juleaftensdag: true, nytaarsaftensdag: true },
    });
  });

  it('refuses a change based on an old version, changing nothing', async () => {
    const body = { grundlovsdag: true, juleaftensdag: false, nytaarsaftensdag: true, version: 0 };
    const problem = await expectRefused(t, [URL], () => call(t.app, 'PUT', URL, body), 409, 'version');
    expect(problem.code).toBe('stale_version');
  });

  it('refuses a body that is not three yes/no values and a version', async () => {
    await expectRefused(
      t,
      [URL],
      () =>
        call(t.app, 'PUT', URL, {
          grundlovsdag: 'ja',
          juleaftensdag: true,
          nytaarsaftensdag: true,
          version: 1,
        }),
      422,
      'grundlovsdag',
    );
    await expectRefused(
      t,
      [URL],
      () => call(t.app, 'PUT', URL, { grundlovsdag: true, juleaftensdag: true, nytaarsaftensdag: true }),
      422,
      'version',
    );
  });

  it('refuses everyone but administrators', async () => {
    const body = { grundlovsdag: true, juleaftensdag: true, nytaarsaftensdag: true, version: 1 };
    await expectRefused(
      t,
      [URL],
      () => t.app.inject({ method: 'PUT', url: URL, headers: reader, payload: body }),
      403,
    );
    expectProblem(await t.app.inject({ method: 'PUT', url: URL, payload: body }), 401);
  });
});
