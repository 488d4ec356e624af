/**
 * GET /api/v1/initiatives/:id/history: the audit entries of an initiative and of what belongs to it, for
 * administrators, the plan's coordinators and the initiative's owners; everyone else is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../api';
import { expectProblem } from '../api/helpers';
import { buildWorld, must, send, type Who, type World } from './world';

interface Entry {
  action: string;
  entityType: string;
  entityId: number | null;
  before: Record<string, unknown> | null;
}
interface Page {
  items: Entry[];
  total: number;
  page: number;
  pageSize: number;
}

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
}, 60_000);
afterAll(() => t.close());

const history = (who: Who, id: number, query = '') =>
  send(t, w.headers[who], 'GET', `/api/v1/initiatives/${id}/history${query}`);
const entities = (p: Page) => p.items.map((e) => `${e.entityType}:${e.entityId}`);

describe('who may read an initiative’s history', () => {
  it.each([
    ['admin', 'I1'],
    ['coordP', 'I1'],
    ['coordP', 'I2'],
    ['coordQ', 'J1'],
    ['ownerI1', 'I1'],
  ] as const)('%s reads %s', async (who, ini) => {
    const res = await history(who, w[ini]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Page>().total).toBeGreaterThan(0);
  });

  it.each([
    ['coordQ', 'I1'],
    ['ownerI1', 'I2'],
    ['ownerI1', 'J1'],
    ['contribI1', 'I1'],
    ['contribI2', 'I2'],
    ['reader', 'I1'],
    ['readerToken', 'I1'],
  ] as const)('%s is refused on %s', async (who, ini) => {
    expectProblem(await history(who, w[ini]), 403);
  });

  it('asks an anonymous caller to sign in', async () => {
    expectProblem(await history('anonymous', w.I1), 401);
  });

  it('answers 404 for an unknown initiative to an administrator, 403 to an owner', async () => {
    expectProblem(await history('admin', 999_999), 404);
    expectProblem(await history('ownerI1', 999_999), 403);
  });
});

describe('what the history holds', () => {
  it('has the initiative and its targets, measurements, funding, expenditures, activities and texts', async () => {
    const p = (await history('admin', w.I1, '?pageSize=500')).json<Page>();
    const seen = new Set(entities(p));
    for (const e of [
      `initiative:${w.I1}`,
      `target:${w.T1}`,
      `measurement:${w.M1}`,
      `funding:${w.F1}`,
      `expenditure:${w.E1}`,
      `activity:${w.A1own}`,
      `activity:${w.A1other}`,
    ])
      expect(seen, e).toContain(e);
    expect(p.items.some((e) => e.entityType === 'statusUpdate')).toBe(true);
    // Nothing of the sibling initiative, its plan or other records.
    for (const e of [`initiative:${w.I2}`, `target:${w.T2}`, `activity:${w.A2}`, `plan:${w.P}`])
      expect(seen, e).not.toContain(e);
    expect(p.total).toBe(p.items.length);
  });

  it('keeps a deleted activity and the assessment, newest first', async () => {
    const a = await must<{ id: number; version: number }>(
      send(t, w.headers.admin, 'POST', '/api/v1/activities', {
        initiativeId: w.I1,
        state: 'done',
        kind: 'møde',
        title: 'Slettes',
        dateFrom: '2018-03-01',
        dateTo: '2018-03-01',
      }),
      201,
    );
    const gone = await send(t, w.headers.admin, 'DELETE', `/api/v1/activities/${a.id}?version=${a.version}`);
    expect(gone.statusCode).toBe(204);
    const ini = await must<{ version: number }>(
      send(t, w.headers.admin, 'GET', `/api/v1/initiatives/${w.I1}`),
    );
    await must(
      send(t, w.headers.coordP, 'PUT', `/api/v1/initiatives/${w.I1}/assessment`, {
        status: 'on_track',
        reason: 'Vurderet',
        version: ini.version,
      }),
    );
    const p = (await history('ownerI1', w.I1, '?pageSize=3')).json<Page>();
    expect(p.items.map((e) => [e.action, e.entityType, e.entityId])).toEqual([
      ['assess', 'initiative', w.I1],
      ['delete', 'activity', a.id],
      ['create', 'activity', a.id],
    ]);
    expect(p.pageSize).toBe(3);
    const second = (await history('ownerI1', w.I1, '?pageSize=3&page=2')).json<Page>();
    expect(second.page).toBe(2);
    expect(second.total).toBe(p.total);
    expect(entities(second).some((e) => entities(p).includes(e) && e.startsWith('activity'))).toBe(false);
  });
});
