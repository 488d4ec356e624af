/** Plans and their initiatives. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Initiative } from '../../src/schemas/initiatives';
import { call, startTestApp, type TestApp } from '../api';
import { makeInitiative, makePartner, makePlan, makeTarget, makeUnit, planBody, unique } from '../factories';
import { crudContract } from './crud';
import { auditCount, expectRefused, getJson, lastAudit, listIds, type PageBody } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;

crudContract(() => t, {
  path: 'plans',
  entity: 'plan',
  labelDa: 'Handleplan',
  labelEn: 'Plan',
  body: async (a) => ({ ...planBody(), unitId: (await makeUnit(a)).id, organisation: 'Københavns Kommune' }),
  patch: () => ({ title: `Integrationshandleplan 2019-20 (${unique()})`, periodTo: '2019-12-31' }),
  badCreate: [
    {
      name: 'the date 2018-02-30',
      change: (v) => ({ ...v, periodFrom: '2018-02-30' }),
      field: 'periodFrom',
      da: /Ugyldig dato/,
    },
    {
      name: 'a date without the century',
      change: (v) => ({ ...v, periodTo: '18-12-31' }),
      field: 'periodTo',
      da: /ÅÅÅÅ-MM-DD/,
    },
    {
      name: 'an end before the start',
      change: (v) => ({ ...v, periodFrom: '2018-06-01', periodTo: '2018-05-31' }),
      field: 'periodTo',
      da: 'Periodens slutdato ligger før startdatoen.',
    },
    {
      name: 'an unknown unit',
      change: (v) => ({ ...v, unitId: 424_242 }),
      field: 'unitId',
      da: 'Forvaltning med id 424242 findes ikke.',
    },
    {
      name: 'a slug with spaces and capitals',
      change: (v) => ({ ...v, slug: 'Min Plan' }),
      field: 'slug',
      da: /Kun små bogstaver/,
    },
    { name: 'no theme', change: ({ theme: _t, ...rest }) => rest, field: 'theme' },
  ],
  badPatch: [
    {
      name: 'an end before the stored start',
      change: () => ({ periodTo: '2017-06-30' }),
      field: 'periodTo',
      da: /slutdato/,
    },
    { name: 'the month 13', change: () => ({ periodFrom: '2018-13-01' }), field: 'periodFrom' },
    { name: 'an unknown unit', change: () => ({ unitId: 424_242 }), field: 'unitId' },
  ],
});

const partners: number[] = [];
crudContract(() => t, {
  path: 'initiatives',
  entity: 'initiative',
  labelDa: 'Indsats',
  labelEn: 'Initiative',
  body: async (a) => {
    if (partners.length === 0) partners.push((await makePartner(a)).id, (await makePartner(a)).id);
    return {
      planId: (await makePlan(a)).id,
      number: 3,
      kind: 'recommendation',
      title: 'Kompetenceløft af fagpersoner',
      purpose: 'At styrke fagpersoners viden om social kontrol.',
      unitId: (await makeUnit(a)).id,
      partnerIds: partners,
    };
  },
  patch: () => ({ title: `Forældreinddragelse ${unique()}`, partnerIds: [partners[1]] }),
  badCreate: [
    {
      name: 'a recommendation without a plan',
      change: (v) => ({ ...v, planId: null }),
      field: 'planId',
      da: /En anbefaling skal høre til en handleplan/,
    },
    {
      name: 'an unknown plan',
      change: (v) => ({ ...v, planId: 424_242 }),
      field: 'planId',
      da: 'Handleplan med id 424242 findes ikke.',
    },
    {
      name: 'an unknown partner',
      change: (v) => ({ ...v, partnerIds: [partners[0], 424_242] }),
      field: 'partnerIds',
      da: /424242 findes ikke/,
    },
    {
      name: '"N/A" as number',
      change: (v) => ({ ...v, number: 'N/A' }),
      field: 'number',
      da: /: Skriv et tal\.$/,
    },
    { name: 'a fractional number', change: (v) => ({ ...v, number: 2.5 }), field: 'number' },
    { name: 'an unknown kind', change: (v) => ({ ...v, kind: 'idea' }), field: 'kind' },
    { name: 'a zero partner id', change: (v) => ({ ...v, partnerIds: [0] }), field: 'partnerIds.0' },
  ],
  badPatch: [
    { name: 'removing the plan of a recommendation', change: () => ({ planId: null }), field: 'planId' },
    { name: 'an unknown partner', change: () => ({ partnerIds: [424_242] }), field: 'partnerIds' },
    { name: 'no version', change: () => ({ title: 'x', version: undefined }), field: 'version' },
  ],
});

describe('plans', () => {
  it('filters the list by unit and by slug', async () => {
    const unit = await makeUnit(t.app);
    const a = await makePlan(t.app, { unitId: unit.id });
    const b = await makePlan(t.app, { unitId: unit.id });
    await makePlan(t.app);
    expect(await listIds(app(), `/api/v1/plans?unitId=${unit.id}`)).toEqual([a.id, b.id]);
    expect(await listIds(app(), `/api/v1/plans?slug=${String(b.slug)}`)).toEqual([b.id]);
    expect(await listIds(app(), '/api/v1/plans?slug=findes-ikke')).toEqual([]);
  });

  it('refuses a duplicate slug (409) on create and on update, and changes nothing', async () => {
    const a = await makePlan(t.app);
    const b = await makePlan(t.app);
    const watch = ['/api/v1/plans?pageSize=500', `/api/v1/plans/${b.id}`];
    const p = await expectRefused(
      t,
      watch,
      () => call(app(), 'POST', '/api/v1/plans', { ...planBody(), slug: a.slug }),
      409,
    );
    expect(p.code).toBe('conflict');
    await expectRefused(
      t,
      watch,
      () => call(app(), 'PATCH', `/api/v1/plans/${b.id}`, { slug: a.slug, version: 1 }),
      409,
    );
  });

  it('refuses to delete a plan that still has initiatives (409)', async () => {
    const initiative = await makeInitiative(t.app);
    const url = `/api/v1/plans/${String(initiative.planId)}`;
    const p = await expectRefused(
      t,
      [url, `/api/v1/initiatives/${initiative.id}`],
      () => call(app(), 'DELETE', `${url}?version=1`),
      409,
    );
    expect(p.detail).toMatch(/henviser til den/);
  });
});

describe('initiatives', () => {
  it('keeps partner ids (sorted, once each) and replaces them on update, auditing the change', async () => {
    const [a, b, c] = [await makePartner(t.app), await makePartner(t.app), await makePartner(t.app)];
    const created = await makeInitiative(t.app, { partnerIds: [b.id, a.id, b.id] });
    expect(created.partnerIds).toEqual([a.id, b.id]);
    const url = `/api/v1/initiatives/${created.id}`;
    expect((await getJson<Initiative>(app(), url)).partnerIds).toEqual([a.id, b.id]);

    const res = await call(app(), 'PATCH', url, { partnerIds: [c.id], version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Initiative>()).toMatchObject({ partnerIds: [c.id], version: 2, title: created.title });
    expect(await lastAudit(t)).toMatchObject({
      before: { partnerIds: [a.id, b.id] },
      after: { partnerIds: [c.id] },
    });

    const untouched = await call(app(), 'PATCH', url, { title: 'Ny titel', version: 2 });
    expect(untouched.json<Initiative>().partnerIds).toEqual([c.id]);
  });

  it('allows an "other" initiative without a plan', async () => {
    const before = await auditCount(t);
    const res = await call(app(), 'POST', '/api/v1/initiatives', { kind: 'other', title: 'Øvrig indsats' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Initiative>()).toMatchObject({
      planId: null,
      number: null,
      kind: 'other',
      partnerIds: [],
      assessment: null,
    });
    expect(await auditCount(t)).toBe(before + 1);
  });

  it('filters the list by plan, unit and kind, numbered ones first on both databases', async () => {
    const plan = await makePlan(t.app);
    const unit = await makeUnit(t.app);
    const two = await makeInitiative(t.app, { planId: plan.id, number: 2, unitId: unit.id });
    const none = await makeInitiative(t.app, { planId: plan.id, number: null });
    const one = await makeInitiative(t.app, { planId: plan.id, number: 1 });
    const other = await makeInitiative(t.app, {
      planId: plan.id,
      number: null,
      kind: 'other',
      unitId: unit.id,
    });
    await makeInitiative(t.app);
    expect(await listIds(app(), `/api/v1/initiatives?planId=${plan.id}&kind=recommendation`)).toEqual([
      one.id,
      two.id,
      none.id,
    ]);
    expect(await listIds(app(), `/api/v1/initiatives?planId=${plan.id}`)).toEqual([
      other.id,
      one.id,
      two.id,
      none.id,
    ]);
    expect(await listIds(app(), `/api/v1/initiatives?unitId=${unit.id}`)).toEqual([other.id, two.id]);
    expect(await listIds(app(), `/api/v1/initiatives?planId=${plan.id}&kind=other`)).toEqual([other.id]);
    const page = await getJson<PageBody>(app(), `/api/v1/initiatives?planId=${plan.id}&pageSize=3&page=2`);
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.items.map((i) => i.id)).toEqual([none.id]);
  });

  it('refuses to delete an initiative with targets (409); one without goes, with its partner links', async () => {
    const target = await makeTarget(t.app);
    const url = `/api/v1/initiatives/${String(target.initiativeId)}`;
    await expectRefused(
      t,
      [url, `/api/v1/targets/${target.id}`],
      () => call(app(), 'DELETE', `${url}?version=1`),
      409,
    );

    const partner = await makePartner(t.app);
    const linked = await makeInitiative(t.app, { partnerIds: [partner.id] });
    expect((await call(app(), 'DELETE', `/api/v1/initiatives/${linked.id}?version=1`)).statusCode).toBe(204);
    const links = await t.database.db
      .selectFrom('initiativePartners')
      .selectAll()
      .where('initiativeId', '=', linked.id)
      .execute();
    expect(links).toEqual([]);
  });
});
