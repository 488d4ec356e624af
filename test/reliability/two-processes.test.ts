/**
 * Several server processes on one database (as behind a load balancer): on PostgreSQL in the PG suite, on one SQLite
 * file otherwise. Two real `indsats serve` processes: a session from one is valid on the other, a write on one shows
 * in the other's progress within a second, and the sign-in limit counts attempts on both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadDemo } from '../../src/demo/load';
import { LOGIN_LIMITS } from '../../src/auth/rate-limit';
import { openDatabase } from '../../src/store/database';
import { freshDatabaseUrl } from '../db';

const ROOT = join(__dirname, '..', '..');
const PLAN = 'integrationshandleplan-2017-18';
const PASSWORD = 'indsats-demo-2018';

interface Server {
  url: string;
  child: ChildProcess;
}

/** Start `indsats serve` on a free port and wait for the address it prints. */
function serve(databaseUrl: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'indsats.mjs'), '-d', databaseUrl, 'serve', '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn' },
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
        resolve({ url: m[1], child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`the server stopped (${code}):\n${out}`)));
  });
}

let database: { url: string; remove: () => Promise<void> };
let a: Server;
let b: Server;

beforeAll(async () => {
  database = await freshDatabaseUrl();
  const seed = await openDatabase({ url: database.url });
  await loadDemo(seed.db, systemContext('test'));
  await seed.close();
  [a, b] = await Promise.all([serve(database.url), serve(database.url)]);
}, 120_000);

afterAll(async () => {
  for (const s of [a, b]) {
    if (!s || s.child.exitCode !== null) continue;
    const exited = new Promise((r) => s.child.once('exit', r));
    s.child.kill('SIGTERM');
    await exited;
  }
  await database?.remove();
});

async function signIn(server: Server, email: string, password = PASSWORD) {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = res.ok ? ((await res.json()) as { csrfToken: string }) : null;
  return { status: res.status, cookie, csrf: body?.csrfToken ?? '' };
}

const get = (server: Server, path: string, cookie: string) =>
  fetch(`${server.url}${path}`, { headers: { cookie } });

/** Initiative 1's first target's actual figure as one server computes it. */
async function actual(server: Server, cookie: string): Promise<number> {
  const res = await get(server, `/api/v1/plans/${PLAN}/progress?asOf=2018-12-31`, cookie);
  const p = (await res.json()) as {
    initiatives: { number: number | null; targets: { actual: number | null }[] }[];
  };
  return p.initiatives.find((i) => i.number === 1)!.targets[0].actual ?? 0;
}

describe(`two server processes on one ${process.env.TEST_PG_URL ? 'PostgreSQL' : 'SQLite'} database`, () => {
  it('a session from one is valid on the other', async () => {
    const s = await signIn(a, 'ejer@demo.indsats.dk');
    expect(s.status).toBe(200);
    const onA = (await (await get(a, '/api/v1/auth/me', s.cookie)).json()) as { id: number; kind: string };
    const me = await get(b, '/api/v1/auth/me', s.cookie);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ kind: 'user', id: onA.id });
    // And signing out on B ends it on A.
    const out = await fetch(`${b.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(out.status).toBeLessThan(300);
    expect((await get(a, '/api/v1/auth/me', s.cookie)).status).toBe(401);
  });

  it("a write on one shows in the other's progress within a second", async () => {
    const s = await signIn(a, 'ejer@demo.indsats.dk');
    const before = await actual(b, s.cookie); // B has computed (and cached) the plan
    const groups = (await (await get(a, '/api/v1/target-groups?pageSize=500', s.cookie)).json()) as {
      items: { id: number; name: string }[];
    };
    const youth = groups.items.find((g) => g.name === 'børn og unge')!;
    const initiatives = (await (
      await get(a, `/api/v1/initiatives?planId=${PLAN}&pageSize=500`, s.cookie)
    ).json()) as {
      items: { id: number; number: number | null }[];
    };
    const created = await fetch(`${a.url}/api/v1/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      body: JSON.stringify({
        initiativeId: initiatives.items.find((i) => i.number === 1)!.id,
        state: 'done',
        kind: 'workshop',
        title: 'Workshop registreret på den ene server',
        dateFrom: '2018-10-01',
        dateTo: '2018-10-01',
        reach: [{ targetGroupId: youth.id, count: 37 }],
      }),
    });
    expect(created.status).toBe(201);
    const written = Date.now();
    let seen = before;
    while (seen === before && Date.now() - written < 1000) seen = await actual(b, s.cookie);
    expect(seen).toBe(before + 37);
  });

  it('the sign-in limit counts attempts on both', async () => {
    const email = 'laeser@demo.indsats.dk';
    for (let n = 0; n < LOGIN_LIMITS.perAccount; n++)
      expect((await signIn(n % 2 ? b : a, email, 'forkert gæt')).status).toBe(401);
    // The next attempt is refused before the password is checked, on either server, even with the right password.
    expect((await signIn(b, email)).status).toBe(429);
    expect((await signIn(a, email)).status).toBe(429);
  });
});
