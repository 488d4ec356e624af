/**
 * The memo import in the browser: the administrator opens "Importér statusnotat" from the start page, uploads the
 * seed memo's text, reviews the proposal (every mark shown beside what it is about, the blocking one as an error
 * with a field), resolves the blocking mark, saves, and lands on the new plan's dashboard with its figures carried
 * on from the memo's opening balances. A coordinator does not get the page. axe runs on each state; screenshots of
 * the review are written at 1280×800 and 390×844 (docs/screenshots/memo-import-*.png).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_MEMO_PATH } from '../seed-memo';
import { DEMO, expectAccessible, expectHeading, newPage, signIn, startRig, type Rig } from './harness';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const SLUG = 'integrationshandleplan-importeret';

describe('import af statusnotat', () => {
  it('administratoren uploader notatet, gennemser forslaget, løser det, der skal løses, og gemmer planen', async () => {
    mkdirSync('docs/screenshots', { recursive: true });
    const { page } = await newPage(rig);
    await signIn(page, DEMO.admin);
    await page.getByRole('link', { name: 'Importér statusnotat' }).click();
    await expectHeading(page, 'Importér statusnotat');
    await expectAccessible(page, 'importsiden');

    await page.getByRole('button', { name: 'Læs notatet' }).click();
    await page.getByText('Vælg en fil.').first().waitFor();
    await expectAccessible(page, 'importsiden med en feltfejl');

    await page.getByLabel('Statusnotat').setInputFiles(SEED_MEMO_PATH);
    await page.getByLabel('Adresse for den nye plan').fill(SLUG);
    await page.getByRole('button', { name: 'Læs notatet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Forslag: Integrationshandleplan 2017-18' }).waitFor();
    // Without an as-of date, two marks must be resolved: the date and recommendation 5's population.
    await page.getByText(/13 punkter til gennemsyn, heraf 2, der skal løses/).waitFor();
    expect(await page.getByRole('button', { name: 'Gem planen' }).isDisabled()).toBe(true);
    for (const title of [
      '1. Styrket indsats målrettet unge',
      '5. Bedre opfølgning på unge efter ophold på krisecenter',
      'Etnisk Konsulentteam',
    ])
      await page.getByRole('heading', { level: 3, name: title }).waitFor();
    const first = page
      .getByRole('region')
      .or(page.locator('section'))
      .filter({
        has: page.getByRole('heading', { level: 3, name: '1. Styrket indsats målrettet unge' }),
      });
    await first.getByText('0,5 mio. kr. årligt i 2017-18').first().waitFor();
    await first.getByText(/980 børn og unge pr\./).waitFor();
    await page
      .getByText(/forventes at nå mindst 125 kvinder/)
      .first()
      .waitFor();
    expect(await page.getByText('Til gennemsyn', { exact: true }).count()).toBeGreaterThan(5);
    await expectAccessible(page, 'forslaget');

    await page.getByLabel('Opgjort pr.').last().fill('2018-09-01');
    await page.getByRole('button', { name: 'Ret' }).first().click();
    await page.getByText(/12 punkter til gennemsyn, heraf 1, der skal løses/).waitFor();
    await page.getByLabel('Population (antal i alt)').fill('ikke et tal');
    await page.getByRole('button', { name: 'Ret' }).click();
    await page.getByText('Værdien kan ikke bruges her.').waitFor();
    await expectAccessible(page, 'forslaget med en fejl i rettelsen');
    await page.getByLabel('Population (antal i alt)').fill('36');
    await page.getByRole('button', { name: 'Ret' }).click();
    await page.getByText(/11 punkter til gennemsyn, heraf 0, der skal løses/).waitFor();
    await page.getByText('Status opgjort pr.').waitFor();
    // The memo was read again with the date: its opening balances are dated by it.
    await first.getByText('980 børn og unge pr. 1. september 2018').waitFor();
    await page.getByText('1. september 2018').first().waitFor();

    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const [part, heading] of [
        ['forslag', page.getByRole('heading', { level: 2, name: /^Forslag:/ })],
        ['indsats', page.getByRole('heading', { level: 3, name: /^3\. Inddragelse/ })],
      ] as const) {
        await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `docs/screenshots/memo-import-${part}-${name}.png` });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: 'Gem planen' }).click();
    await expectHeading(page, 'Integrationshandleplan 2017-18');
    expect(new URL(page.url()).pathname).toBe(`/planer/${SLUG}`);
    await page.getByText('Styrket indsats målrettet unge').first().waitFor();
    await expectAccessible(page, 'den importerede plan');
    const plan = await rig.server.database.db
      .selectFrom('plans')
      .select('id')
      .where('slug', '=', SLUG)
      .executeTakeFirstOrThrow();
    const initiatives = await rig.server.database.db
      .selectFrom('initiatives')
      .select('id')
      .where('planId', '=', plan.id)
      .execute();
    expect(initiatives).toHaveLength(11);
  });

  it('en koordinator har hverken knappen eller siden', async () => {
    const { page } = await newPage(rig);
    await signIn(page, DEMO.coordinator);
    await page.getByRole('heading', { level: 1, name: 'Handleplaner' }).waitFor();
    expect(await page.getByRole('link', { name: 'Importér statusnotat' }).count()).toBe(0);
    await page.goto('/importer-notat');
    await page.getByText('Kun administratorer kan importere statusnotater.').waitFor();
    await expectAccessible(page, 'importsiden uden adgang');
  });
});
