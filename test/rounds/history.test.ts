/** A status text's history: every version kept with who, when, the comments and what changed; who may read it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import type { StatusUpdateVersion } from '../../src/schemas/rounds';
import { call, create, signIn, startTestApp, type TestApp } from '../api';

let t: TestApp;
let planId: number;
let ini1: number;
let roundId: number;
let reader: Record<string, string>;

type Update = { version: number; state: string };

beforeAll(async () => {
  t = await startTestApp();
  planId = (
    await create(t.app, 'plans', {
      slug: 'h',
      title: 'Handleplan 2018',
      theme: 'forebyggelse af social kontrol',
      periodFrom: '2018-01-01',
      periodTo: '2018-12-31',
    })
  ).id;
  ini1 = (await create(t.app, 'initiatives', { planId, number: 1, title: 'Unge' })).id;
  roundId = (await create(t.app, 'rounds', { planId, title: 'Status efterår 2018', asOf: '2018-09-01' })).id;
  const email = 'laeser@kk.dk';
  const password = 'en lang læser-adgangskode';
  await createAccount(t.database.db, systemContext('test'), {
    email,
    password,
    name: 'Læser',
    roles: [{ role: 'reader' }],
  });
  reader = await signIn(t.app, email, password);
});
afterAll(() => t.close());

const url = () => `/api/v1/rounds/${roundId}/updates/${ini1}`;

async function step(path: string, body: unknown, method: 'PUT' | 'POST' = 'POST'): Promise<Update> {
  const res = await call(t.app, method, `${url()}${path}`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Update>();
}

describe('the history of a status text', () => {
  it('keeps every version with who, when, the return comment and the lines that changed', async () => {
    let u = await step('', { text: 'Første afsnit.\n\n- 40 elever' }, 'PUT');
    u = await step('/submit', { version: u.version });
    u = await step('/return', { version: u.version, comment: 'Tilføj tallet for forældre.' });
    u = await step('', { text: 'Første afsnit.\n\n- 40 elever\n- 12 forældre', version: u.version }, 'PUT');
    u = await step('/submit', { version: u.version });
    u = await step('/approve', { version: u.version });
    expect(u.state).toBe('approved');

    const res = await call(t.app, 'GET', `${url()}/history`);
    expect(res.statusCode).toBe(200);
    const history = res.json<StatusUpdateVersion[]>();
    expect(history.map((h) => [h.version, h.action, h.state])).toEqual([
      [1, 'create', 'draft'],
      [2, 'submit', 'submitted'],
      [3, 'return', 'returned'],
      [4, 'update', 'draft'],
      [5, 'submit', 'submitted'],
      [6, 'approve', 'approved'],
    ]);
    expect(history.every((h) => h.actor === 'test@kk.dk' && /^\d{4}-\d\d-\d\dT/.test(h.at))).toBe(true);
    expect(history[2].comment).toBe('Tilføj tallet for forældre.');
    expect(history[3].comment).toBeNull();
    expect(history[0].changes).toEqual([
      { kind: 'added', text: 'Første afsnit.' },
      { kind: 'added', text: '- 40 elever' },
    ]);
    expect(history[1].changes).toEqual([]);
    expect(history[3].changes).toEqual([
      { kind: 'same', text: 'Første afsnit.' },
      { kind: 'same', text: '- 40 elever' },
      { kind: 'added', text: '- 12 forældre' },
    ]);
    expect(history[5].text).toBe('Første afsnit.\n\n- 40 elever\n- 12 forældre');
  });

  it('is stored in its own table, one row per version, in the same transaction as the audit entry', async () => {
    const rows = await t.database.db
      .selectFrom('statusUpdateVersions')
      .select(['version', 'action'])
      .where('roundId', '=', roundId)
      .orderBy('version')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['create', 'submit', 'return', 'update', 'submit', 'approve']);
    const audited = await t.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'statusUpdate')
      .execute();
    expect(audited.length).toBe(rows.length);
  });

  it('is readable by a reader, who may not write', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${url()}/history`, headers: reader });
    expect(res.statusCode).toBe(200);
    expect(res.json<StatusUpdateVersion[]>()).toHaveLength(6);
    const write = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: reader,
      payload: { text: 'Læseren skriver.', version: 6 },
    });
    expect(write.statusCode).toBe(403);
  });

  it('answers 404 for an initiative outside the round’s plan and is empty before anything is written', async () => {
    const other = (await create(t.app, 'initiatives', { planId, number: 2, title: 'Forældre' })).id;
    const empty = await call(t.app, 'GET', `/api/v1/rounds/${roundId}/updates/${other}/history`);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual([]);
    const missing = await call(t.app, 'GET', `/api/v1/rounds/${roundId}/updates/999999/history`);
    expect(missing.statusCode).toBe(404);
  });
});
