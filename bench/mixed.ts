/**
 * `npm run bench mixed`: reads of a plan's progress while others write, on each engine, against a real server process
 * on the loopback interface. A synthetic plan of 150 initiatives and 30,000 activities; 20 connections read its
 * progress for MIXED_SECONDS (default 20), first alone (the read-only baseline), then while 5 writer connections
 * register activities on random initiatives at 50 writes/s in all. Both phases are measured in the same run, with
 * an API token (the credential check is in the path). BENCH_PG_URL names the PostgreSQL server.
 */
import autocannon from 'autocannon';
import { systemContext } from '../src/auth/context';
import { loadPlanDocument } from '../src/features/import/loader';
import { createToken } from '../src/features/tokens/service';
import { openDatabase } from '../src/store/database';
import { startServeProcess, stopServeProcess } from '../test/serve-process';
import { benchDatabase, benchEngines, serverNodeArgs, type Engine } from './databases';
import { syntheticPlan } from './synthetic';

const SECONDS = Number(process.env.MIXED_SECONDS ?? 20);
const READERS = 20;
const WRITERS = 5;
const WRITES_PER_SECOND = 50;
const SIZE = { plans: 1, initiativesPerPlan: 150, targetsPerInitiative: 3, activitiesPerInitiative: 200 };
const PLAN = 'syntetisk-1';

/** Figures of one phase. */
interface Phase {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const phaseOf = (r: autocannon.Result): Phase => ({
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts + r.non2xx,
});

async function mixedOnce(engine: Engine, log: (s: string) => void): Promise<string> {
  log(`  ${engine}: loading ${SIZE.initiativesPerPlan * SIZE.activitiesPerInitiative} activities`);
  const { url, remove } = await benchDatabase(engine, async (db) => {
    await loadPlanDocument(db, systemContext('bench'), syntheticPlan(0, SIZE));
  });
  const d = await openDatabase({ url });
  const { token } = await createToken(d.db, systemContext('bench'), {
    name: 'bench',
    roles: [{ role: 'admin', planId: null, initiativeId: null }],
  });
  await d.close();
  // The server runs in its own process, as in production, so the load generator does not share its thread.
  const server = await startServeProcess(url, serverNodeArgs());
  const base = server.base;
  try {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const list = (await (
      await fetch(`${base}/api/v1/initiatives?planId=${PLAN}&pageSize=500`, { headers })
    ).json()) as { items: { id: number }[] };
    const ids = list.items.map((i) => i.id);
    const readUrl = `${base}/api/v1/plans/${PLAN}/progress?asOf=2018-09-01`;
    const read = () => autocannon({ url: readUrl, headers, connections: READERS, duration: SECONDS });
    await autocannon({ url: readUrl, headers, connections: READERS, duration: 2 }); // warm-up
    log(`  ${engine}: reads alone`);
    const alone = phaseOf(await read());
    log(`  ${engine}: reads with ${WRITERS} writers`);
    let n = 0;
    const writes = autocannon({
      url: `${base}/api/v1/activities`,
      headers,
      connections: WRITERS,
      overallRate: WRITES_PER_SECOND,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => {
            n += 1;
            return {
              ...req,
              body: JSON.stringify({
                initiativeId: ids[(n * 7919) % ids.length],
                state: n % 3 === 0 ? 'planned' : 'done',
                kind: 'workshop',
                title: `Workshop under belastning ${n}`,
                dateFrom: '2018-05-01',
                dateTo: '2018-05-01',
              }),
            };
          },
        },
      ],
    });
    const [withWriters, written] = await Promise.all([read(), writes]);
    const mixed = phaseOf(withWriters);
    const w = phaseOf(written);
    const share = ((mixed.rps / alone.rps) * 100).toFixed(0);
    return `| ${engine} | ${alone.rps.toFixed(0)} | ${alone.p99} ms | ${mixed.rps.toFixed(0)} | **${share} %** | ${mixed.p50} ms | **${mixed.p99} ms** | ${written.requests.total} (${w.rps.toFixed(0)}/s) | ${w.p99} ms | ${alone.errors + mixed.errors + w.errors} |`;
  } finally {
    await stopServeProcess(server);
    await remove();
  }
}

/** Measure both engines and return the figures as Markdown. */
export async function benchMixed(log: (s: string) => void = console.log): Promise<string> {
  const rows: string[] = [];
  for (const engine of benchEngines()) rows.push(await mixedOnce(engine, log));
  return [
    `A plan of ${SIZE.initiativesPerPlan} initiatives and ${SIZE.initiativesPerPlan * SIZE.activitiesPerInitiative} activities; ${READERS} connections read its progress for ${SECONDS} s alone, then for ${SECONDS} s while ${WRITERS} connections register activities at ${WRITES_PER_SECOND} writes/s in all (goal: reads ≥ 50 % of alone, p99 < 100 ms).`,
    '',
    '| engine | reads alone req/s | p99 alone | reads with writers req/s | share of alone | p50 | p99 | writes (rate) | write p99 | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
