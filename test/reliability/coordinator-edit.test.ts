/**
 * A coordinator may edit their own plan (the scope check on the changed record kept the plan's id), and still
 * not another plan, nor move an initiative into a plan they do not coordinate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import { signIn, startTestApp, type TestApp } from '../api';
import { expectProblem } from '../api/helpers';
import { makeInitiative, makePlan } from '../factories';
import type { Plan } from '../../src/schemas/plans';

const PASSWORD = 'koordinatorens lange kode';
let t: TestApp;
let P: Plan;
let Q: Plan;
let coordP: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  P = await makePlan(t.app);
  Q = await makePlan(t.app);
  await createAccount(t.database.db, systemContext('test'), {
    email: 'koordinator@kk.dk',
    name: 'Koordinator P',
    roles: [{ role: 'coordinator', planId: P.id }],
    password: PASSWORD,
  });
  coordP = await signIn(t.app, 'koordinator@kk.dk', PASSWORD);
});
afterAll(() => t.close());

const patch = (url: string, body: object) =>
  t.app.inject({ method: 'PATCH', url, headers: coordP, payload: body });

describe('a coordinator edits a plan', () => {
  it('may change their own plan', async () => {
    const res = await patch(`/api/v1/plans/${P.id}`, { title: 'Ny titel', version: P.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: P.id, title: 'Ny titel', version: P.version + 1 });
  });

  it('may not change another plan', async () => {
    expectProblem(await patch(`/api/v1/plans/${Q.id}`, { title: 'Ikke min', version: Q.version }), 403);
  });

  it('may not move an initiative of their plan into another plan', async () => {
    const i = await makeInitiative(t.app, { planId: P.id });
    expectProblem(await patch(`/api/v1/initiatives/${i.id}`, { planId: Q.id, version: i.version }), 403);
    const ok = await patch(`/api/v1/initiatives/${i.id}`, { title: 'Omdøbt', version: i.version });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
