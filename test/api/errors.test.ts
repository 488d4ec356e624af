/** Errors that speak to people: problem+json, Danish or English, the failing field, the right status; no change. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/schemas/reference';
import { authHeaders, call, startTestApp, type TestApp } from '../api';
import { makeUnit } from '../factories';
import {
  auditCount,
  callEn,
  callRaw,
  expectProblem,
  expectRefused,
  getJson,
  lastAudit,
  lastAudits,
  type PageBody,
} from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;
const units = '/api/v1/units?pageSize=500';

describe('problem responses', () => {
  it('answers an unknown address with 404 in Danish, or English when asked', async () => {
    const da = expectProblem(await call(app(), 'GET', '/api/v1/nothing-here'), 404);
    expect(da).toMatchObject({
      type: 'about:blank',
      code: 'not_found',
      title: 'Adressen findes ikke.',
      detail: 'Adressen findes ikke.',
    });
    expect(expectProblem(await callEn(app(), 'GET', '/api/v1/nothing-here'), 404).detail).toBe(
      'No such address.',
    );
    expectProblem(await call(app(), 'PUT', '/api/v1/units'), 404);
  });

  it('answers malformed JSON with 400 and changes nothing', async () => {
    const p = await expectRefused(
      t,
      [units],
      () => callRaw(app(), 'POST', '/api/v1/units', '{"code": "BIF", "name": }'),
      400,
    );
    expect(p).toMatchObject({ code: 'malformed', detail: 'Forespørgslen indeholder ikke gyldig JSON.' });
    expect(p.field).toBeUndefined();
    const en = await app().inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { ...authHeaders(app()), 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"code": ',
    });
    expect(expectProblem(en, 400).detail).toBe('The request body is not valid JSON.');
  });

  it('answers a missing body with 400, an empty JSON body with 415, a body over 1 MB with 413', async () => {
    const missing = await expectRefused(
      t,
      [units],
      () => app().inject({ method: 'POST', url: '/api/v1/units', headers: authHeaders(app()) }),
      400,
    );
    expect(missing.detail).toBe('Forespørgslen mangler data i JSON-format.');
    const empty = await expectRefused(t, [units], () => callRaw(app(), 'POST', '/api/v1/units', ''), 415);
    expect(empty.detail).toBe('Send data som application/json.');
    const huge = JSON.stringify({ code: 'BIG', name: 'x'.repeat(1_100_000) });
    const big = await expectRefused(t, [units], () => callRaw(app(), 'POST', '/api/v1/units', huge), 413);
    expect(big.detail).toBe('Forespørgslen er for stor.');
  });

  it('answers valid JSON of the wrong shape with 422 and no field', async () => {
    const p = await expectRefused(
      t,
      [units],
      () => call(app(), 'POST', '/api/v1/units', [{ code: 'A', name: 'B' }]),
      422,
    );
    expect(p.field).toBeUndefined();
    expect(p.detail).toBe('Forespørgslens data er ugyldige: Angiv et objekt med felter.');
  });

  it('lists every invalid field, the first one in the message', async () => {
    const p = await expectRefused(
      t,
      [units],
      () => call(app(), 'POST', '/api/v1/units', { name: 42 }),
      422,
      'code',
    );
    expect(p.errors?.map((e) => e.field)).toEqual(['code', 'name']);
    expect(p.title).toBe(p.detail);
    expect(p.detail).toBe('Ugyldig værdi i feltet "code": Feltet skal udfyldes.');
    expect(p.errors?.[1].message).toBe('Skriv en tekst.');
    const en = expectProblem(await callEn(app(), 'POST', '/api/v1/units', { name: 42 }), 422, 'code');
    expect(en.detail).toBe('Invalid value in "code": This field is required.');
    expect(en.errors?.[1].message).toBe('Enter a text.');
  });

  it('speaks English only when the first language asked for is English', async () => {
    const ask = (lang: string) =>
      app()
        .inject({ url: '/api/v1/units/424242', headers: { ...authHeaders(app()), 'accept-language': lang } })
        .then((r) => expectProblem(r, 404).detail);
    expect(await ask('en-US,en;q=0.9')).toBe('Unit 424242 does not exist.');
    expect(await ask('da-DK,da;q=0.9,en;q=0.8')).toBe('Forvaltning med id 424242 findes ikke.');
    expect(await ask('de-DE')).toBe('Forvaltning med id 424242 findes ikke.');
  });
});

describe('pagination', () => {
  it('defaults to page 1 of 50 and refuses out-of-range pages (400 on the parameter)', async () => {
    for (let n = 0; n < 3; n++) await makeUnit(app());
    const first = await getJson<PageBody>(app(), '/api/v1/units');
    expect(first).toMatchObject({ page: 1, pageSize: 50 });
    expect(first.total).toBeGreaterThanOrEqual(3);
    const second = await getJson<PageBody>(app(), '/api/v1/units?page=2&pageSize=1');
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/units?page=0'), 400, 'page');
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/units?page=abc'), 400, 'page');
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/units?pageSize=0'), 400, 'pageSize');
    const tooBig = await expectRefused(
      t,
      [],
      () => call(app(), 'GET', '/api/v1/units?pageSize=501'),
      400,
      'pageSize',
    );
    expect(tooBig.detail).toMatch(/500/);
  });
});

describe('concurrency and the audit trail', () => {
  it('lets exactly one of two updates at the same version win; the other gets 409', async () => {
    const unit = await makeUnit(app());
    const url = `/api/v1/units/${unit.id}`;
    const before = await auditCount(t);
    const [a, b] = await Promise.all([
      call(app(), 'PATCH', url, { name: 'Første', version: 1 }),
      call(app(), 'PATCH', url, { name: 'Anden', version: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = (a.statusCode === 200 ? a : b).json<Unit>();
    expect(await getJson<Unit>(app(), url)).toMatchObject({ version: 2, name: winner.name });
    expect(await auditCount(t)).toBe(before + 1);
  });

  it('records the acting person and the request id with each change; anonymous changes are refused', async () => {
    const unit = await makeUnit(app());
    expect(await lastAudit(t)).toMatchObject({ actor: 'test@kk.dk', entityId: unit.id });
    const before = await auditCount(t);
    const anonymous = await app().inject({
      method: 'PATCH',
      url: `/api/v1/units/${unit.id}`,
      payload: { name: 'Uden navn', version: 1 },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await auditCount(t)).toBe(before);
    const res = await call(app(), 'PATCH', `/api/v1/units/${unit.id}`, { name: 'Uden navn', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(await lastAudit(t)).toMatchObject({ actor: 'test@kk.dk', action: 'update' });
    const row = await t.database.db
      .selectFrom('auditLog')
      .select('requestId')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(row.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('audits only the fields that changed', async () => {
    const unit = await makeUnit(app());
    await call(app(), 'PATCH', `/api/v1/units/${unit.id}`, { code: unit.code, name: 'Nyt navn', version: 1 });
    const [entry] = await lastAudits(t, 1);
    expect(entry).toMatchObject({ before: { name: unit.name }, after: { name: 'Nyt navn' } });
    expect(Object.keys(entry.before ?? {})).toEqual(['name']);
  });
});
