/**
 * Every route declares the permission it will need. The feature registration is wrapped so the test sees each
 * route's config as Fastify registers it, and can add a route without a permission to check that the app refuses
 * to start.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { App } from '../../src/api/app-types';
import { PERMISSIONS } from '../../src/domain/permissions';
import type * as Register from '../../src/features/register';
import type { Database } from '../../src/store/database';
import { freshDatabase } from '../db';

const seen = vi.hoisted(() => ({
  routes: [] as { method: string; url: string; permission: unknown }[],
  addUnprotected: false,
}));

vi.mock('../../src/features/register', async (importOriginal) => {
  const original = await importOriginal<typeof Register>();
  return {
    registerFeatures(app: App): void {
      app.addHook('onRoute', (route) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        for (const method of methods)
          seen.routes.push({ method, url: route.url, permission: route.config?.permission });
      });
      original.registerFeatures(app);
      if (seen.addUnprotected) app.get('/api/v1/unprotected', () => ({ secret: true }));
    },
  };
});

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('route permissions', () => {
  it('every feature route declares a known permission; changes need more than a read permission', async () => {
    seen.routes = [];
    const app = await buildApp({ db: database.db });
    try {
      const routes = seen.routes.filter((r) => r.method !== 'HEAD');
      // 11 resources × 5 routes, assessment PUT/DELETE, two progress routes.
      expect(routes.length).toBeGreaterThanOrEqual(11 * 5 + 4);
      for (const r of routes) {
        expect(PERMISSIONS, `${r.method} ${r.url}`).toContain(r.permission);
        // A change never rides on a read permission or on none (signing in is the one public change).
        if (r.method !== 'GET' && r.url !== '/api/v1/auth/login')
          expect(String(r.permission), `${r.method} ${r.url}`).not.toMatch(/:read$|^public$/);
      }
      const of = (method: string, url: string) =>
        routes.find((r) => r.method === method && r.url === url)?.permission;
      expect(of('POST', '/api/v1/activities')).toBe('activity:write');
      expect(of('DELETE', '/api/v1/units/:id')).toBe('reference:write');
      expect(of('PUT', '/api/v1/initiatives/:id/assessment')).toBe('assessment:write');
      expect(of('GET', '/api/v1/plans/:plan/progress')).toBe('plan:read');
    } finally {
      await app.close();
    }
  });

  it('refuses to build an app with a route that declares no permission', async () => {
    seen.addUnprotected = true;
    try {
      await expect(buildApp({ db: database.db })).rejects.toThrow(
        /Routes without a declared permission: .*GET \/api\/v1\/unprotected/,
      );
    } finally {
      seen.addUnprotected = false;
    }
  });
});
