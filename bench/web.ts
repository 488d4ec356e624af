/**
 * The web app's figures: the JavaScript a browser loads for the dashboard (gzip), and on a 100-initiative plan of
 * the synthetic portfolio the time from navigation until a status filter has updated the list (fresh browser
 * context each time, median of 5), beside the progress API's response time for the same data.
 *
 * The page times itself in Chromium as a person runs it (driven over its DevTools pipe with nothing enabled on the
 * page but the Page domain, bench/chromium-pipe.ts) and in Chromium as Playwright drives it (the Runtime and Network
 * domains on, as in the browser suite). What those domains cost a page is shown by one more figure: creating one
 * Error inside a large function, both ways.
 *
 * A new browser context opens a window of its own, and that window's start-up keeps both cores of this machine busy
 * for about a second after its page exists (about 1.7 s of CPU). The clock starts at navigation, so each run waits
 * until Chromium is idle before it navigates (`settle`); the figure of navigating at once is shown beside it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from '../src/api/web-static';
import { systemContext } from '../src/auth/context';
import { loadDemo } from '../src/demo/load';
import { loadPlanDocument } from '../src/features/import/loader';
import { startServer } from '../src/server';
import { openDatabase } from '../src/store/database';
import { launchChromium } from '../test/browser/harness';
import { launchPipeChromium, settle, type PipeCookie } from './chromium-pipe';
import { FULL, syntheticPlan } from './synthetic';

// Runs per way of measuring; INDSATS_BENCH_RUNS overrides (more runs, a steadier median on a noisy machine).
const RUNS = Number(process.env.INDSATS_BENCH_RUNS ?? 5);
const AS_OF = '2018-09-01';
/**
 * Runs in the page before its own scripts: as soon as the dashboard's list is complete ("Viser N af 100" and N
 * cards) and painted, choose the first status in the status filter as a person would (the select's change event),
 * and once the list has changed to match and is painted, note the time on the page's clock, which starts at
 * navigation. A paint is awaited as a frame and a task after it.
 */
const IN_PAGE = `(() => {
  const w = window;
  const shown = () => {
    const line = [...document.querySelectorAll('[role=status]')].map((e) => e.textContent || '')
      .find((t) => /Viser \\d+ af 100 indsatser/.test(t));
    if (!line) return null;
    const n = Number(/Viser (\\d+)/.exec(line)[1]);
    return document.querySelectorAll('main .ids-card-list > li').length === n ? line : null;
  };
  const afterPaint = (f) => requestAnimationFrame(() => setTimeout(f, 0));
  let first = null;
  let chosen = false;
  const observer = new MutationObserver(() => {
    const line = shown();
    if (!line) return;
    if (first === null) {
      first = line;
      afterPaint(() => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Status');
        const select = label.control;
        select.selectedIndex = 1;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        chosen = true;
      });
    } else if (chosen && line !== first) {
      observer.disconnect();
      afterPaint(() => { w.__filtered = performance.now(); });
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A page whose script defines a function of 2,000 inner functions (about 210 KB, of the order of React DOM's module)
 * and times one Error created inside it, as React does at load. Where the DevTools Runtime domain is on, V8 records
 * the new error's stack with source positions, and re-parses the whole function to find them.
 */
const ERROR_PAGE = `data:text/html,${encodeURIComponent(
  `<script>(function big() {\n${Array.from(
    { length: 2000 },
    (_, i) =>
      `function f${i}(a) { if (a > ${i}) return a * ${i} + String(a).length; return [a, ${i}].map((x) => x + 1); }`,
  ).join(
    '\n',
  )}\nconst t0 = performance.now(); window.__error = Error('x'); window.__errorMs = performance.now() - t0;\n})();</script>`,
)}`;

/** Measure and return the figures as Markdown. */
export async function benchWeb(): Promise<string> {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('Build the web app first: npm run build:web');
  const dir = mkdtempSync(join(tmpdir(), 'indsats-bench-web-'));
  const databaseUrl = join(dir, 'bench.db');
  const seed = await openDatabase({ url: databaseUrl });
  await loadDemo(seed.db, systemContext('bench'));
  const plan = syntheticPlan(0, FULL);
  await loadPlanDocument(seed.db, systemContext('bench'), plan);
  await seed.close();
  const slug = plan.plan.slug;
  const server = await startServer({ port: 0, host: '127.0.0.1', databaseUrl, logger: false });
  const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const personMs: number[] = [];
  const atOnceMs: number[] = [];
  const settleMs: number[] = [];
  const inPageMs: number[] = [];
  const drivenMs: number[] = [];
  const apiMs: number[] = [];
  const errorMs: { person: number[]; playwright: number[] } = { person: [], playwright: [] };
  let jsRaw = 0;
  let jsGzip = 0;
  const viewport = { width: 1280, height: 800 };
  const signIn = async (): Promise<PipeCookie[]> => {
    const res = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'laeser@demo.indsats.dk', password: 'indsats-demo-2018' }),
    });
    if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
    return res.headers.getSetCookie().map((line) => {
      const [name, ...value] = line.split(';')[0].split('=');
      return { name, value: value.join('='), domain: '127.0.0.1', path: '/' };
    });
  };
  try {
    // One browser at a time (two would share the two cores). First Chromium as a person runs it: the page
    // measures itself.
    const pipeBrowser = await launchPipeChromium();
    try {
      // Each run twice, in turn first and second: navigating once the new window has settled, and at once.
      for (let run = 0; run < RUNS * 2; run++) {
        const settled = run % 4 === 0 || run % 4 === 3;
        const cookies = await signIn();
        // As before the other ways' pages: the server has just answered the same question.
        const api = await fetch(`${url}/api/v1/plans/${slug}/progress?asOf=${AS_OF}`, {
          headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
        });
        if (!api.ok) throw new Error(`progress failed: ${api.status}`);
        await api.arrayBuffer();
        const page = await pipeBrowser.newPage(viewport, cookies);
        await page.addInitScript(IN_PAGE);
        if (settled) settleMs.push(await settle(() => pipeBrowser.cpuMs()));
        await page.goto(`${url}/planer/${slug}?dato=${AS_OF}`);
        (settled ? personMs : atOnceMs).push(await page.waitFor<number>('window.__filtered'));
        await page.close();
      }
      for (let run = 0; run < RUNS; run++) {
        const page = await pipeBrowser.newPage(viewport, []);
        await page.goto(ERROR_PAGE);
        errorMs.person.push(
          Number(await page.waitFor<string>('window.__error ? String(window.__errorMs) : ""')),
        );
        await page.close();
      }
    } finally {
      await pipeBrowser.close();
    }

    // Then Playwright, two ways in turn: the page measures itself, and Playwright drives the page and times it from
    // outside (protocol round trips and its checks included).
    const browser = await launchChromium();
    const cdp = await browser.newBrowserCDPSession();
    const cpuMs = async () =>
      (await cdp.send('SystemInfo.getProcessInfo')).processInfo.reduce((sum, p) => sum + p.cpuTime * 1000, 0);
    try {
      for (let run = 0; run < RUNS * 2; run++) {
        const inPage = run % 2 === 0;
        const context = await browser.newContext({ baseURL: url, viewport });
        // Sign in through the API (not part of the measurement); the session cookie lands in the context.
        const login = await context.request.post('/api/v1/auth/login', {
          data: { email: 'laeser@demo.indsats.dk', password: 'indsats-demo-2018' },
        });
        if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
        // The API's time for the same data, from the same client, before the page asks for it.
        const a0 = performance.now();
        const api = await context.request.get(`/api/v1/plans/${slug}/progress?asOf=${AS_OF}`);
        if (!api.ok()) throw new Error(`progress failed: ${api.status()}`);
        await api.body();
        apiMs.push(performance.now() - a0);

        if (inPage) await context.addInitScript(IN_PAGE);
        const page = await context.newPage();
        settleMs.push(await settle(cpuMs));
        const scripts: Promise<void>[] = [];
        if (run === 0) {
          page.on('response', (res) => {
            if (res.request().resourceType() !== 'script') return;
            scripts.push(
              res.body().then((b) => {
                jsRaw += b.length;
                jsGzip += gzipSync(b).length;
              }),
            );
          });
        }
        const t0 = performance.now();
        await page.goto(`/planer/${slug}?dato=${AS_OF}`);
        if (inPage) {
          const done = await page.waitForFunction(
            () => (window as { __filtered?: number }).__filtered,
            null,
            {
              polling: 100,
            },
          );
          inPageMs.push(Number(await done.jsonValue()));
        } else {
          // Both waits read the DOM in the page (Playwright's role engine would itself cost main-thread time):
          // the list counts as shown when the status line says "Viser N af 100" and N cards are on the page.
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
          await page.getByLabel('Status', { exact: true }).selectOption({ index: 1 });
          await listShows(before);
          drivenMs.push(performance.now() - t0);
        }
        await Promise.all(scripts);
        await context.close();
      }
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(ERROR_PAGE);
        errorMs.playwright.push(
          Number(await page.evaluate(() => (window as { __errorMs?: number }).__errorMs ?? Number.NaN)),
        );
        await context.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const row = (figure: string, xs: number[], goal: string, digits = 0) =>
    `| ${figure} | ${median(xs).toFixed(digits)} ms | ${xs.map((v) => v.toFixed(digits)).join(', ')} ms | ${goal} |`;
  return [
    `Plan "${plan.plan.title}": 100 initiatives, 300 targets, 20,000 activities (SQLite), as of ${AS_OF}; ${RUNS} runs, each in a fresh browser context. Waiting for a new context's window to settle took ${median(settleMs).toFixed(0)} ms (median; ${Math.min(...settleMs).toFixed(0)}–${Math.max(...settleMs).toFixed(0)} ms).`,
    '',
    '| figure | median | runs | goal |',
    '| --- | --- | --- | --- |',
    row(
      "navigation → status filter has updated the list, on screen (the page's own clock), in Chromium as a person runs it, the new browser context's window settled before the navigation",
      personMs,
      '< 1 s',
    ),
    row(
      "the same, navigating as soon as the new context's page exists (the window's own start-up still busy on both cores)",
      atOnceMs,
      '',
    ),
    row(
      'the same (window settled), in Chromium as Playwright drives it (DevTools Runtime and Network domains on)',
      inPageMs,
      '',
    ),
    row('the same, driven and timed by Playwright from outside', drivenMs, ''),
    row(
      'one Error created inside a 2,000-function script, in Chromium as a person runs it',
      errorMs.person,
      '',
      2,
    ),
    row('the same, in Chromium as Playwright drives it', errorMs.playwright, '', 2),
    row('progress API for the same data (same client)', apiMs, '(baseline)'),
    `| initial JavaScript for the dashboard | ${kb(jsGzip)} gzip (${kb(jsRaw)} raw) | – | ≤ 250 KB gzip |`,
  ].join('\n');
}
