/** Funding ("midler afsat") and expenditure ("forbrug") of an initiative. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Funding } from '../../src/schemas/funding';
import { call, startTestApp, type TestApp } from '../api';
import { makeExpenditure, makeFunding, makeInitiative } from '../factories';
import { crudContract } from './crud';
import { expectRefused, getJson, listIds } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;

crudContract(() => t, {
  path: 'funding',
  entity: 'funding',
  labelDa: 'Bevilling',
  labelEn: 'Funding',
  body: async (a) => ({
    initiativeId: (await makeInitiative(a)).id,
    kind: 'money',
    // Beyond 32 bits: the column is a bigint on both databases.
    amount: 3_500_000_000,
    amountBasis: 'total',
    yearFrom: 2018,
    yearTo: 2020,
    source: 'Integrationshandleplan 2017-18',
  }),
  patch: () => ({ amount: 2_750_000, amountBasis: 'per_year' }),
  badCreate: [
    {
      name: 'money without an amount',
      change: (v) => ({ ...v, amount: null }),
      field: 'amount',
      da: 'Angiv beløbet i kroner.',
    },
    {
      name: 'staff years without a number',
      change: (v) => ({ ...v, kind: 'staff_years', amount: null }),
      field: 'staffYears',
    },
    {
      name: 'a last year before the first',
      change: (v) => ({ ...v, yearFrom: 2019, yearTo: 2018 }),
      field: 'yearTo',
      da: /Slutåret/,
    },
    { name: 'øre in the amount', change: (v) => ({ ...v, amount: 2.5 }), field: 'amount' },
    { name: 'a negative amount', change: (v) => ({ ...v, amount: -100 }), field: 'amount' },
    {
      name: '"N/A" as amount',
      change: (v) => ({ ...v, amount: 'N/A' }),
      field: 'amount',
      da: /: Skriv et tal\.$/,
    },
    { name: 'the year 1800', change: (v) => ({ ...v, yearFrom: 1800 }), field: 'yearFrom' },
    {
      name: 'an unknown initiative',
      change: (v) => ({ ...v, initiativeId: 424_242 }),
      field: 'initiativeId',
      da: /Indsats med id 424242/,
    },
    { name: 'an unknown kind', change: (v) => ({ ...v, kind: 'gift' }), field: 'kind' },
  ],
  badPatch: [
    { name: 'staff years without a number', change: () => ({ kind: 'staff_years' }), field: 'staffYears' },
    { name: 'a last year before the stored first', change: () => ({ yearTo: 2017 }), field: 'yearTo' },
  ],
});

crudContract(() => t, {
  path: 'expenditures',
  entity: 'expenditure',
  labelDa: 'Forbrug',
  labelEn: 'Expenditure',
  body: async (a) => ({
    initiativeId: (await makeInitiative(a)).id,
    year: 2018,
    amount: 1_234_567,
    note: 'Løn og materialer',
  }),
  patch: () => ({ amount: 1_300_000, note: 'Korrigeret efter regnskab' }),
  badCreate: [
    { name: '"N/A" as amount', change: (v) => ({ ...v, amount: 'N/A' }), field: 'amount' },
    { name: 'øre in the amount', change: (v) => ({ ...v, amount: 12.5 }), field: 'amount' },
    { name: 'the year 1899', change: (v) => ({ ...v, year: 1899 }), field: 'year' },
    { name: 'no year', change: ({ year: _y, ...rest }) => rest, field: 'year' },
    {
      name: 'an unknown initiative',
      change: (v) => ({ ...v, initiativeId: 424_242 }),
      field: 'initiativeId',
    },
  ],
  badPatch: [
    { name: 'a negative amount', change: () => ({ amount: -1 }), field: 'amount' },
    { name: 'a year in words', change: () => ({ year: 'i år' }), field: 'year' },
  ],
});

describe('funding', () => {
  it('stores staff years, an existing frame, and "funded until" without an amount', async () => {
    const initiative = await makeInitiative(t.app);
    const staff = await makeFunding(t.app, {
      initiativeId: initiative.id,
      kind: 'staff_years',
      amount: null,
      staffYears: 3.5,
    });
    expect(staff).toMatchObject({
      kind: 'staff_years',
      staffYears: 3.5,
      amount: null,
      amountBasis: 'per_year',
      position: 0,
    });
    const frame = await makeFunding(t.app, {
      initiativeId: initiative.id,
      kind: 'existing_frame',
      amount: null,
      position: 2,
    });
    expect(frame).toMatchObject({ kind: 'existing_frame', amount: null, position: 2 });
    const until = await makeFunding(t.app, { initiativeId: initiative.id, amount: null, fundedUntil: 2020 });
    expect(until).toMatchObject({ kind: 'money', amount: null, fundedUntil: 2020 });
    expect(await listIds(app(), `/api/v1/funding?initiativeId=${initiative.id}`)).toEqual([
      staff.id,
      until.id,
      frame.id,
    ]);
  });

  it('reads a large amount back as the same whole number', async () => {
    const funding = await makeFunding(t.app, { amount: 987_654_321_012 });
    expect((await getJson<Funding>(app(), `/api/v1/funding/${funding.id}`)).amount).toBe(987_654_321_012);
  });

  it('refuses to delete an initiative that has funding (409)', async () => {
    const funding = await makeFunding(t.app);
    const url = `/api/v1/initiatives/${funding.initiativeId}`;
    await expectRefused(
      t,
      [url, `/api/v1/funding/${funding.id}`],
      () => call(app(), 'DELETE', `${url}?version=1`),
      409,
    );
  });
});

describe('funding of a plan', () => {
  it('lists only the funding of the plan asked for, by id or slug', async () => {
    const a = await makeInitiative(t.app);
    const b = await makeInitiative(t.app, { planId: a.planId });
    const other = await makeInitiative(t.app);
    const fa = await makeFunding(t.app, { initiativeId: a.id });
    const fb = await makeFunding(t.app, { initiativeId: b.id });
    const fo = await makeFunding(t.app, { initiativeId: other.id });
    const ids = await listIds(app(), `/api/v1/funding?planId=${a.planId}`);
    expect(ids).toEqual([fa.id, fb.id]);
    expect(ids).not.toContain(fo.id);
    const plan = await getJson<{ slug: string }>(app(), `/api/v1/plans/${a.planId}`);
    expect(await listIds(app(), `/api/v1/funding?planId=${plan.slug}`)).toEqual([fa.id, fb.id]);
  });
});

describe('expenditures', () => {
  it('filters the list by initiative and year', async () => {
    const initiative = await makeInitiative(t.app);
    const y2019 = await makeExpenditure(t.app, { initiativeId: initiative.id, year: 2019 });
    const y2018 = await makeExpenditure(t.app, { initiativeId: initiative.id, year: 2018 });
    const elsewhere = await makeExpenditure(t.app, { year: 2018 });
    expect(await listIds(app(), `/api/v1/expenditures?initiativeId=${initiative.id}`)).toEqual([
      y2018.id,
      y2019.id,
    ]);
    expect(await listIds(app(), `/api/v1/expenditures?initiativeId=${initiative.id}&year=2019`)).toEqual([
      y2019.id,
    ]);
    const all2018 = await listIds(app(), '/api/v1/expenditures?year=2018');
    expect(all2018).toEqual(expect.arrayContaining([y2018.id, elsewhere.id]));
    expect(all2018).not.toContain(y2019.id);
  });

  it('refuses a year filter that is not a number (400)', async () => {
    await expectRefused(t, [], () => call(app(), 'GET', '/api/v1/expenditures?year=sidste'), 400, 'year');
  });
});
