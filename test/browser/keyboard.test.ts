/** One journey with the keyboard alone: sign in, register an activity, see the figure change. */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  expectAccessible,
  expectHeading,
  newPage,
  PASSWORD,
  PLAN,
  signIn,
  startRig,
  type Rig,
} from './harness';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

/** Press Tab until the element has focus (it must be reachable within `max` presses). */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let n = 0; n < max; n++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reachable with Tab: ${target.toString()}`);
}

describe('med tastaturet alene', () => {
  it('ejeren logger ind, registrerer en aktivitet og ser tallet ændre sig, kun med tastaturet', async () => {
    const { context, page } = await newPage(rig);
    await page.goto(`/planer/${PLAN}?dato=2018-09-01`);
    await expectHeading(page, 'Log ind');

    // The skip link comes first and moves focus to the content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Gå til indhold' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);

    await tabTo(page, page.getByLabel('E-mail'));
    await page.keyboard.type(DEMO.owner);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Integrationshandleplan 2017-18');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: '1. Styrket indsats målrettet unge' }) });
    await card.getByText(/^Opnået: 980 af 2\.000 børn og unge/).waitFor();
    await expectAccessible(page, 'dashboardet');

    await tabTo(page, card.getByRole('link', { name: '1. Styrket indsats målrettet unge' }), 120);
    await page.evaluate(() => ((window as { appMark?: number }).appMark = 1));
    await page.keyboard.press('Enter');
    await expectHeading(page, '1. Styrket indsats målrettet unge');
    // Inside the app: the page was not loaded again.
    expect(await page.evaluate(() => (window as { appMark?: number }).appMark)).toBe(1);
    // Following a link moves focus to the new page's content, where a screen reader starts reading.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('indhold');
    const figure = page.getByText(/^Opnået: [\d.]+ af 2\.000 børn og unge/);
    expect(await figure.textContent()).toMatch(/^Opnået: 980 af 2\.000/);
    await tabTo(page, page.getByRole('link', { name: 'Registrér aktivitet' }));
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Registrér aktivitet');

    await tabTo(page, page.getByLabel('Titel'));
    await page.keyboard.type('Oplæg for elevrådet på Sundby Skole');
    await page.keyboard.press('Tab');
    const date = page.getByLabel('Dato (første dag)');
    expect(await date.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(await dateKeys(page, '2018', '08', '28'));
    expect(await date.inputValue()).toBe('2018-08-28');
    await tabTo(page, page.getByLabel('Type'));
    await page.keyboard.type('Oplæg');
    expect(await page.getByLabel('Type').inputValue()).toBe('oplæg');
    await tabTo(page, page.getByRole('combobox', { name: 'Steder' }));
    await page.keyboard.type('Sundby');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Fjern Sundby Skole' }).waitFor();
    await tabTo(page, page.getByLabel('Antal nået: børn og unge'));
    await page.keyboard.type('250');
    await expectAccessible(page, 'formularen udfyldt med tastaturet');
    await page.keyboard.press('Enter');

    await page
      .getByRole('status')
      .getByText('Aktiviteten »Oplæg for elevrådet på Sundby Skole« er registreret.')
      .waitFor();
    await expect
      .poll(() => figure.textContent())
      .toMatch(/^Opnået: 1\.230 af 2\.000\sbørn og unge \(62\spct\.\)/);
    await context.close();
  });
});

describe('filtrene med tastaturet', () => {
  it('et filter opdaterer listen, og fokus bliver i filteret', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.reader, `/planer/${PLAN}?dato=2018-09-01`);
    await expectHeading(page, 'Integrationshandleplan 2017-18');
    const line = page.getByRole('status').filter({ hasText: /^Viser \d+ af \d+ indsatser/ });
    const all = await line.textContent();
    const status = page.getByLabel('Status', { exact: true });
    await tabTo(page, status);
    // The first filter is the first change of the address inside the app: it is no move to another page, and
    // focus must not jump to the content (the person would have to find the filter again).
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => line.textContent()).not.toBe(all);
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(page.url()).toContain('status=');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => line.textContent()).toBe(all);
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });
});

/** The keys that type a date into Chromium's date field, in the order its locale shows the parts. */
async function dateKeys(page: Page, y: string, m: string, d: string): Promise<string> {
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language)
      .formatToParts(new Date(2018, 7, 28))
      .filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day')
      .map((p) => p.type),
  );
  return order.map((p) => (p === 'year' ? y : p === 'month' ? m : d)).join('');
}
