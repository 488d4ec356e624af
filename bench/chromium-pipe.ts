/**
 * Chromium driven over its own DevTools pipe, with only the Page domain enabled on the page: the page runs as it
 * does in a person's browser. Playwright enables the Runtime and Network domains on every page it drives, and with
 * them Chromium records a stack trace with source positions for every new Error, console message and request — for
 * which V8 re-parses the functions on the stack. The web benchmark measures the page both ways.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/browser/harness';

const TIMEOUT_MS = 30_000;

/**
 * Wait until Chromium is idle: its processes together used at most 10 ms of CPU (the clock's step) in each of three
 * 100 ms intervals in a row. A new browser context opens a window of its own, whose start-up keeps both cores of
 * this machine busy for about a second after the page exists; a navigation in that second measures the window's
 * start-up as much as the page. Gives up after 10 s. Returns the milliseconds waited.
 */
export async function settle(cpuMs: () => Promise<number>): Promise<number> {
  const start = performance.now();
  let last = await cpuMs();
  let quiet = 0;
  while (quiet < 3 && performance.now() - start < 10_000) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await cpuMs();
    quiet = now - last <= 10 ? quiet + 1 : 0;
    last = now;
  }
  return performance.now() - start;
}

export interface PipePage {
  addInitScript(source: string): Promise<void>;
  goto(url: string): Promise<void>;
  /** The value of a JavaScript expression in the page (Runtime.evaluate works without enabling the domain). */
  evaluate<T>(expression: string): Promise<T>;
  /** Poll every 100 ms until the expression is truthy, and return its value. */
  waitFor<T>(expression: string): Promise<T>;
  /** Close the page's browser context (its cookies and cache with it). */
  close(): Promise<void>;
}

export interface PipeCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
}

export interface PipeBrowser {
  /** A page in a fresh browser context of its own, holding these cookies. */
  newPage(viewport: { width: number; height: number }, cookies: PipeCookie[]): Promise<PipePage>;
  /** The CPU time Chromium's processes have used so far, all together, in milliseconds. */
  cpuMs(): Promise<number>;
  close(): Promise<void>;
}

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export async function launchPipeChromium(): Promise<PipeBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'indsats-chromium-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toChromium = child.stdio[3] as Writable;
  const fromChromium = child.stdio[4] as Readable;
  const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let lastId = 0;
  let pending = '';
  // Decoded as a stream: a character split across two chunks arrives whole.
  fromChromium.setEncoding('utf8');
  fromChromium.on('data', (data: string) => {
    pending += data;
    for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
      const reply = JSON.parse(pending.slice(0, end)) as Reply;
      pending = pending.slice(end + 1);
      if (reply.id !== undefined) waiting.get(reply.id)?.resolve(reply);
    }
  });
  const failAll = (reason: string) => {
    for (const w of waiting.values()) w.reject(new Error(reason));
    waiting.clear();
  };
  child.on('exit', () => failAll('Chromium stopped'));
  child.on('error', (e) => failAll(`Chromium could not start (${CHROMIUM_PATH}): ${e.message}`));
  toChromium.on('error', (e) => failAll(`Chromium's pipe failed: ${e.message}`));

  const send = <T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++lastId;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`${method}: no answer from Chromium in ${TIMEOUT_MS} ms`));
      }, TIMEOUT_MS);
      waiting.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          waiting.delete(id);
          if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
          else resolve((reply.result ?? {}) as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      toChromium.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });

  const evaluate = async <T>(sessionId: string, expression: string): Promise<T> => {
    const answer = await send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate',
      { expression, returnByValue: true },
      sessionId,
    );
    if (answer.exceptionDetails) throw new Error(`${expression}: ${answer.exceptionDetails.text}`);
    return answer.result.value;
  };

  // Chromium answers once it is up (or the spawn's failure rejects this).
  await send('Browser.getVersion');
  return {
    async newPage(viewport, cookies) {
      const { browserContextId } = await send<{ browserContextId: string }>('Target.createBrowserContext');
      await send('Storage.setCookies', {
        browserContextId,
        cookies: cookies.map((c) => ({ ...c, httpOnly: true })),
      });
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
        ...viewport,
      });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      await send('Page.enable', {}, sessionId);
      // A page that is not in front gets no animation frames.
      await send('Page.bringToFront', {}, sessionId);
      return {
        addInitScript: async (source) => {
          await send('Page.addScriptToEvaluateOnNewDocument', { source }, sessionId);
        },
        goto: async (url) => {
          const { errorText } = await send<{ errorText?: string }>('Page.navigate', { url }, sessionId);
          if (errorText) throw new Error(`${url}: ${errorText}`);
        },
        evaluate: (expression) => evaluate(sessionId, expression),
        waitFor: async <T>(expression: string) => {
          const until = Date.now() + TIMEOUT_MS;
          for (;;) {
            const value = await evaluate<T>(sessionId, expression);
            if (value) return value;
            if (Date.now() > until) throw new Error(`${expression}: still false after ${TIMEOUT_MS} ms`);
            await new Promise((r) => setTimeout(r, 100));
          }
        },
        close: async () => {
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async cpuMs() {
      const { processInfo } = await send<{ processInfo: { cpuTime: number }[] }>('SystemInfo.getProcessInfo');
      return processInfo.reduce((sum, p) => sum + p.cpuTime * 1000, 0);
    },
    async close() {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      await send('Browser.close').catch(() => undefined);
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
