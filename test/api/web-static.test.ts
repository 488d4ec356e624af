/** The web app's files: pages fall back to index.html, assets are cached for good, nothing outside the build leaks. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app-types';
import { BUILD_HEADER } from '../../src/api/build-header';
import { registerWebStatic } from '../../src/api/web-static';

const INDEX = '<!doctype html><html lang="da"><title>indsats</title></html>';
const dir = mkdtempSync(join(tmpdir(), 'indsats-web-'));
const root = join(dir, 'dist');
let app: App;
let bare: App;

beforeAll(async () => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  // The build's compressed copies (bin/build-web.mjs); made here with the same library.
  writeFileSync(join(root, 'assets', 'app-1a2b.js.br'), brotliCompressSync('console.log(1)'));
  writeFileSync(join(root, 'assets', 'app-1a2b.js.gz'), gzipSync('console.log(1)'));
  writeFileSync(join(root, 'index.html.br'), brotliCompressSync(INDEX));
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  writeFileSync(join(root, 'build-id.txt'), 'build-1\n');
  app = Fastify();
  await registerWebStatic(app, root);
  app.get('/api/v1/thing', { config: { permission: 'public' } }, () => ({ ok: true }));
  bare = Fastify();
  await registerWebStatic(bare, join(dir, 'not-built'));
  bare.get('/api/v1/thing', { config: { permission: 'public' } }, () => ({ ok: true }));
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

  it('sends the compressed copy the browser accepts, and the file itself to one that accepts none', async () => {
    const url = '/assets/app-1a2b.js';
    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe('console.log(1)');
    const gz = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe('console.log(1)');
    const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log(1)');
    // A page path gets index.html compressed too, still not cached.
    const page = await app.inject({ method: 'GET', url: '/planer/x', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(page.rawPayload).toString()).toBe(INDEX);
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

describe('the build named in API answers', () => {
  it("names the served app's build in every API answer, and again after a rebuild", async () => {
    const first = await app.inject({ method: 'GET', url: '/api/v1/thing' });
    expect(first.statusCode).toBe(200);
    expect(first.headers[BUILD_HEADER]).toBe('build-1');
    // A rebuild while the server runs: the file is read again when it changes.
    writeFileSync(join(root, 'build-id.txt'), 'build-2');
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, 'build-id.txt'), later, later);
    const second = await app.inject({ method: 'GET', url: '/api/v1/thing' });
    expect(second.headers[BUILD_HEADER]).toBe('build-2');
    const missing = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers[BUILD_HEADER]).toBe('build-2');
  });

  it('names none outside the API, without a build, or for a build id that is not a plain id', async () => {
    const page = await app.inject({ method: 'GET', url: '/planer/x' });
    expect(page.headers[BUILD_HEADER]).toBeUndefined();
    const unbuilt = await bare.inject({ method: 'GET', url: '/api/v1/thing' });
    expect(unbuilt.statusCode).toBe(200);
    expect(unbuilt.headers[BUILD_HEADER]).toBeUndefined();
    writeFileSync(join(root, 'build-id.txt'), 'a b\r\nSet-Cookie: x=1');
    const later = new Date(Date.now() + 10_000);
    utimesSync(join(root, 'build-id.txt'), later, later);
    const odd = await app.inject({ method: 'GET', url: '/api/v1/thing' });
    expect(odd.headers[BUILD_HEADER]).toBeUndefined();
    expect(odd.headers['set-cookie']).toBeUndefined();
  });
});
