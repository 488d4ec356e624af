#!/usr/bin/env node
/* global process, console, URL */
// `npm run dev`: the API server (reloading on change, SQLite, demo data) and Vite's dev server for the web app,
// which sends /api to the API. Open the address Vite prints. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '3000';
const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
const api = spawn(process.execPath, [tsx, 'watch', 'src/cli/main.ts', 'serve', '--demo'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
});
const { createServer } = await import('vite');
process.env.INDSATS_API_URL ??= `http://127.0.0.1:${port}`;
const vite = await createServer({
  configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)),
});
await vite.listen();
console.log('\nWebappen (udvikling):');
vite.printUrls();

function stop() {
  api.kill('SIGTERM');
  void vite.close().then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', (code) => {
  if (code !== null && code !== 0) console.error(`API-serveren stoppede (kode ${code}).`);
});
