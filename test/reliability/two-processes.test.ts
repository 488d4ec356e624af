/**
 * Several server processes on one database (as behind a load balancer): on PostgreSQL in the PG suite, on one SQLite
 * file otherwise. Two real `indsats serve` processes: a session from one is valid on the other, a write on one shows
 * in the other's progress within a second, and the sign-in limit counts attempts on both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadDemo } from '../../src/demo/load';
import { LOGIN_LIMITS } from '../../src/auth/rate-limit';
import { openDatabase } from '../../src/store/database';
import { freshDatabaseUrl } from '../db';
import { signInOverHttp, startServeProcess, type ServeProcess } from '../serve-process';

const PLAN = 'integrationshandleplan-2017-18';
const PASSWORD = 'indsats-demo-2018';

type Server = ServeProcess;

let database: { url: string; remove: () => Promise<void> };
let a: Server;
let b: Server;

beforeAll(async () => {
  database = await freshDatabaseUrl();
  const seed = await openDatabase({ url: database.url });
  await loadDemo(seed.db, systemContext('test'));
  await seed.close();
  [a, b] = await Promise.all([startServeProcess(database.url), startServeProcess(database.url)]);
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
  const s = await signInOverHttp(server.base, email, password);
  return { ...s, csrf: s.csrfToken };
}

const get = (server: Server, path: string, cookie: string) =>
  fetch(`${server.base}${path}`, { headers: { cookie } });

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
    const out = await fetch(`${b.base}/api/v1/auth/logout`, {
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
    const created = await fetch(`${a.base}/api/v1/activities`, {
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
