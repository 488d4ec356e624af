/** A real `indsats serve` process on a database, on a free port: for tests and benchmarks of several processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export interface ServeProcess {
  /** The address it printed, e.g. http://127.0.0.1:41234. */
  base: string;
  child: ChildProcess;
}

/** Start the server and resolve once it prints its address; rejects if it stops first or takes over 60 s. */
export function startServeProcess(
  databaseUrl: string,
  nodeArgs: readonly string[] = [],
  { holdLog = false }: { holdLog?: boolean } = {},
): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, join(ROOT, 'bin', 'indsats.mjs'), '-d', databaseUrl, 'serve', '--port', '0'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), 60_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Åbn (http:\/\/\S+) i en browser/.exec(out);
      if (m) {
        clearTimeout(timer);
        // From here on its log is drained, not kept (a load test would otherwise pile it up in memory).
        child.stdout.off('data', read);
        child.stderr.off('data', read);
        // SERVE_PROCESS_LOG names a file to keep it in instead (to study a benchmark's slow requests).
        // With `holdLog`, nobody reads it until the caller does (a log reader that has stopped).
        const keep = process.env.SERVE_PROCESS_LOG;
        if (holdLog) {
          child.stdout.pause();
          child.stderr.pause();
        } else if (keep) {
          const file = createWriteStream(keep, { flags: 'a' });
          child.stdout.pipe(file);
          child.stderr.pipe(file);
        } else {
          child.stdout.resume();
          child.stderr.resume();
        }
        resolve({ base: m[1], child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`the server stopped (${code}):\n${out}`)));
  });
}

/** Stop the server with SIGTERM (a graceful shutdown) and wait until it has exited. */
export function stopServeProcess(server: ServeProcess): Promise<void> {
  if (server.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

/** Sign in over HTTP: the status, the session cookie to send back, and the CSRF token (empty when refused). */
export async function signInOverHttp(
  base: string,
  email: string,
  password: string,
): Promise<{ status: number; cookie: string; csrfToken: string }> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = res.ok ? ((await res.json()) as { csrfToken: string }) : null;
  return { status: res.status, cookie, csrfToken: body?.csrfToken ?? '' };
}
