/** Reference lists: units, partners, target groups, venues. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../api';
import {
  makeActivity,
  makeInitiative,
  makePartner,
  makePlan,
  makeTargetGroup,
  makeUnit,
  makeVenue,
  unique,
  unitBody,
} from '../factories';
import { crudContract } from './crud';
import { callEn, expectRefused, getJson, listIds, type Stored } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;

crudContract(() => t, {
  path: 'units',
  entity: 'unit',
  labelDa: 'Forvaltning',
  labelEn: 'Unit',
  body: () => Promise.resolve(unitBody()),
  patch: () => ({ name: `Børne- og Ungdomsforvaltningen ${unique()}` }),
  badCreate: [
    {
      name: 'no code',
      change: ({ code: _c, ...rest }) => rest,
      field: 'code',
      da: 'Ugyldig værdi i feltet "code": Feltet skal udfyldes.',
    },
    {
      name: 'a number as code',
      change: (v) => ({ ...v, code: 5 }),
      field: 'code',
      da: 'Ugyldig værdi i feltet "code": Skriv en tekst.',
    },
    { name: 'a code of 21 characters', change: (v) => ({ ...v, code: 'X'.repeat(21) }), field: 'code' },
    { name: 'a blank name', change: (v) => ({ ...v, name: '   ' }), field: 'name' },
  ],
  badPatch: [
    { name: 'an empty code', change: () => ({ code: '' }), field: 'code' },
    { name: 'a name of 301 characters', change: () => ({ name: 'n'.repeat(301) }), field: 'name' },
  ],
});

crudContract(() => t, {
  path: 'partners',
  entity: 'partner',
  labelDa: 'Samarbejdspartner',
  labelEn: 'Partner',
  body: () => Promise.resolve({ name: `C:NTACT ${unique()}`, description: 'Teater om social kontrol' }),
  patch: () => ({ description: `Workshops for forældre ${unique()}` }),
  badCreate: [
    { name: 'no name', change: ({ name: _n, ...rest }) => rest, field: 'name' },
    { name: 'a number as description', change: (v) => ({ ...v, description: 12 }), field: 'description' },
  ],
  badPatch: [{ name: 'a null name', change: () => ({ name: null }), field: 'name' }],
});

crudContract(() => t, {
  path: 'target-groups',
  entity: 'targetGroup',
  labelDa: 'Målgruppe',
  labelEn: 'Target group',
  body: () => Promise.resolve({ name: `børn og unge ${unique()}` }),
  patch: () => ({ name: `forældre ${unique()}` }),
  badCreate: [
    { name: 'an empty name', change: () => ({ name: '' }), field: 'name' },
    { name: 'a list as name', change: () => ({ name: ['børn'] }), field: 'name' },
  ],
  badPatch: [{ name: 'a number as name', change: () => ({ name: 7 }), field: 'name' }],
});

crudContract(() => t, {
  path: 'venues',
  entity: 'venue',
  labelDa: 'Sted',
  labelEn: 'Venue',
  body: async (a) => ({ name: `Friskolen ${unique()}`, kind: 'friskole', unitId: (await makeUnit(a)).id }),
  patch: () => ({ kind: 'klub', unitId: null }),
  badCreate: [
    { name: 'an unknown kind', change: (v) => ({ ...v, kind: 'slot' }), field: 'kind' },
    {
      name: 'an unknown unit',
      change: (v) => ({ ...v, unitId: 999_999 }),
      field: 'unitId',
      da: 'Forvaltning med id 999999 findes ikke.',
    },
    { name: '"N/A" as unit id', change: (v) => ({ ...v, unitId: 'N/A' }), field: 'unitId' },
    { name: 'a fractional unit id', change: (v) => ({ ...v, unitId: 1.5 }), field: 'unitId' },
    {
      name: 'a unit id beyond the id range',
      change: (v) => ({ ...v, unitId: 99_999_999_999 }),
      field: 'unitId',
    },
  ],
  badPatch: [
    { name: 'an unknown unit', change: () => ({ unitId: 999_999 }), field: 'unitId', da: /findes ikke/ },
    { name: 'an unknown kind', change: () => ({ kind: 'borg' }), field: 'kind' },
  ],
});

describe('units', () => {
  it('filters the list by code', async () => {
    const unit = await makeUnit(t.app);
    await makeUnit(t.app);
    expect(await listIds(app(), `/api/v1/units?code=${String(unit.code)}`)).toEqual([unit.id]);
    expect(await listIds(app(), '/api/v1/units?code=NOPE')).toEqual([]);
  });

  it('refuses a duplicate code (409) on create and on update, and changes nothing', async () => {
    const a = await makeUnit(t.app);
    const b = await makeUnit(t.app);
    const watch = ['/api/v1/units?pageSize=500', `/api/v1/units/${b.id}`];
    const p = await expectRefused(
      t,
      watch,
      () => call(app(), 'POST', '/api/v1/units', { code: a.code, name: 'Kopi' }),
      409,
    );
    expect(p).toMatchObject({ code: 'conflict', detail: 'Der findes allerede en post med samme værdi.' });
    await expectRefused(
      t,
      watch,
      () => call(app(), 'PATCH', `/api/v1/units/${b.id}`, { code: a.code, version: 1 }),
      409,
    );
    const en = await callEn(app(), 'POST', '/api/v1/units', { code: a.code, name: 'Kopi' });
    expect(en.json<{ detail: string }>().detail).toBe('A record with the same value already exists.');
  });

  it('refuses to delete a unit that a plan or a venue refers to (409), and keeps it', async () => {
    const unit = await makeUnit(t.app);
    const plan = await makePlan(t.app, { unitId: unit.id });
    const url = `/api/v1/units/${unit.id}`;
    const p = await expectRefused(
      t,
      [url, '/api/v1/units?pageSize=500'],
      () => call(app(), 'DELETE', `${url}?version=1`),
      409,
    );
    expect(p).toMatchObject({ code: 'conflict' });
    expect(p.detail).toContain('andre data henviser til den');
    expect(await getJson(app(), url)).toEqual(unit);

    expect(
      (await call(app(), 'PATCH', `/api/v1/plans/${plan.id}`, { unitId: null, version: 1 })).statusCode,
    ).toBe(200);
    const venue = await makeVenue(t.app, { unitId: unit.id });
    await expectRefused(t, [url], () => call(app(), 'DELETE', `${url}?version=1`), 409);
    expect((await call(app(), 'DELETE', `/api/v1/venues/${venue.id}?version=1`)).statusCode).toBe(204);
    expect((await call(app(), 'DELETE', `${url}?version=1`)).statusCode).toBe(204);
  });
});

describe('partners and target groups', () => {
  it('refuses a duplicate partner or target group name (409)', async () => {
    const partner = await makePartner(t.app);
    const group = await makeTargetGroup(t.app);
    await expectRefused(
      t,
      ['/api/v1/partners?pageSize=500'],
      () => call(app(), 'POST', '/api/v1/partners', { name: partner.name }),
      409,
    );
    await expectRefused(
      t,
      ['/api/v1/target-groups?pageSize=500'],
      () => call(app(), 'POST', '/api/v1/target-groups', { name: group.name }),
      409,
    );
  });

  it('refuses to delete a partner an initiative names, or a target group an activity reached (409)', async () => {
    const partner = await makePartner(t.app);
    await makeInitiative(t.app, { partnerIds: [partner.id] });
    const pUrl = `/api/v1/partners/${partner.id}`;
    await expectRefused(t, [pUrl], () => call(app(), 'DELETE', `${pUrl}?version=1`), 409);

    const group = await makeTargetGroup(t.app);
    await makeActivity(t.app, { reach: [{ targetGroupId: group.id, count: 12 }] });
    const gUrl = `/api/v1/target-groups/${group.id}`;
    await expectRefused(t, [gUrl], () => call(app(), 'DELETE', `${gUrl}?version=1`), 409);
  });
});

describe('venues', () => {
  it('filters the list by kind and unit', async () => {
    const unit = await makeUnit(t.app);
    const school = await makeVenue(t.app, { kind: 'privatskole', unitId: unit.id });
    const club = await makeVenue(t.app, { kind: 'klub', unitId: unit.id });
    const other = await makeVenue(t.app, { kind: 'privatskole' });
    expect(await listIds(app(), `/api/v1/venues?unitId=${unit.id}`)).toEqual(
      expect.arrayContaining([school.id, club.id]),
    );
    expect(await listIds(app(), `/api/v1/venues?unitId=${unit.id}`)).toHaveLength(2);
    const privat = await listIds(app(), '/api/v1/venues?kind=privatskole');
    expect(privat).toEqual(expect.arrayContaining([school.id, other.id]));
    expect(privat).not.toContain(club.id);
    expect(await listIds(app(), `/api/v1/venues?kind=privatskole&unitId=${unit.id}`)).toEqual([school.id]);
  });

  it('refuses an unknown kind in the list filter (400)', async () => {
    const res = await call(app(), 'GET', '/api/v1/venues?kind=slot');
    expect(res.statusCode).toBe(400);
    expect(res.json<Stored>()).toMatchObject({ field: 'kind', code: 'validation' });
  });
});
