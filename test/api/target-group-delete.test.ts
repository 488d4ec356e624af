/** A target group that a target counts cannot be deleted (targets list their groups without a foreign key). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../api';
import { makeInitiative, makePlan, makeTarget, makeTargetGroup } from '../factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('refuses to delete a target group in use by a target, and deletes it once unused', async () => {
  const used = await makeTargetGroup(t.app);
  const unused = await makeTargetGroup(t.app);
  const plan = await makePlan(t.app);
  const initiative = await makeInitiative(t.app, { planId: plan.id });
  const target = await makeTarget(t.app, {
    initiativeId: initiative.id,
    metricKind: 'reach',
    targetGroupIds: [used.id],
  });
  const refused = await call(t.app, 'DELETE', `/api/v1/target-groups/${used.id}?version=${used.version}`);
  expect(refused.statusCode).toBe(409);
  expect(refused.json<{ detail: string }>().detail).toContain('bruges af 1 mål');
  expect(
    (await call(t.app, 'DELETE', `/api/v1/target-groups/${unused.id}?version=${unused.version}`)).statusCode,
  ).toBe(204);
  const patched = await call(t.app, 'PATCH', `/api/v1/targets/${target.id}`, {
    targetGroupIds: [],
    version: target.version,
  });
  expect(patched.statusCode).toBe(200);
  expect(
    (await call(t.app, 'DELETE', `/api/v1/target-groups/${used.id}?version=${used.version}`)).statusCode,
  ).toBe(204);
});
