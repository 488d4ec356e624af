/**
 * `npm run bench crash`: kill -9 during writes, then count acknowledged writes that are gone. For each engine, a real
 * `indsats serve` process takes activities from 4 writers; after 1–2 s it is killed with SIGKILL; the database is
 * then opened afresh and every activity the server had answered 201 for is looked up. CRASH_RUNS sets the runs per
 * engine (default 3); BENCH_PG_URL the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { openDatabase } from '../src/store/database';
import { startServeProcess } from '../test/serve-process';
import { demoDatabase, signInAsAdmin } from './databases';

const RUNS = Number(process.env.CRASH_RUNS ?? 3);
const WRITERS = 4;
interface RunFigures {
  acknowledged: number;
  missing: number;
  unacknowledged: number;
}

async function crashOnce(url: string, run: number): Promise<RunFigures> {
  const { base, child } = await startServeProcess(url);
  const { cookie, csrfToken } = await signInAsAdmin(base);
  const initiatives = (await (
    await fetch(`${base}/api/v1/initiatives?pageSize=500`, { headers: { cookie } })
  ).json()) as {
    items: { id: number }[];
  };
  const initiativeId = initiatives.items[0].id;

  const acked = new Set<string>();
  const sent = new Set<string>();
  let alive = true;
  const writer = async (w: number) => {
    for (let i = 0; alive; i++) {
      const title = `crash-${run}-${w}-${i}`;
      sent.add(title);
      try {
        const res = await fetch(`${base}/api/v1/activities`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({
            initiativeId,
            state: 'done',
            kind: 'møde',
            title,
            dateFrom: '2018-05-01',
            dateTo: '2018-05-01',
          }),
        });
        if (res.status === 201) acked.add(title);
        else if (res.status >= 400) throw new Error(`write refused: ${res.status} ${await res.text()}`);
      } catch (err) {
        if (alive) throw err;
        return; // the server is gone
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
  await new Promise((r) => setTimeout(r, 1000 + Math.random() * 1000));
  alive = false;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  await Promise.allSettled(writers);

  // Open the database afresh, as a restarted server would, and look every write up.
  const db = await openDatabase({ url });
  try {
    const rows = await db.db
      .selectFrom('activities')
      .select('title')
      .where('title', 'like', `crash-${run}-%`)
      .execute();
    const stored = new Set(rows.map((r) => r.title));
    return {
      acknowledged: acked.size,
      missing: [...acked].filter((t) => !stored.has(t)).length,
      unacknowledged: [...stored].filter((t) => !acked.has(t)).length,
    };
  } finally {
    await db.close();
  }
}

/** Measure and return the figures as Markdown. */
export async function benchCrash(): Promise<string> {
  const lines = [
    `kill -9 during writes: ${RUNS} runs per engine, ${WRITERS} writers posting activities, SIGKILL after 1–2 s.`,
    '',
    '| engine | run | writes acknowledged (201) | acknowledged but missing after restart | stored but never acknowledged |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const engine of ['sqlite', 'postgres'] as const) {
    const database = await demoDatabase(engine);
    try {
      for (let run = 1; run <= RUNS; run++) {
        const f = await crashOnce(database.url, run);
        lines.push(`| ${engine} | ${run} | ${f.acknowledged} | ${f.missing} | ${f.unacknowledged} |`);
        if (f.missing > 0) process.exitCode = 1;
      }
    } finally {
      await database.remove();
    }
  }
  return lines.join('\n');
}
