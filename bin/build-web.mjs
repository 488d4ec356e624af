#!/usr/bin/env node
/* global process, console, URL */
// Builds the web app (web/dist) when it is missing or older than its sources, so `npm start` serves it on a fresh
// clone without an extra command. `--force` always builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const built = join(web, 'dist', 'index.html');
// The web app's own sources and the shared code it imports (domain formatters, schemas).
const sources = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'web/dkfds-icons.ts',
  'web/purge-dkfds.ts',
  'src/domain',
  'src/schemas',
  'src/auth/roles.ts',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const force = process.argv.includes('--force');
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map((s) => newest(join(root, s))));
if (!force && builtAt >= sourcesAt) process.exit(0);

console.log('Bygger webappen (web/dist) …');
const { build } = await import('vite');
await build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
console.log('Webappen er bygget.');
