/**
 * The browser suite's rig: the real server with the built web app on a free port, a fresh SQLite database with
 * the demo plan and logins, and Chromium through playwright-core. Helpers sign in and run axe on a page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadDemo } from '../../src/demo/load';
import { startServer, type RunningServer } from '../../src/server';
import { openDatabase } from '../../src/store/database';
import { WEB_DIST } from '../../src/api/web-static';
import { existsSync } from 'node:fs';

export const PASSWORD = 'indsats-demo-2018';
export const PLAN = 'integrationshandleplan-2017-18';

export const DEMO = {
  admin: 'admin@demo.indsats.dk',
  coordinator: 'koordinator@demo.indsats.dk',
  owner: 'ejer@demo.indsats.dk',
  contributor: 'bidragyder@demo.indsats.dk',
  reader: 'laeser@demo.indsats.dk',
} as const;

export interface Rig {
  server: RunningServer;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with nothing reaching out to the network on its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Start the server on a fresh database with the demo data, and Chromium. */
export async function startRig(): Promise<Rig> {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('Build the web app first: npm run build:web');
  const dir = mkdtempSync(join(tmpdir(), 'indsats-browser-'));
  const databaseUrl = join(dir, 'indsats.db');
  const seed = await openDatabase({ url: databaseUrl });
  await loadDemo(seed.db, systemContext('demo'));
  await seed.close();
  const server = await startServer({ port: 0, host: '127.0.0.1', databaseUrl, logger: false });
  const { port } = server.app.server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh browser context (its own cookies) with a page, desktop size unless told. The browser keeps its own
 * locale: date fields take their parts in the order of the browser's language, which the keyboard journey reads.
 */
export async function newPage(
  rig: Rig,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await rig.browser.newContext({ baseURL: rig.url, viewport });
  const page = await context.newPage();
  return { context, page };
}

/** Sign in through the sign-in page as a person would, and wait for the page it leads to. */
export async function signIn(page: Page, email: string, path = '/'): Promise<void> {
  await page.goto(path === '/' ? '/log-ind' : `/log-ind?returnTo=${encodeURIComponent(path)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
}

/** Run axe (WCAG 2.1 A and AA) on what the page shows now and expect no violations. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found, `axe on ${what}`).toEqual([]);
}

/** The page's one h1. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}
