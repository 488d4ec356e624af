/**
 * Input hygiene: a NUL character or a lone UTF-16 surrogate is refused with 422 problem+json on every engine —
 * in a body (also without sign-in), a path segment and a query string — and dates are limited to 1900 … 2199.
 * Nothing refused reaches the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../api';
import { callRaw, expectProblem, type PageBody } from '../api/helpers';
import { makePlan, planBody } from '../factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const REFUSED =
  'Teksten indeholder et tegn, der ikke kan gemmes (et NUL-tegn eller et ufuldstændigt Unicode-tegn).';

async function planCount(): Promise<number> {
  return (await call(t.app, 'GET', '/api/v1/plans')).json<PageBody>().total;
}

describe('NUL and lone surrogates', () => {
  it('refuses a NUL in the login e-mail without sign-in', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a\u0000b@kk.dk', password: 'hvad som helst her' },
    });
    expect(expectProblem(res, 422, 'email').detail).toBe(REFUSED);
  });

  it('refuses a NUL in a text field, a nested field and a key, and stores nothing', async () => {
    const before = await planCount();
    expectProblem(
      await call(t.app, 'POST', '/api/v1/plans', { ...planBody(), title: 'a\u0000b' }),
      422,
      'title',
    );
    expectProblem(
      await call(t.app, 'POST', '/api/v1/plans', { ...planBody(), x: { y: ['ok', 'n\u0000'] } }),
      422,
      'x.y.1',
    );
    expectProblem(
      await call(t.app, 'POST', '/api/v1/plans', { ...planBody(), 'k\u0000': 1 }),
      422,
      'k\u0000',
    );
    expect(await planCount()).toBe(before);
  });

  it('refuses a lone surrogate (escaped in the JSON text) but keeps a proper pair intact', async () => {
    const lone = JSON.stringify({ ...planBody(), title: 'x' }).replace('"x"', '"a\\ud800b"');
    expectProblem(await callRaw(t.app, 'POST', '/api/v1/plans', lone), 422, 'title');
    const lowOnly = JSON.stringify({ ...planBody(), title: 'x' }).replace('"x"', '"\\udc00"');
    expectProblem(await callRaw(t.app, 'POST', '/api/v1/plans', lowOnly), 422, 'title');
    const plan = await makePlan(t.app, { title: 'Handleplan 😀 æøå' });
    const stored = (await call(t.app, 'GET', `/api/v1/plans/${plan.id}`)).json<{ title: string }>();
    expect(stored.title).toBe('Handleplan 😀 æøå');
  });

  it('refuses a NUL in a path segment', async () => {
    expectProblem(await call(t.app, 'GET', '/api/v1/plans/a%00b/progress'), 422, 'plan');
  });

  it('refuses an address with a malformed %-escape as problem+json, in Danish or English', async () => {
    const da = expectProblem(await call(t.app, 'GET', '/api/v1/plans/%E0%A4%A'), 400);
    expect(da.detail).toBe(
      'Adressen kan ikke læses: den indeholder en ugyldig %-kode. Ret adressen, og prøv igen.',
    );
    const en = await t.app.inject({
      method: 'GET',
      url: '/api/v1/plans/%E0%A4%A',
      headers: { 'accept-language': 'en' },
    });
    expect(expectProblem(en, 400).detail).toMatch(/^The address cannot be read/);
  });

  it('refuses a NUL in audit filters and other query strings', async () => {
    expectProblem(await call(t.app, 'GET', '/api/v1/audit?actor=a%00b'), 422, 'actor');
    expectProblem(await call(t.app, 'GET', '/api/v1/audit.csv?entityType=%00'), 422, 'entityType');
    expectProblem(await call(t.app, 'GET', '/api/v1/plans?slug=a%00'), 422, 'slug');
  });
});

describe('dates', () => {
  it.each(['0000-01-01', '1899-12-31', '2200-01-01', '9999-12-31'])('refuses %s', async (d) => {
    const body = expectProblem(
      await call(t.app, 'POST', '/api/v1/plans', { ...planBody(), periodFrom: d, periodTo: d }),
      422,
    );
    expect(body.errors?.map((e) => e.message)).toContain(
      'Datoen skal ligge mellem 1900-01-01 og 2199-12-31.',
    );
  });

  it('accepts the first and the last day of the range', async () => {
    const plan = await makePlan(t.app, { periodFrom: '1900-01-01', periodTo: '2199-12-31' });
    expect(plan).toMatchObject({ periodFrom: '1900-01-01', periodTo: '2199-12-31' });
  });
});
