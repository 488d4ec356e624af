/**
 * Serve the built web app (web/dist) at `/`: hashed assets with a long cache, and index.html for every other GET
 * path outside /api, so the browser's router handles /planer/… on a reload. Without a build, a 404 says how to build.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { App } from './app-types';
import { BUILD_HEADER, BUILD_ID_FILE } from './build-header';

/** Where `vite build` writes the web app. */
export const WEB_DIST = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));

const buildIds = new Map<string, { mtimeMs: number; id: string | null }>();

/**
 * The id of the web app's build under root (dist/build-id.txt, written by the build), or null without one. Read
 * again when the file changes: a rebuild while the server runs serves the new app, and its answers say so.
 */
export function webBuildId(root: string = WEB_DIST): string | null {
  const file = join(root, BUILD_ID_FILE);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const known = buildIds.get(root);
  if (known && known.mtimeMs === mtimeMs) return known.id;
  const text = readFileSync(file, 'utf8').trim();
  const id = /^[\w-]{1,100}$/.test(text) ? text : null;
  buildIds.set(root, { mtimeMs, id });
  return id;
}

/** A file under root for a request path, or null when it does not exist or escapes the root. */
function fileIn(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null; // A malformed escape ("%E0%A4%A") names no file: the app's page answers.
  }
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const full = join(root, rel);
  if (!full.startsWith(root + sep)) return null;
  return existsSync(full) && statSync(full).isFile() ? rel : null;
}

/** Register the web app's routes; every one is public (the app signs in through the API). */
export async function registerWebStatic(app: App, root: string = WEB_DIST): Promise<void> {
  // The build writes file.br and file.gz beside each text file (bin/build-web.mjs); the one the browser accepts is
  // sent, else the file itself.
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true });
  // An app left open in a tab compares this with its own build before it reads an answer (web/src/api/client.ts).
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/')) {
      const id = webBuildId(root);
      if (id) void reply.header(BUILD_HEADER, id);
    }
    return payload;
  });
  app.get('/*', { config: { permission: 'public' }, schema: { hide: true } }, (req, reply) => {
    const path = (req.params as { '*': string })['*'];
    if (path === 'api' || path.startsWith('api/')) return reply.callNotFound();
    // Without a build (a checkout where only the API runs), say so instead of a bare 404.
    if (!existsSync(join(root, 'index.html')))
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send('Webappen er ikke bygget. Kør "npm run build:web" (npm start gør det selv).');
    const file = fileIn(root, path);
    // The answer depends on Accept-Encoding (a compressed copy or not): caches must keep them apart.
    void reply.header('vary', 'accept-encoding');
    if (file) {
      const immutable = file.startsWith('assets/');
      return reply.sendFile(file, { maxAge: immutable ? '365d' : 0, immutable });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}
