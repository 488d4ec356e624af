/** A plan's slug wherever a plan id goes, and one initiative per number in a plan. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../api';
import { makeActivity, makeInitiative, makePlan } from '../factories';
import { expectProblem, expectRefused, getJson, listIds, type Stored } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;

describe("a plan's slug in place of its id", () => {
  it('works in the /plans/:id paths', async () => {
    const plan = await makePlan(app(), { slug: 'handleplan-2030' });
    expect((await getJson(app(), '/api/v1/plans/handleplan-2030')).id).toBe(plan.id);
    const res = await call(app(), 'PATCH', '/api/v1/plans/handleplan-2030', {
      title: 'Ny titel',
      version: plan.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Stored>().id).toBe(plan.id);
    expectProblem(await call(app(), 'GET', '/api/v1/plans/findes-ikke'), 404);
  });

  it('works in ?planId= filters', async () => {
    const plan = await makePlan(app());
    const i = await makeInitiative(app(), { planId: plan.id });
    await makeInitiative(app());
    const a = await makeActivity(app(), { initiativeId: i.id });
    expect(await listIds(app(), `/api/v1/initiatives?planId=${plan.slug}`)).toEqual([i.id]);
    expect(await listIds(app(), `/api/v1/activities?planId=${plan.slug}`)).toEqual([a.id]);
    expect(await listIds(app(), `/api/v1/rounds?planId=${plan.slug}`)).toEqual([]);
    expectProblem(await call(app(), 'GET', '/api/v1/initiatives?planId=findes-ikke'), 404);
  });

  it("works as a body's planId, also in role assignments", async () => {
    const plan = await makePlan(app());
    const i = await call(app(), 'POST', '/api/v1/initiatives', { planId: plan.slug, number: 1, title: 'Ny' });
    expect(i.statusCode, i.body).toBe(201);
    expect(i.json<Stored>().planId).toBe(plan.id);
    const r = await call(app(), 'POST', '/api/v1/rounds', {
      planId: plan.slug,
      title: 'Status',
      asOf: '2018-09-01',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<Stored>().planId).toBe(plan.id);
    const u = await call(app(), 'POST', '/api/v1/users', {
      email: 'koordinator@kk.dk',
      name: 'Koordinator',
      roles: [{ role: 'coordinator', planId: plan.slug }],
    });
    expect(u.statusCode, u.body).toBe(201);
    expect(u.json<{ roles: { planId: number }[] }>().roles[0].planId).toBe(plan.id);
  });

  it('refuses an unknown slug in a body with 422 naming the field, changing nothing', async () => {
    const p = await expectRefused(
      t,
      ['/api/v1/initiatives?pageSize=500'],
      () => call(app(), 'POST', '/api/v1/initiatives', { planId: 'findes-ikke', number: 1, title: 'Ny' }),
      422,
      'planId',
    );
    expect(p.detail).toBe('Handleplanen "findes-ikke" findes ikke.');
  });
});

describe('initiative numbers', () => {
  it('refuses a second initiative with the same number in one plan with 409', async () => {
    const plan = await makePlan(app());
    const first = await makeInitiative(app(), { planId: plan.id, number: 4, title: 'Forældreinddragelse' });
    const p = await expectRefused(
      t,
      ['/api/v1/initiatives?pageSize=500'],
      () => call(app(), 'POST', '/api/v1/initiatives', { planId: plan.id, number: 4, title: 'Igen' }),
      409,
      'number',
    );
    expect(p.detail).toBe(
      `Handleplanen har allerede en indsats nr. 4 ("Forældreinddragelse", id ${first.id}). Vælg et andet nummer.`,
    );
    expect((p as unknown as { existingId: number }).existingId).toBe(first.id);
  });

  it('allows the number in another plan, no number twice, and keeping its own number', async () => {
    const [a, b] = [await makePlan(app()), await makePlan(app())];
    const one = await makeInitiative(app(), { planId: a.id, number: 1 });
    await makeInitiative(app(), { planId: b.id, number: 1 });
    await makeInitiative(app(), { planId: a.id, number: null });
    await makeInitiative(app(), { planId: a.id, number: null });
    const res = await call(app(), 'PATCH', `/api/v1/initiatives/${one.id}`, {
      number: 1,
      version: one.version,
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses renumbering onto a taken number', async () => {
    const plan = await makePlan(app());
    await makeInitiative(app(), { planId: plan.id, number: 1 });
    const two = await makeInitiative(app(), { planId: plan.id, number: 2 });
    const res = await call(app(), 'PATCH', `/api/v1/initiatives/${two.id}`, {
      number: 1,
      version: two.version,
    });
    expectProblem(res, 409, 'number');
  });
});
