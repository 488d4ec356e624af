/**
 * The audit log: administrators read it (filtered by entity, actor, action and period, newest first) and export
 * it as CSV for Danish Excel; each change leaves exactly one entry with the changed fields before → after, and a
 * refused request leaves none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import { authHeaders, signIn, startTestApp, type TestApp } from '../api';
import { makePartner } from '../factories';
import { expectProblem } from '../api/helpers';
import { auditRows, must, PASSWORD, send } from './world';

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}
interface Page {
  items: Entry[];
  total: number;
  page: number;
  pageSize: number;
}

let t: TestApp;
let admin: Record<string, string>;
let reader: Record<string, string>;
let token: Record<string, string>;
/** Starts with "+": Excel would read the actor cell as a formula. */
const READER = '+laeser@kk.dk';

beforeAll(async () => {
  t = await startTestApp();
  admin = authHeaders(t.app);
  await createAccount(t.database.db, systemContext('test'), {
    email: READER,
    name: 'Læser',
    roles: [{ role: 'reader' }],
    password: PASSWORD,
  });
  reader = await signIn(t.app, READER, PASSWORD);
  const created = await must<{ token: string }>(
    send(t, admin, 'POST', '/api/v1/tokens', { name: 'Læser', roles: [{ role: 'reader' }] }),
    201,
  );
  token = { authorization: `Bearer ${created.token}` };
});
afterAll(() => t.close());

const list = (query: string) => must<Page>(send(t, admin, 'GET', `/api/v1/audit?${query}`));

/** Parse CSV as Excel would: semicolons, CRLF, double quotes with "" inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ';') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('who may read the log', () => {
  it('answers 401 without identity and 403 to everyone but administrators, for the list and the export', async () => {
    for (const url of ['/api/v1/audit', '/api/v1/audit.csv']) {
      expectProblem(await send(t, {}, 'GET', url), 401);
      expectProblem(await send(t, reader, 'GET', url), 403);
      expectProblem(await send(t, token, 'GET', url), 403);
      expect((await send(t, admin, 'GET', url)).statusCode).toBe(200);
    }
  });
});

describe('GET /api/v1/audit', () => {
  it('lists newest first, a page at a time, with before and after as objects', async () => {
    const a = await makePartner(t.app, { name: 'Partner A' });
    const b = await makePartner(t.app, { name: 'Partner B' });
    const first = await list('entityType=partner&pageSize=1');
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(first.items[0]).toMatchObject({
      entityId: b.id,
      action: 'create',
      actor: 'test@kk.dk',
      before: null,
    });
    expect(first.items[0].after).toMatchObject({ name: 'Partner B', id: b.id });
    expect(first.items[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
    const second = await list('entityType=partner&pageSize=1&page=2');
    expect(second.items.map((e) => e.entityId)).toEqual([a.id]);
  });

  it('filters by entity, actor, action and period (inclusive bounds)', async () => {
    const p = await makePartner(t.app, { name: 'Filtreret' });
    await must(send(t, admin, 'PATCH', `/api/v1/partners/${p.id}`, { name: 'Filtreret igen', version: 1 }));
    const mine = await list(`entityType=partner&entityId=${p.id}`);
    expect(mine.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect((await list(`entityType=partner&entityId=${p.id}&action=update`)).total).toBe(1);
    expect((await list('entityType=plan')).total).toBe(0);

    const logins = await list(`actor=${encodeURIComponent(READER)}`);
    expect(logins.items.map((e) => [e.action, e.entityType])).toEqual([['login', 'user']]);
    expect((await list('actor=token:L%C3%A6ser')).total).toBe(0);

    const at = mine.items[0].at;
    const exact = await list(`from=${at}&to=${at}`);
    expect(exact.items.map((e) => e.id)).toContain(mine.items[0].id);
    const after = new Date(Date.parse(at) + 1).toISOString();
    expect((await list(`from=${after}&entityId=${p.id}`)).total).toBe(0);
    const all = await list('');
    expect((await list('from=2000-01-01')).total).toBe(all.total);
    expect((await list('from=2000-01-01&to=2000-12-31')).total).toBe(0);
  });

  it('refuses a malformed or reversed period (400 on the parameter)', async () => {
    expectProblem(await send(t, admin, 'GET', '/api/v1/audit?from=i-går'), 400, 'from');
    expectProblem(await send(t, admin, 'GET', '/api/v1/audit?from=2026-01-02&to=2026-01-01'), 400, 'to');
    expectProblem(await send(t, admin, 'GET', '/api/v1/audit.csv?to=2026-13-01'), 400, 'to');
  });
});

describe('GET /api/v1/audit.csv', () => {
  it('exports the filtered log for Danish Excel: BOM, semicolons, quoting, no formulas', async () => {
    const p = await makePartner(t.app, { name: 'Navn; med "citat"' });
    const res = await send(t, admin, 'GET', '/api/v1/audit.csv?from=2000-01-01');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="revisionslog.csv"');
    expect(res.body.startsWith('\uFEFFTidspunkt;Aktør;Handling;Type;Id;Før;Efter;Forespørgsel\r\n')).toBe(
      true,
    );

    const [header, ...rows] = parseCsv(res.body.slice(1));
    expect(header).toHaveLength(8);
    const json = await list('pageSize=500');
    expect(rows).toHaveLength(json.total);
    rows.forEach((row, n) => {
      const e = json.items[n];
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(row.slice(1, 5)).toEqual([
        e.actor.startsWith('+') ? `'${e.actor}` : e.actor,
        e.action,
        e.entityType,
        e.entityId === null ? '' : String(e.entityId),
      ]);
      expect(row[5] === '' ? null : JSON.parse(row[5])).toEqual(e.before);
      expect(row[6] === '' ? null : JSON.parse(row[6])).toEqual(e.after);
      expect(row[7]).toBe(e.requestId ?? '');
    });
    expect(rows[0][6]).toContain('Navn; med \\"citat\\"');
    expect(rows.some((r) => r[1] === `'${READER}`)).toBe(true);

    const one = parseCsv(
      (await send(t, admin, 'GET', `/api/v1/audit.csv?entityType=partner&entityId=${p.id}`)).body,
    );
    expect(one).toHaveLength(2);
  });
});

describe('one entry per change', () => {
  it('records create, update (changed fields only) and delete, each once', async () => {
    let n = await auditRows(t);
    const p = await makePartner(t.app, { name: 'Før', description: 'uændret' });
    expect(await auditRows(t)).toBe(++n);
    await must(
      send(t, admin, 'PATCH', `/api/v1/partners/${p.id}`, {
        name: 'Efter',
        description: 'uændret',
        version: 1,
      }),
    );
    expect(await auditRows(t)).toBe(++n);
    const [update] = (await list(`entityType=partner&entityId=${p.id}&action=update`)).items;
    expect(update.before).toEqual({ name: 'Før' });
    expect(update.after).toEqual({ name: 'Efter' });
    expect((await send(t, admin, 'DELETE', `/api/v1/partners/${p.id}?version=2`)).statusCode).toBe(204);
    expect(await auditRows(t)).toBe(n + 1);
    const [deleted] = (await list(`entityType=partner&entityId=${p.id}&action=delete`)).items;
    expect(deleted.before).toMatchObject({ name: 'Efter', description: 'uændret' });
    expect(deleted.after).toBeNull();
  });

  it('records nothing for a refused request (401, 403, 409, 415, 422)', async () => {
    const p = await makePartner(t.app);
    const n = await auditRows(t);
    const url = `/api/v1/partners/${p.id}`;
    expectProblem(await send(t, {}, 'PATCH', url, { name: 'Anonym', version: 1 }), 401);
    expectProblem(await send(t, reader, 'PATCH', url, { name: 'Læser', version: 1 }), 403);
    expectProblem(await send(t, token, 'DELETE', `${url}?version=1`), 403);
    expectProblem(await send(t, admin, 'PATCH', url, { name: 'Gammel', version: 7 }), 409);
    expectProblem(await send(t, admin, 'POST', '/api/v1/partners', { name: p.name }), 409);
    expectProblem(
      await send(t, admin, 'POST', '/api/v1/venues', { name: 'X', kind: 'folkeskole', unitId: 999_999 }),
      422,
    );
    expectProblem(await send(t, admin, 'PATCH', url, { name: '', version: 1 }), 422);
    const plain = await t.app.inject({
      method: 'PATCH',
      url,
      headers: { ...admin, 'content-type': 'text/plain' },
      payload: 'name=Tekst',
    });
    expectProblem(plain, 415);
    expect(await auditRows(t)).toBe(n);
  });
});
