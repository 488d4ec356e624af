/**
 * The server writes its log asynchronously: a log reader that stops reading (a full pipe, a stalled collector) must
 * not stop the server answering, and no line is lost once the reader catches up or the process exits.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../db';
import { startServeProcess, stopServeProcess, type ServeProcess } from '../serve-process';

const REQUESTS = 1500;

let database: { url: string; remove: () => Promise<void> };
let server: ServeProcess;

beforeAll(async () => {
  database = await freshDatabaseUrl();
  server = await startServeProcess(database.url, [], { holdLog: true });
}, 120_000);

afterAll(async () => {
  if (server) await stopServeProcess(server);
  await database?.remove();
});

it('answers while nobody reads its log, and writes every line once the log is read again', async () => {
  // Each request logs two lines of about 300 bytes: far more than a pipe holds (64 KiB) while nobody reads it.
  const started = Date.now();
  for (let i = 0; i < REQUESTS; i += 50) {
    const batch = Array.from({ length: 50 }, () =>
      fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status),
    );
    expect(new Set(await Promise.all(batch))).toEqual(new Set([200]));
  }
  expect(Date.now() - started).toBeLessThan(30_000);

  // Read the log again, let the server exit, and count the requests it logged.
  let log = '';
  server.child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const ended = new Promise((resolve) => server.child.stdout!.once('end', resolve));
  server.child.stdout!.resume();
  server.child.stderr!.resume();
  await stopServeProcess(server);
  await ended;
  const answered = log.split('\n').filter((l) => l.includes('"msg":"request completed"'));
  expect(answered.length).toBe(REQUESTS);
}, 60_000);
