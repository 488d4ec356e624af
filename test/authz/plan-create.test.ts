/**
 * Creating a new plan: an administrator may, and so may anyone who coordinates some plan — a person or an API
 * token. A creator who is not an administrator becomes the new plan's coordinator in the same transaction (a role
 * assignment, audited like any other change of roles), so they can go on setting it up; other plans stay out of
 * their reach. Owners, contributors and readers are refused with a Danish 403 that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../api';
import { expectProblem } from '../api/helpers';
import { planBody } from '../factories';
import { auditRows, buildWorld, EMAIL, must, send, type Who, type World } from './world';

interface Entry {
  actor: string;
  action: string;
  entityType: string;
  entityId: number | null;
  before: string | null;
  after: string | null;
  requestId: string | null;
}
interface Assigned {
  role: string;
  planId: number | null;
  initiativeId: number | null;
}
interface Plan {
  id: number;
  version: number;
  title: string;
}

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
}, 60_000);
afterAll(() => t.close());

const API = '/api/v1';
const newPlan = (headers: Record<string, string>, body: object = planBody()) =>
  send(t, headers, 'POST', `${API}/plans`, body);
const rolesOf = async (headers: Record<string, string>) =>
  (await must<{ roles: Assigned[] }>(send(t, headers, 'GET', `${API}/auth/me`))).roles;
const assignmentCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('roleAssignments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
/** The audit entries of one request, in order. */
const entriesOf = (requestId: string | null) =>
  t.database.db
    .selectFrom('auditLog')
    .select(['actor', 'action', 'entityType', 'entityId', 'before', 'after', 'requestId'])
    .where('requestId', '=', requestId)
    .orderBy('id')
    .execute() as Promise<Entry[]>;
const coordinates = (planId: number): Assigned => ({ role: 'coordinator', planId, initiativeId: null });

describe('a coordinator creates a new plan', () => {
  it('and becomes its coordinator: it can change the plan and add an initiative, audited with its new role', async () => {
    const before = await rolesOf(w.headers.coordP);
    expect(before).toEqual([coordinates(w.P)]);
    const plan = await must<Plan>(newPlan(w.headers.coordP), 201);

    // The role is there at once (the session's roles are read again), next to the one it had.
    expect(await rolesOf(w.headers.coordP)).toEqual([coordinates(w.P), coordinates(plan.id)]);
    const changed = await must<Plan>(
      send(t, w.headers.coordP, 'PATCH', `${API}/plans/${plan.id}`, {
        title: 'Ny titel',
        version: plan.version,
      }),
    );
    expect(changed.title).toBe('Ny titel');
    const initiative = await must<{ planId: number }>(
      send(t, w.headers.coordP, 'POST', `${API}/initiatives`, {
        planId: plan.id,
        number: 1,
        title: 'Første',
      }),
      201,
    );
    expect(initiative.planId).toBe(plan.id);

    // The plan and the new role are recorded by the same request: the plan's creation, then the person's roles.
    const created = await t.database.db
      .selectFrom('auditLog')
      .select('requestId')
      .where('entityType', '=', 'plan')
      .where('entityId', '=', plan.id)
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    const entries = await entriesOf(created.requestId);
    expect(entries.map((e) => [e.actor, e.action, e.entityType, e.entityId])).toEqual([
      [EMAIL.coordP, 'create', 'plan', plan.id],
      [EMAIL.coordP, 'update', 'user', w.userId.coordP],
    ]);
    expect(JSON.parse(entries[1].before!)).toEqual({ roles: [coordinates(w.P)] });
    expect(JSON.parse(entries[1].after!)).toEqual({ roles: [coordinates(w.P), coordinates(plan.id)] });

    // The administrator sees the new role on the person, too.
    const user = await must<{ roles: Assigned[] }>(
      send(t, w.headers.admin, 'GET', `${API}/users/${w.userId.coordP}`),
    );
    expect(user.roles).toEqual([coordinates(w.P), coordinates(plan.id)]);
  });

  it('leaves other plans out of reach: it still may not change plan Q', async () => {
    await must(newPlan(w.headers.coordP), 201);
    const q = await must<Plan>(send(t, w.headers.admin, 'GET', `${API}/plans/${w.Q}`));
    const res = await send(t, w.headers.coordP, 'PATCH', `${API}/plans/${w.Q}`, {
      title: 'Ikke min',
      version: q.version,
    });
    expectProblem(res, 403);
  });

  it('makes an administrator’s form of the person, read before, stale (409) instead of dropping the new role', async () => {
    const read = await must<{ version: number; roles: Assigned[] }>(
      send(t, w.headers.admin, 'GET', `${API}/users/${w.userId.coordQ}`),
    );
    await must(newPlan(w.headers.coordQ), 201);
    const res = await send(t, w.headers.admin, 'PATCH', `${API}/users/${w.userId.coordQ}`, {
      roles: read.roles,
      version: read.version,
    });
    expectProblem(res, 409);
    expect(await rolesOf(w.headers.coordQ)).toHaveLength(2);
  });

  it('gains no role when the plan is refused for a broken rule (422): nothing is written', async () => {
    const [entries, assignments] = [await auditRows(t), await assignmentCount()];
    expectProblem(await newPlan(w.headers.coordP, { ...planBody(), periodTo: '2017-01-01' }), 422);
    expect(await auditRows(t)).toBe(entries);
    expect(await assignmentCount()).toBe(assignments);
  });
});

describe('an API token with a coordinator role creates a plan', () => {
  it('and the token becomes its coordinator, audited on the token', async () => {
    const token = await must<{ id: number; token: string }>(
      send(t, w.headers.admin, 'POST', `${API}/tokens`, {
        name: 'Planværktøj',
        roles: [{ role: 'coordinator', planId: w.P }],
      }),
      201,
    );
    const bearer = { authorization: `Bearer ${token.token}` };
    const plan = await must<Plan>(newPlan(bearer), 201);
    const changed = await must<Plan>(
      send(t, bearer, 'PATCH', `${API}/plans/${plan.id}`, { theme: 'nyt tema', version: plan.version }),
    );
    expect(changed.version).toBe(plan.version + 1);
    const created = await t.database.db
      .selectFrom('auditLog')
      .select('requestId')
      .where('entityType', '=', 'plan')
      .where('entityId', '=', plan.id)
      .executeTakeFirstOrThrow();
    const [, granted] = await entriesOf(created.requestId);
    expect([granted.actor, granted.action, granted.entityType, granted.entityId]).toEqual([
      'token:Planværktøj',
      'update',
      'apiToken',
      token.id,
    ]);
    expect(JSON.parse(granted.after!)).toEqual({ roles: [coordinates(w.P), coordinates(plan.id)] });
  });
});

describe('an administrator creates a plan', () => {
  it('without a role of its own on it (it holds every right already)', async () => {
    const assignments = await assignmentCount();
    const plan = await must<Plan>(newPlan(w.headers.admin), 201);
    expect(await assignmentCount()).toBe(assignments);
    const created = await t.database.db
      .selectFrom('auditLog')
      .select('requestId')
      .where('entityType', '=', 'plan')
      .where('entityId', '=', plan.id)
      .executeTakeFirstOrThrow();
    expect((await entriesOf(created.requestId)).map((e) => e.action)).toEqual(['create']);
  });
});

describe('others may not create a plan', () => {
  it.each<Who>(['ownerI1', 'contribI1', 'reader', 'readerToken'])(
    '%s is refused with a Danish 403 that changes nothing',
    async (who) => {
      const [entries, assignments] = [await auditRows(t), await assignmentCount()];
      const body = expectProblem(await newPlan(w.headers[who]), 403);
      expect(body.detail).toBe('Du har ikke rettighed til at gøre dette.');
      expect(await auditRows(t)).toBe(entries);
      expect(await assignmentCount()).toBe(assignments);
    },
  );

  it('without identity the answer is 401', async () => {
    expectProblem(await newPlan(w.headers.anonymous), 401);
  });
});
