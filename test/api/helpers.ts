/** Assertions shared by the API tests: problem responses, the audit log, and "a refused request changes nothing". */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../../src/api/app-types';
import { authHeaders, call, type TestApp } from '../api';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Json = Record<string, unknown>;

/** A stored record as the API returns it. */
export interface Stored extends Json {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An application/problem+json body. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  errors?: { field: string; message: string }[];
}

/** A page of a list endpoint. */
export interface PageBody<T = Stored> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Assert a problem response with the status (and field), and return its body. */
export function expectProblem(res: LightMyRequestResponse, status: number, field?: string): ProblemBody {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<ProblemBody>();
  expect(body.status).toBe(status);
  expect(body.detail).not.toBe('');
  expect(body).not.toHaveProperty('stack');
  if (field !== undefined) {
    expect(body.field).toBe(field);
    if (body.errors) expect(body.errors[0].field).toBe(field);
  }
  return body;
}

/** Send a request as `call` does, asking for English. */
export function callEn(
  app: App,
  method: Method,
  url: string,
  body?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: { ...authHeaders(app), 'accept-language': 'en-GB,en;q=0.9' },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

/** Send a raw (e.g. malformed) JSON text. */
export function callRaw(
  app: App,
  method: Method,
  url: string,
  payload: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: { ...authHeaders(app), 'content-type': 'application/json' },
    payload,
  });
}

/** GET a JSON body, asserting 200. */
export async function getJson<T = Stored>(app: App, url: string): Promise<T> {
  const res = await call(app, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

/** One audit entry with before/after parsed. */
export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: number | null;
  before: Json | null;
  after: Json | null;
}

/** Rows in the audit log. */
export async function auditCount(t: TestApp): Promise<number> {
  const row = await t.database.db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The newest audit entries, newest first. */
export async function lastAudits(t: TestApp, n: number): Promise<AuditEntry[]> {
  const rows = await t.database.db
    .selectFrom('auditLog')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(n)
    .execute();
  return rows.map((r) => ({
    actor: r.actor,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId === null ? null : Number(r.entityId),
    before: r.before === null ? null : (JSON.parse(r.before) as Json),
    after: r.after === null ? null : (JSON.parse(r.after) as Json),
  }));
}

/** The newest audit entry. */
export async function lastAudit(t: TestApp): Promise<AuditEntry> {
  const [entry] = await lastAudits(t, 1);
  expect(entry).toBeDefined();
  return entry;
}

async function snapshot(t: TestApp, watch: string[]): Promise<unknown> {
  const revision = await t.database.db.selectFrom('revision').select('value').executeTakeFirstOrThrow();
  const bodies = await Promise.all(watch.map(async (url) => (await call(t.app, 'GET', url)).body));
  return { audit: await auditCount(t), revision: Number(revision.value), bodies };
}

/**
 * Send a request that must be refused: assert the problem, and that nothing changed — the audit log, the data
 * revision, and the responses of the watched GET URLs.
 */
export async function expectRefused(
  t: TestApp,
  watch: string[],
  send: () => Promise<LightMyRequestResponse>,
  status: number,
  field?: string,
): Promise<ProblemBody> {
  const before = await snapshot(t, watch);
  const problem = expectProblem(await send(), status, field);
  expect(await snapshot(t, watch)).toEqual(before);
  return problem;
}

/** Read every page of a list (pageSize 2) and return the items, checking page numbers and totals on the way. */
export async function allPages<T extends { id: number }>(
  app: App,
  url: string,
): Promise<{ items: T[]; total: number }> {
  const sep = url.includes('?') ? '&' : '?';
  const items: T[] = [];
  let total = -1;
  for (let page = 1; page < 100; page++) {
    const body = await getJson<PageBody<T>>(app, `${url}${sep}page=${page}&pageSize=2`);
    expect(body.page).toBe(page);
    expect(body.pageSize).toBe(2);
    if (total === -1) total = body.total;
    expect(body.total).toBe(total);
    expect(body.items.length).toBeLessThanOrEqual(2);
    if (body.items.length === 0) break;
    items.push(...body.items);
  }
  expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  expect(items.length).toBe(total);
  return { items, total };
}

/** The ids of a list (up to 500). */
export async function listIds(app: App, url: string): Promise<number[]> {
  const sep = url.includes('?') ? '&' : '?';
  const body = await getJson<PageBody>(app, `${url}${sep}pageSize=500`);
  expect(body.items.length).toBe(body.total);
  return body.items.map((i) => i.id);
}
