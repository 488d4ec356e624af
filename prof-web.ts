import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { systemContext } from './src/auth/context';
import { loadDemo } from './src/demo/load';
import { loadPlanDocument } from './src/features/import/loader';
import { startServer } from './src/server';
import { openDatabase } from './src/store/database';
import { launchChromium } from './test/browser/harness';
import { FULL, syntheticPlan } from './bench/synthetic';

const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const databaseUrl = join(dir, 'b.db');
const seed = await openDatabase({ url: databaseUrl });
await loadDemo(seed.db, systemContext('b'));
const plan = syntheticPlan(0, FULL);
await loadPlanDocument(seed.db, systemContext('b'), plan);
await seed.close();
const server = await startServer({ port: 0, host: '127.0.0.1', databaseUrl, logger: false });
const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
const browser = await launchChromium();
const asset = readdirSync('web/dist/assets').find((f) => f.endsWith('.js'))!;
const smc = new SourceMapConsumer(JSON.parse(readFileSync(`web/dist/assets/${asset}.map`, 'utf8')));
const self = new Map<string, number>();
const byFn = new Map<string, number>();
for (let run = 0; run < 4; run++) {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 800 } });
  await context.request.post('/api/v1/auth/login', { data: { email: 'laeser@demo.indsats.dk', password: 'indsats-demo-2018' } });
  await context.request.get(`/api/v1/plans/${plan.plan.slug}/progress?asOf=2018-09-01`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`/planer/${plan.plan.slug}?dato=2018-09-01`);
  await page.waitForFunction(() => document.querySelectorAll('main .ids-card-list > li').length >= 100);
  await page.getByLabel('Status', { exact: true }).selectOption({ index: 1 });
  await page.waitForFunction(() => document.querySelectorAll('main .ids-card-list > li').length < 100);
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  if (run === 0) { await context.close(); continue; }
  const nodes = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const counts = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) counts.set(profile.samples[i], (counts.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  for (const [id, us] of counts) {
    const cf = nodes.get(id).callFrame;
    let key = cf.url ? cf.url.split('/').pop() : cf.functionName;
    let fn = cf.functionName;
    if (cf.url.includes(asset) && cf.lineNumber >= 0) {
      const pos = smc.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
      const src = pos.source ?? '?';
      key = src.includes('node_modules/') ? src.split('node_modules/')[1].split('/').slice(0, src.includes('node_modules/@') ? 2 : 1).join('/') : src.replace(/^.*?(web\/src|src)\//, '$1/');
      fn = `${pos.name ?? cf.functionName} ${src.split('/').slice(-2).join('/')}:${pos.line}`;
    }
    self.set(key, (self.get(key) ?? 0) + us);
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  await context.close();
}
const show = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, v]) => console.log(`${(v / 3000).toFixed(1).padStart(7)} ms  ${k}`));
show(self, 30); console.log("---"); show(byFn, 400);
await browser.close();
await server.close();
