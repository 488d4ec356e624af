/**
 * The authorization matrix: every route in Fastify's route table × everyone (anonymous, an administrator, the
 * coordinators of two plans, an owner, a contributor on the same and one on another initiative, a reader, a
 * reader's API token). Each request is allowed (neither 401 nor 403) or refused (401 without identity, 403 with
 * one, as problem+json, changing nothing) exactly as the role rules in rules.ts say.
 */
import type * as FastifyModule from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../api';
import { expectAllowed, type RouteSpec } from './rules';
import { routeTable } from './routes-table';
import { auditRows, buildWorld, send, WHO, type World } from './world';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface SeenRoute {
  method: string;
  url: string;
  permission: unknown;
}

const seen = vi.hoisted(() => ({ routes: [] as SeenRoute[] }));

// Every Fastify instance the app creates reports each route it registers: the whole route table, not a copy.
vi.mock('fastify', async (importOriginal) => {
  const mod = await importOriginal<typeof FastifyModule>();
  const original = mod.default as unknown as (opts?: object) => FastifyModule.FastifyInstance;
  const factory = (opts?: object) => {
    const app = original(opts);
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods)
        seen.routes.push({ method: String(method), url: route.url, permission: route.config?.permission });
    });
    return app;
  };
  return { ...mod, default: factory };
});

let t: TestApp;
let w: World;
let table: Record<string, RouteSpec>;
let routes: SeenRoute[];
const key = (r: SeenRoute) => `${r.method} ${r.url}`;

beforeAll(async () => {
  seen.routes = [];
  t = await startTestApp();
  w = await buildWorld(t);
  table = routeTable(w);
  // HEAD mirrors GET; the API documentation is public and outside the permission model.
  routes = seen.routes.filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs'));
  // Signing out ends the session the rest of the requests use: last.
  routes.sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
}, 60_000);
afterAll(() => t.close());

describe('the route table', () => {
  it('has example requests for every registered route, with the permission the route declares', () => {
    expect(routes.length).toBeGreaterThan(90);
    const missing = routes.filter((r) => !(key(r) in table)).map(key);
    expect(missing, 'routes without example requests in test/authz/routes-table.ts').toEqual([]);
    const gone = Object.keys(table).filter((k) => !routes.some((r) => key(r) === k));
    expect(gone, 'examples of routes that do not exist').toEqual([]);
    for (const r of routes) {
      expect(r.permission, key(r)).toBe(table[key(r)].permission);
      expect(table[key(r)].cases.length, key(r)).toBeGreaterThan(0);
    }
  });

  it('has no route that changes or removes audit entries', () => {
    const audit = routes.filter((r) => r.url.startsWith('/api/v1/audit'));
    expect(audit.map(key).sort()).toEqual(['GET /api/v1/audit', 'GET /api/v1/audit.csv']);
  });

  it('answers a 403 on what only administrators see the same whether the object exists or not', async () => {
    const requests: [Method, (id: number) => string, unknown?][] = [
      ['GET', (id) => `/api/v1/users/${id}`],
      ['PATCH', (id) => `/api/v1/users/${id}`, { name: 'X', version: 1 }],
      ['DELETE', (id) => `/api/v1/users/${id}?version=1`],
      ['PUT', (id) => `/api/v1/users/${id}/password`, { password: 'en helt ny adgangskode' }],
      ['DELETE', (id) => `/api/v1/tokens/${id}`],
    ];
    for (const who of ['coordP', 'ownerI1', 'reader', 'readerToken'] as const) {
      for (const [method, url, body] of requests) {
        const existing = url(url(0).includes('tokens') ? w.tokenId : w.victim);
        const a = await send(t, w.headers[who], method, existing, body);
        const b = await send(t, w.headers[who], method, url(999_999), body);
        expect(a.statusCode, `${who} ${method} ${existing}`).toBe(403);
        expect(b.statusCode).toBe(403);
        expect(b.body).toBe(a.body);
      }
    }
  });
});

describe.each(WHO)('%s', (who) => {
  it('is allowed or refused on every route as the role rules say', async () => {
    let allowedCount = 0;
    let refusedCount = 0;
    for (const r of routes) {
      const spec = table[key(r)];
      for (const c of spec.cases) {
        const allowed = expectAllowed(who, spec.permission, c);
        const url = typeof c.url === 'function' ? c.url(who) : c.url;
        const writes = r.method !== 'GET';
        const before = writes && !allowed ? await auditRows(t) : 0;
        const res = await send(t, w.headers[who], r.method as Method, url, c.body);
        const label = `${who}: ${r.method} ${url} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        if (allowed) {
          allowedCount++;
          expect.soft(res.statusCode, label).not.toBe(401);
          expect.soft(res.statusCode, label).not.toBe(403);
          expect.soft(res.statusCode, label).toBeLessThan(500);
        } else {
          refusedCount++;
          expect.soft(res.statusCode, label).toBe(who === 'anonymous' ? 401 : 403);
          expect.soft(res.headers['content-type'], label).toMatch(/^application\/problem\+json/);
          if (writes) expect.soft(await auditRows(t), `${label}: audit log changed`).toBe(before);
        }
      }
    }
    // Each principal meets both answers, except the administrator (allowed everywhere).
    expect(allowedCount).toBeGreaterThan(0);
    if (who !== 'admin') expect(refusedCount).toBeGreaterThan(0);
  });
});
