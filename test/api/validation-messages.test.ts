/** Validation messages are whole sentences that say what to write, in Danish, and in English when asked. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../api';
import { makeInitiative, makePlan } from '../factories';
import { callEn, expectProblem } from './helpers';

let t: TestApp;
let planId: number;
beforeAll(async () => {
  t = await startTestApp();
  planId = (await makePlan(t.app)).id;
});
afterAll(() => t.close());

const body = (over: Record<string, unknown>) => ({ planId, title: 'Indsats', ...over });

describe('validation messages', () => {
  it.each([
    [
      'a fraction where a whole number goes',
      { number: 2.5 },
      'number',
      'Skriv et helt tal.',
      'Enter a whole number.',
    ],
    [
      'zero below the least number',
      { number: 0 },
      'number',
      'Tallet skal være mindst 1.',
      'The number must be at least 1.',
    ],
    [
      'a number above the largest',
      { number: 10_000 },
      'number',
      'Tallet må højst være 9.999.',
      'The number must be at most 9,999.',
    ],
    ['text where a number goes', { number: 'tre' }, 'number', 'Skriv et tal.', 'Enter a number.'],
    ['a missing title', { title: undefined }, 'title', 'Feltet skal udfyldes.', 'This field is required.'],
    ['a blank title', { title: '   ' }, 'title', 'Feltet skal udfyldes.', 'This field is required.'],
    [
      'a title of 301 characters',
      { title: 't'.repeat(301) },
      'title',
      'Skriv en tekst på højst 300 tegn.',
      'Enter a text of at most 300 characters.',
    ],
    [
      'an unknown kind',
      { kind: 'andet' },
      'kind',
      'Vælg en af: recommendation, other.',
      'Choose one of: recommendation, other.',
    ],
  ] as const)('answers %s with a sentence', async (_name, over, field, da, en) => {
    const p = expectProblem(await call(t.app, 'POST', '/api/v1/initiatives', body(over)), 422, field);
    expect(p.detail).toBe(`Ugyldig værdi i feltet "${field}": ${da}`);
    expect(p.errors?.[0].message).toBe(da);
    const e = expectProblem(await callEn(t.app, 'POST', '/api/v1/initiatives', body(over)), 422, field);
    expect(e.detail).toBe(`Invalid value in "${field}": ${en}`);
  });

  it('names the choices of an activity state', async () => {
    const i = await makeInitiative(t.app, { planId });
    const res = await call(t.app, 'POST', '/api/v1/activities', {
      initiativeId: i.id,
      state: 'udført',
      kind: 'møde',
      title: 'Møde',
      dateFrom: '2018-03-01',
      dateTo: '2018-03-01',
    });
    expect(expectProblem(res, 422, 'state').errors?.[0].message).toBe(
      'Vælg en af: planned, done, cancelled.',
    );
  });

  it('speaks the same way about a query parameter', async () => {
    const p = expectProblem(await call(t.app, 'GET', '/api/v1/initiatives?pageSize=0'), 400, 'pageSize');
    expect(p.errors?.[0].message).toBe('Tallet skal være mindst 1.');
  });
});
