/**
 * `npm run bench load`: 200 connections on the loopback interface for LOAD_SECONDS (default 60) against a real
 * server process on each engine, mixed reads and writes — each connection in turn reads the seed plan's progress three times,
 * lists activities, and registers one — signed in as the demo administrator. Reports requests, errors (non-2xx and
 * socket errors), throughput and latency percentiles. BENCH_PG_URL names the PostgreSQL server.
 */
import autocannon from 'autocannon';
import { startServeProcess, stopServeProcess } from '../test/serve-process';
import { demoDatabase, benchEngines, serverNodeArgs, signInAsAdmin, type Engine } from './databases';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = 200;
const PLAN = 'integrationshandleplan-2017-18';

async function loadOnce(engine: Engine): Promise<string> {
  const { url, remove } = await demoDatabase(engine);
  // The server runs in its own process, as in production, so the load generator does not share its thread.
  const server = await startServeProcess(url, serverNodeArgs());
  const base = server.base;
  try {
    const { cookie, csrfToken } = await signInAsAdmin(base);
    const initiatives = (await (
      await fetch(`${base}/api/v1/initiatives?planId=${PLAN}&pageSize=500`, { headers: { cookie } })
    ).json()) as { items: { id: number }[] };
    const write = JSON.stringify({
      initiativeId: initiatives.items[0].id,
      state: 'done',
      kind: 'møde',
      title: 'Møde under belastning',
      dateFrom: '2018-05-01',
      dateTo: '2018-05-01',
    });
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const progress = { method: 'GET' as const, path: `/api/v1/plans/${PLAN}/progress?asOf=2018-09-01` };
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers,
      requests: [
        progress,
        progress,
        { method: 'GET', path: '/api/v1/activities?pageSize=50' },
        progress,
        { method: 'POST', path: '/api/v1/activities', body: write },
      ],
    });
    // autocannon counts timeouts (no answer within 10 s) among its errors; the kinds are listed beside the total.
    const errors = result.errors + result.non2xx;
    const statuses = Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, { count }]) => `${count} × ${code}`);
    const socket = result.errors - result.timeouts;
    const kinds = [
      ...statuses,
      ...(result.timeouts > 0 ? [`${result.timeouts} timeouts`] : []),
      ...(socket > 0 ? [`${socket} socket errors`] : []),
    ];
    return `| ${engine} | ${SECONDS} s | ${result.requests.total} | ${Math.round(result.requests.total / 5)} | ${errors}${kinds.length > 0 ? ` (${kinds.join(', ')})` : ''} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.latency.max} ms |`;
  } finally {
    await stopServeProcess(server);
    await remove();
  }
}

/** Measure and return the figures as Markdown. */
export async function benchLoad(): Promise<string> {
  const rows: string[] = [];
  for (const engine of benchEngines()) rows.push(await loadOnce(engine));
  return [
    `${CONNECTIONS} connections, each in turn: progress of the seed plan ×3, a page of activities, one new activity (a write in five requests).`,
    '',
    '| engine | duration | requests | of them writes | errors (non-2xx, socket, no answer in 10 s) | req/s | p50 | p99 | max |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
