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
  'src/api/build-header.ts',
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

// Compressed copies beside the files (file.br, file.gz): the server sends the one the browser accepts, so the app
// crosses a municipal network at a third of its size without the server compressing on every request.
const { brotliCompressSync, gzipSync, constants } = await import('node:zlib');
const { readFileSync, writeFileSync } = await import('node:fs');
const COMPRESSIBLE = /\.(js|css|html|svg|ttf)$/;
function compressAll(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) compressAll(path);
    else if (COMPRESSIBLE.test(name)) {
      const data = readFileSync(path);
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
    }
  }
}
compressAll(join(web, 'dist'));
console.log('Webappen er bygget.');
