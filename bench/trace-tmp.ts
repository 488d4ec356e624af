import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemContext } from '../src/auth/context';
import { loadDemo } from '../src/demo/load';
import { loadPlanDocument } from '../src/features/import/loader';
import { startServer } from '../src/server';
import { openDatabase } from '../src/store/database';
import { launchChromium } from '../test/browser/harness';
import { FULL, syntheticPlan } from './synthetic';
const AS_OF = '2018-09-01';
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tr-'));
  const databaseUrl = join(dir, 'bench.db');
  const seed = await openDatabase({ url: databaseUrl });
  await loadDemo(seed.db, systemContext('bench'));
  const plan = syntheticPlan(0, FULL);
  await loadPlanDocument(seed.db, systemContext('bench'), plan);
  await seed.close();
  const slug = plan.plan.slug;
  const server = await startServer({ port: 0, host: '127.0.0.1', databaseUrl, logger: false });
  const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const done: number[] = []; const lists: number[] = [];
  for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) {
    const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 800 } });
    await context.request.post('/api/v1/auth/login', {
      data: { email: 'laeser@demo.indsats.dk', password: 'indsats-demo-2018' },
    });
    await (await context.request.get(`/api/v1/plans/${slug}/progress?asOf=${AS_OF}`)).body();
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.text().startsWith('DBG')) console.log(m.text());
    });
    const trace = run === 2 && process.env.PROF === '1';
    const tr = run === 2 && !trace;
    const cdp = await context.newCDPSession(page);
    if (trace) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (tr)
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'],
      });
    const t0 = performance.now();
    await page.goto(`/planer/${slug}?dato=${AS_OF}`);
    const tGoto = performance.now() - t0;
    const listShows = (previous: string | null) =>
      page.waitForFunction((prev) => {
        const line = [...document.querySelectorAll('[role=status]')]
          .map((e) => e.textContent ?? '')
          .find((text) => /Viser \d+ af 100 indsatser/.test(text));
        if (!line || line === prev) return null;
        const n = Number(/Viser (\d+)/.exec(line)![1]);
        return document.querySelectorAll('main .ids-card-list > li').length === n ? line : null;
      }, previous);
    const before = await (await listShows(null)).jsonValue();
    const tList = performance.now() - t0;
    const tc = tList;
    await page.getByLabel('Status', { exact: true }).selectOption({ index: 1 });
    const ts = performance.now() - t0;
    await listShows(before);
    const tDone = performance.now() - t0;
    const res = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map(
          (e) =>
            `${e.name.replace(/^https?:\/\/[^/]+/, '')} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`,
        ),
    );
    done.push(tDone); lists.push(tList);
    if (process.env.VERBOSE) console.log({ tGoto, tList, ts, tDone }, res.filter((r) => !r.includes('IBM')).join(' | '));
    if (trace) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync('/tmp/prof.json', JSON.stringify(profile));
    }
    if (tr) writeFileSync('/tmp/trace.json', await browser.stopTracing());
    await context.close();
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
  console.log('MEDIAN list', med(lists), 'done', med(done), 'all', done.map((d) => d.toFixed(0)).join(' '));
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
void main();
