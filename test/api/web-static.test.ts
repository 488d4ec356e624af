/** The web app's files: pages fall back to index.html, assets are cached for good, nothing outside the build leaks. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app-types';
import { registerWebStatic } from '../../src/api/web-static';

const dir = mkdtempSync(join(tmpdir(), 'indsats-web-'));
const root = join(dir, 'dist');
let app: App;
let bare: App;

beforeAll(async () => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="da"><title>indsats</title></html>');
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  app = Fastify();
  await registerWebStatic(app, root);
  bare = Fastify();
  await registerWebStatic(bare, join(dir, 'not-built'));
});
afterAll(async () => {
  await app.close();
  await bare.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the web app route', () => {
  it('answers a page path with index.html, not cached, so a reload of /planer/… works', async () => {
    const res = await app.inject({ method: 'GET', url: '/planer/integrationshandleplan-2017-18' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="da">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets with a long, immutable cache', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('leaves /api paths to the API, and never serves a file outside the build', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/nothing' })).statusCode).toBe(404);
    for (const url of ['/../secret.txt', '/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/%E0%A4%A']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.body, url).not.toContain('not for the web');
    }
  });

  it('says how to build the app when there is no build', async () => {
    const res = await bare.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('npm run build:web');
  });
});
