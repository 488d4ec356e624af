/**
 * Two requests that read the same version and then write: exactly one wins, the other gets 409 stale_version, and
 * only the winner is audited. Requests handled one after the other never race, so a barrier registered with
 * `setBeforeWriteHook` holds each request after its checks (which both pass) until both have arrived, and only then
 * lets them write. On PostgreSQL the two transactions then really run at the same time on two pooled connections;
 * on SQLite they queue for the one connection, as they do in production. Each case fails when the write's guard
 * (`where id = ? and version = ?` in src/store/versioned.ts; the hook is in src/store/write.ts) is removed.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setBeforeWriteHook } from '../../src/store/write';
import { call, create, startTestApp, type TestApp } from '../api';
import { makeInitiative, makePlan, makeTargetGroup } from '../factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Send = () => Promise<LightMyRequestResponse>;
type Versioned = { id: number; version: number; state?: string };

/** Audit rows about one entity. */
async function audits(entityType: string, entityId: number): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('auditLog')
    .select('action')
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

async function totalAudits(): Promise<number> {
  const row = await t.database.db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Send both requests so that each has passed its checks before either starts its write transaction, and return
 * the responses in the order given.
 */
async function race(a: Send, b: Send): Promise<LightMyRequestResponse[]> {
  let arrived = 0;
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // Should one request be refused before it writes, the other must not wait forever; the assertion below fails.
  const timer = setTimeout(release, 5_000);
  setBeforeWriteHook(t.database.db, async () => {
    arrived += 1;
    if (arrived === 2) release();
    await gate;
  });
  try {
    return await Promise.all([a(), b()]);
  } finally {
    setBeforeWriteHook(t.database.db, null);
    clearTimeout(timer);
    expect(arrived, 'both requests reached their write').toBe(2);
  }
}

/**
 * Like `race`, but in a fixed order: both requests pass their checks, then `first` writes and commits, then
 * `second` writes — the lost-update order, made deterministic.
 */
async function inOrder(first: Send, second: Send): Promise<LightMyRequestResponse[]> {
  const gates: (() => void)[] = [];
  const arrivals: (() => void)[] = [];
  const arrived = [0, 1].map((n) => new Promise<void>((resolve) => (arrivals[n] = resolve)));
  setBeforeWriteHook(t.database.db, () => {
    const n = gates.length;
    const gate = new Promise<void>((resolve) => gates.push(resolve));
    arrivals[n]();
    return gate;
  });
  try {
    const a = first();
    await arrived[0];
    const b = second();
    await arrived[1];
    gates[0]();
    const ra = await a;
    gates[1]();
    return [ra, await b];
  } finally {
    setBeforeWriteHook(t.database.db, null);
  }
}

/**
 * Assert one 2xx and one 409 stale_version, exactly one new audit row (the winner's `action` about the entity),
 * and return the winning response.
 */
async function expectOneWinner(
  entity: [type: string, id: number],
  action: string,
  a: Send,
  b: Send = a,
): Promise<LightMyRequestResponse> {
  const before = await audits(...entity);
  const total = await totalAudits();
  const responses = await race(a, b);
  const codes = responses.map((r) => r.statusCode);
  const winners = responses.filter((r) => r.statusCode >= 200 && r.statusCode < 300);
  const losers = responses.filter((r) => r.statusCode === 409);
  expect(winners.length, `status codes ${codes.join(', ')}`).toBe(1);
  expect(losers.length, `status codes ${codes.join(', ')}`).toBe(1);
  expect(losers[0].json<{ code: string }>().code, losers[0].body).toBe('stale_version');
  expect(await audits(...entity)).toEqual([...before, action]);
  expect(await totalAudits()).toBe(total + 1);
  return winners[0];
}

/** A plan with one recommendation and an open round. */
async function world(): Promise<{ round: Versioned; ini: number; url: string }> {
  const plan = await makePlan(t.app);
  const ini = (await makeInitiative(t.app, { planId: plan.id })).id;
  const round = await create<Versioned>(t.app, 'rounds', {
    planId: plan.id,
    title: 'Status',
    asOf: '2018-06-01',
  });
  return { round, ini, url: `/api/v1/rounds/${round.id}/updates/${ini}` };
}

async function step(url: string, body: object, method: 'PUT' | 'POST' = 'POST'): Promise<Versioned> {
  const res = await call(t.app, method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Versioned>();
}

describe('two requests at the same version: one wins, one gets 409, one audit row', () => {
  it('submitting a status update', async () => {
    const { url } = await world();
    const draft = await step(url, { text: 'Udkast.' }, 'PUT');
    const send = () => call(t.app, 'POST', `${url}/submit`, { version: draft.version });
    const won = await expectOneWinner(['statusUpdate', draft.id], 'submit', send);
    expect(won.json<Versioned>()).toMatchObject({ state: 'submitted', version: draft.version + 1 });
  });

  it('approving a status update', async () => {
    const { url } = await world();
    const draft = await step(url, { text: 'Udkast.' }, 'PUT');
    const submitted = await step(`${url}/submit`, { version: draft.version });
    const send = () => call(t.app, 'POST', `${url}/approve`, { version: submitted.version });
    const won = await expectOneWinner(['statusUpdate', draft.id], 'approve', send);
    expect(won.json<Versioned>()).toMatchObject({ state: 'approved', version: submitted.version + 1 });
  });

  it('returning a status update', async () => {
    const { url } = await world();
    const draft = await step(url, { text: 'Udkast.' }, 'PUT');
    const submitted = await step(`${url}/submit`, { version: draft.version });
    const send = (comment: string) => () =>
      call(t.app, 'POST', `${url}/return`, { version: submitted.version, comment });
    const won = await expectOneWinner(
      ['statusUpdate', draft.id],
      'return',
      send('Tilføj tallet.'),
      send('Skriv kortere.'),
    );
    expect(won.json<Versioned>()).toMatchObject({ state: 'returned', version: submitted.version + 1 });
  });

  it('writing the text of a status update', async () => {
    const { url } = await world();
    const draft = await step(url, { text: 'Udkast.' }, 'PUT');
    const send = (text: string) => () => call(t.app, 'PUT', url, { text, version: draft.version });
    const won = await expectOneWinner(['statusUpdate', draft.id], 'update', send('Første.'), send('Anden.'));
    const stored = await call(
      t.app,
      'GET',
      `/api/v1/rounds/${won.json<{ roundId: number }>().roundId}/updates`,
    );
    expect(stored.json<{ text: string }[]>()[0].text).toBe(won.json<{ text: string }>().text);
  });

  it('closing a round', async () => {
    const { round, ini } = await world();
    const send = () =>
      call(t.app, 'POST', `/api/v1/rounds/${round.id}/close`, { version: round.version, missing: [ini] });
    const won = await expectOneWinner(['round', round.id], 'close', send);
    expect(won.json<Versioned>()).toMatchObject({ state: 'closed', version: round.version + 1 });
  });

  it('reopening a round', async () => {
    const { round, ini } = await world();
    const closed = await step(`/api/v1/rounds/${round.id}/close`, { version: round.version, missing: [ini] });
    const send = () =>
      call(t.app, 'POST', `/api/v1/rounds/${round.id}/reopen`, {
        version: closed.version,
        reason: 'Rettelse',
      });
    const won = await expectOneWinner(['round', round.id], 'reopen', send);
    expect(won.json<Versioned>()).toMatchObject({ state: 'open', version: closed.version + 1 });
  });

  it('setting an assessment', async () => {
    const ini = await makeInitiative(t.app);
    const send = (reason: string) => () =>
      call(t.app, 'PUT', `/api/v1/initiatives/${ini.id}/assessment`, {
        status: 'on_track',
        reason,
        version: ini.version,
      });
    const won = await expectOneWinner(['initiative', ini.id], 'assess', send('Aftalt.'), send('Besluttet.'));
    expect(won.json<Versioned>().version).toBe(ini.version + 1);
  });

  it('removing an assessment', async () => {
    const ini = await makeInitiative(t.app);
    const url = `/api/v1/initiatives/${ini.id}/assessment`;
    const assessed = await step(url, { status: 'on_track', reason: 'Aftalt.', version: ini.version }, 'PUT');
    const send = () => call(t.app, 'DELETE', `${url}?version=${assessed.version}`);
    const won = await expectOneWinner(['initiative', ini.id], 'clear_assessment', send);
    expect(won.json<Versioned>().version).toBe(assessed.version + 1);
  });

  it('updating a record (generic PATCH)', async () => {
    const plan = await makePlan(t.app);
    const send = (title: string) => () =>
      call(t.app, 'PATCH', `/api/v1/plans/${plan.id}`, { title, version: plan.version });
    const won = await expectOneWinner(['plan', plan.id], 'update', send('Første titel'), send('Anden titel'));
    const stored = await call(t.app, 'GET', `/api/v1/plans/${plan.id}`);
    expect(stored.json<{ title: string; version: number }>()).toMatchObject({
      title: won.json<{ title: string }>().title,
      version: plan.version + 1,
    });
  });

  it('deleting a record (generic DELETE)', async () => {
    const group = await makeTargetGroup(t.app);
    const send = () => call(t.app, 'DELETE', `/api/v1/target-groups/${group.id}?version=${group.version}`);
    const won = await expectOneWinner(['targetGroup', group.id], 'delete', send);
    expect(won.statusCode).toBe(204);
  });

  it('deleting a record that was updated after the delete read it', async () => {
    const group = await makeTargetGroup(t.app);
    const patch = () =>
      call(t.app, 'PATCH', `/api/v1/target-groups/${group.id}`, { name: 'nyt navn', version: group.version });
    const remove = () => call(t.app, 'DELETE', `/api/v1/target-groups/${group.id}?version=${group.version}`);
    const before = await audits('targetGroup', group.id);
    const [patched, deleted] = await inOrder(patch, remove);
    expect(patched.statusCode, patched.body).toBe(200);
    expect(deleted.statusCode, deleted.body).toBe(409);
    expect(deleted.json<{ code: string }>().code).toBe('stale_version');
    expect(await audits('targetGroup', group.id)).toEqual([...before, 'update']);
    const stored = await call(t.app, 'GET', `/api/v1/target-groups/${group.id}`);
    expect(stored.json<{ name: string }>().name).toBe('nyt navn');
  });
});
