/**
 * Administration in the browser: an administrator creates a person with an initiative-scoped owner role, who then
 * signs in and can change only that initiative; sets a password and deactivates after a confirmation; merges two
 * duplicate venues and the venues figure drops; creates an API token (shown once) and revokes it; filters the audit
 * log and downloads it as CSV; and changes the days off, which the round board's working days then count with.
 * axe runs on every page and every confirmation.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { formatNumber } from '../../src/domain/format';
import { workingDaysLeft, type DaysOffSetting } from '../../src/domain/working-days';
import { activities } from '../../src/features/activities/resource';
import { venues } from '../../src/features/reference/resources';
import { rounds } from '../../src/features/rounds/resource';
import { resourceService } from '../../src/features/shared/service';
import { todayIso } from '../../web/src/lib/dates';
import { DEMO, expectAccessible, expectHeading, newPage, PLAN, signIn, startRig, type Rig } from './harness';

let rig: Rig;
let third: { id: number; label: string };
let roundId: number;
/** A deadline after the next juleaftensdag (on a weekday in most years), so the days-off setting changes the count. */
const deadline = (() => {
  const today = todayIso();
  const year = Number(today.slice(0, 4)) + (today.slice(5) > '12-23' ? 1 : 0);
  return `${year + 1}-01-08`;
})();

beforeAll(async () => {
  rig = await startRig();
  const db = rig.server.database.db;
  const ctx = systemContext('koordinator@demo.indsats.dk');
  const plan = await db.selectFrom('plans').selectAll().where('slug', '=', PLAN).executeTakeFirstOrThrow();
  const initiative = (n: number) =>
    db
      .selectFrom('initiatives')
      .selectAll()
      .where('planId', '=', plan.id)
      .where('number', '=', n)
      .executeTakeFirstOrThrow();
  const ini3 = await initiative(3);
  third = { id: ini3.id, label: `3. ${ini3.title} (${plan.title})` };
  // A near-duplicate of a friskole that already has activities, named by one more done activity of initiative 2:
  // the venues target then counts the one school twice.
  const duplicate = await resourceService(venues).create(db, ctx, {
    name: 'Lindevangen Friskole',
    kind: 'friskole',
    unitId: null,
  });
  await resourceService(activities).create(db, ctx, {
    initiativeId: (await initiative(2)).id,
    state: 'done',
    kind: 'workshop',
    title: 'Workshop om social kontrol på friskolen',
    description: null,
    dateFrom: '2018-06-01',
    dateTo: '2018-06-01',
    occurrences: 1,
    partnerId: null,
    imported: false,
    unnamedVenues: 0,
    venueIds: [duplicate.id],
    reach: [],
  });
  const round = await resourceService(rounds).create(db, ctx, {
    planId: plan.id,
    title: 'Status forår 2027',
    asOf: '2018-09-01',
    deadline,
    organisation: null,
    unitName: null,
    recipient: null,
    appendixNumber: 1,
    memoDate: null,
    caseNumber: null,
  });
  roundId = round.id;
});
afterAll(async () => {
  await rig?.close();
});

const PASSWORD = 'sara-har-en-lang-kode';

/** Sign in as someone with their own password. */
async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/log-ind');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
}

/** The administration through the header's link, then one of its parts from its front page. */
async function openAdmin(page: Page, part: string, heading = part): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Administration' }).click();
  await expectHeading(page, 'Administration');
  await page.getByRole('main').getByRole('link', { name: part, exact: true }).click();
  await expectHeading(page, heading);
}

/** Whether the person is offered to register activities on initiative n. */
async function mayRegister(page: Page, n: number): Promise<number> {
  await page.goto(`/planer/${PLAN}/indsatser/${n}`);
  await page.getByRole('heading', { level: 2, name: 'Aktiviteter' }).waitFor();
  await page.getByRole('combobox', { name: 'Vis aktiviteter' }).waitFor();
  return page.getByRole('link', { name: 'Registrér aktivitet' }).count();
}

const daysLeftText = (setting: DaysOffSetting) => {
  // Today as the page counts it: in Copenhagen (between 23:00 and 01:00 UTC a day ahead of the UTC date).
  const n = workingDaysLeft(todayIso(), deadline, setting);
  return `${formatNumber(n)} ${n === 1 ? 'arbejdsdag' : 'arbejdsdage'} tilbage`;
};

describe('administration i browseren', () => {
  it('en administrator opretter en person som ejer af én indsats; personen kan kun ændre den indsats', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.admin);
    await page.getByRole('banner').getByRole('link', { name: 'Administration' }).click();
    await expectHeading(page, 'Administration');
    await expectAccessible(page, 'administrationens forside');
    await page.getByRole('main').getByRole('link', { name: 'Personer', exact: true }).click();
    await expectHeading(page, 'Personer');
    await page.getByRole('cell', { name: DEMO.owner }).waitFor();
    await expectAccessible(page, 'personer');
    await page.getByRole('link', { name: 'Opret person' }).click();
    await expectHeading(page, 'Opret person');
    await expectAccessible(page, 'opret person');

    // Checked with the shared schema before it is sent: the messages stand at the fields.
    await page.getByRole('button', { name: 'Opret personen' }).click();
    await page.getByRole('alert').getByText('Ret de markerede felter').waitFor();
    await expect.poll(() => page.getByText('Skriv en gyldig e-mailadresse, fx navn@kk.dk.').count()).toBe(2);
    await expectAccessible(page, 'opret person med fejl');

    await page.getByLabel('Navn').fill('Sara Ejer');
    await page.getByLabel('E-mail').fill('Sara@demo.indsats.dk');
    await page.getByLabel('Tilføj en rolle').selectOption({ label: 'Indsatsejer' });
    await page.getByRole('button', { name: 'Tilføj rollen' }).click();
    await page.getByText('Vælg indsatsen, rollen gælder for.').waitFor();
    await page.getByLabel('Indsats', { exact: true }).selectOption({ label: third.label });
    await page.getByRole('button', { name: 'Tilføj rollen' }).click();
    await page.getByText(`Indsatsejer: ${third.label}`, { exact: true }).waitFor();
    await page.getByLabel('Adgangskode (valgfri)').fill(PASSWORD);
    await page.getByRole('button', { name: 'Opret personen' }).click();
    await expectHeading(page, 'Sara Ejer');
    await page.getByRole('status').getByText('Sara Ejer er oprettet.').waitFor();
    await page.getByText('sara@demo.indsats.dk').first().waitFor();
    await expectAccessible(page, 'personens side');

    // The same e-mail again is refused by the server, explained at the form.
    await page.goto('/administration/personer/ny');
    await page.getByLabel('Navn').fill('Sara Ejer igen');
    await page.getByLabel('E-mail').fill('sara@demo.indsats.dk');
    await page.getByRole('button', { name: 'Opret personen' }).click();
    await page.getByRole('alert').getByText('Det kan ikke lade sig gøre').waitFor();
    await page.getByRole('button', { name: 'Annullér' }).click();
    await expectHeading(page, 'Personer');

    const sara = await newPage(rig);
    await signInAs(sara.page, 'sara@demo.indsats.dk', PASSWORD);
    expect(await sara.page.getByRole('banner').getByRole('link', { name: 'Administration' }).count()).toBe(0);
    expect(await mayRegister(sara.page, 3)).toBe(1);
    expect(await mayRegister(sara.page, 1)).toBe(0);
    expect(await mayRegister(sara.page, 2)).toBe(0);
    await sara.page.goto('/administration/personer');
    await sara.page.getByText('Du har ikke adgang', { exact: true }).waitFor();
    expect(await sara.page.getByRole('table').count()).toBe(0);
    await expectAccessible(sara.page, 'administrationen uden adgang');

    // A new password, then deactivation after a confirmation: her session ends and she cannot sign in.
    await page.getByRole('link', { name: 'Sara Ejer' }).click();
    await expectHeading(page, 'Sara Ejer');
    await page.getByLabel('Ny adgangskode').fill('kort');
    await page.getByRole('button', { name: 'Sæt adgangskoden' }).click();
    await page.getByText('Adgangskoden skal være mindst 12 tegn.').first().waitFor();
    await page.getByLabel('Ny adgangskode').fill(`${PASSWORD}-ny`);
    await page.getByRole('button', { name: 'Sæt adgangskoden' }).click();
    await page.getByText('Adgangskoden for Sara Ejer er sat. Personens sessioner er afsluttet.').waitFor();
    await page.getByRole('button', { name: 'Deaktivér' }).click();
    const confirm = page.getByRole('alert').filter({ hasText: 'Vil du deaktivere Sara Ejer?' });
    await confirm.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nej, behold adgangen');
    await expectAccessible(page, 'bekræft deaktivering');
    await confirm.getByRole('button', { name: 'Ja, deaktivér' }).click();
    await page.getByText('Personen er deaktiveret', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Aktivér igen' }).waitFor();
    await sara.page.goto('/log-ind');
    await sara.page.getByLabel('E-mail').fill('sara@demo.indsats.dk');
    await sara.page.getByLabel('Adgangskode').fill(`${PASSWORD}-ny`);
    await sara.page.getByRole('button', { name: 'Log ind' }).click();
    await sara.page.getByRole('alert').getByText('Du blev ikke logget ind').waitFor();
    await sara.context.close();
    await context.close();
  });

  it('to dubletter af et sted lægges sammen, og tallet for antal steder falder', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.admin);
    const figure = (n: number) => page.getByText(new RegExp(`Opnået: ${n} af 5\\sfriskoler`));
    await page.goto(`/planer/${PLAN}/indsatser/2?dato=2018-09-01`);
    await figure(4).waitFor();

    await openAdmin(page, 'Referencelister', 'Steder');
    await expectAccessible(page, 'steder');
    await page.getByLabel('Find i listen').fill('lindevang');
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Lindevangen Friskole' }) });
    await entry.getByRole('button', { name: 'Læg sammen med …' }).click();
    await entry.getByLabel('Læg »Lindevangen Friskole« sammen med').selectOption({
      label: 'Lindevangens Friskole (friskole)',
    });
    await entry.getByRole('button', { name: 'Læg sammen', exact: true }).click();
    const confirm = entry.getByRole('alert');
    await confirm
      .getByText('Vil du lægge »Lindevangen Friskole« sammen med »Lindevangens Friskole«?')
      .waitFor();
    await expectAccessible(page, 'bekræft sammenlægning');
    await confirm.getByRole('button', { name: 'Ja, læg dem sammen' }).click();
    const done = page.getByRole('status').filter({ hasText: 'er lagt sammen med' });
    await done.getByText('»Lindevangen Friskole« er lagt sammen med »Lindevangens Friskole«.').waitFor();
    await done.getByText('Aktiviteter flyttet: 1.').waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Lindevangen Friskole' }).count()).toBe(0);
    await expectAccessible(page, 'steder efter sammenlægning');

    await page.goto(`/planer/${PLAN}/indsatser/2?dato=2018-09-01`);
    await figure(3).waitFor();
    await context.close();
  });

  it('en API-nøgle vises én gang, virker, og virker ikke mere, når den er tilbagekaldt', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.admin);
    await openAdmin(page, 'API-nøgler');
    await expectAccessible(page, 'API-nøgler');
    await page.getByLabel('Navn').fill('Økonomisystemet');
    await page.getByLabel('Tilføj en rolle').selectOption({ label: 'Læser' });
    await page.getByRole('button', { name: 'Tilføj rollen' }).click();
    await page.getByRole('button', { name: 'Opret nøglen' }).click();
    const shown = page.getByRole('status').filter({ hasText: 'API-nøglen »Økonomisystemet« er oprettet' });
    await shown.waitFor();
    const token = (await shown.locator('code').textContent()) ?? '';
    expect(token).toMatch(/^ind_\S{20,}$/);
    await expectAccessible(page, 'ny API-nøgle');
    const asToken = () =>
      fetch(`${rig.url}/api/v1/plans`, { headers: { authorization: `Bearer ${token}` } }).then(
        (r) => r.status,
      );
    expect(await asToken()).toBe(200);

    // Shown once: after a reload only its first characters are there.
    await page.reload();
    await expectHeading(page, 'API-nøgler');
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Økonomisystemet' }) });
    await entry.getByText('Læser (alle planer)').waitFor();
    expect(await page.content()).not.toContain(token);
    await entry.getByRole('button', { name: 'Tilbagekald' }).click();
    await entry.getByRole('alert').getByText('Vil du tilbagekalde »Økonomisystemet«?').waitFor();
    await expectAccessible(page, 'bekræft tilbagekaldelse');
    await entry.getByRole('button', { name: 'Ja, tilbagekald' }).click();
    await entry.getByText(/^Tilbagekaldt \d/).waitFor();
    expect(await asToken()).toBe(401);
    await context.close();
  });

  it('revisionsloggen filtreres og hentes som CSV', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.admin);
    await openAdmin(page, 'Revisionslog');
    await expectAccessible(page, 'revisionsloggen');
    await page.getByLabel('Fra og med').fill('2026-12-10');
    await page.getByLabel('Til og med').fill('2026-12-01');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.getByText('Slutdatoen ligger før startdatoen.').first().waitFor();
    await page.getByLabel('Fra og med').fill('');
    await page.getByLabel('Til og med').fill('');
    await page.getByLabel('Hvad').selectOption({ label: 'Sted' });
    await page.getByLabel('Handling').selectOption({ label: 'Lagt sammen' });
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.getByRole('status').getByText('1 post', { exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?hvad=venue&handling=merge');
    const table = page.getByRole('table', { name: /Revisionsloggen/ });
    await table.getByRole('cell', { name: 'Lagt sammen' }).waitFor();
    await expectAccessible(page, 'revisionsloggen filtreret');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som CSV (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('revisionslog.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('merge');
    expect(lines[1]).toContain('venue');
    await context.close();
  });

  it('fridagene ændres af en administrator, og statusrundens arbejdsdage tælles med dem', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.admin);
    const defaults = { grundlovsdag: true, juleaftensdag: true, nytaarsaftensdag: true };
    const changed = { ...defaults, juleaftensdag: false };
    const christmasEveIsWeekday = ![0, 6].includes(
      new Date(`${Number(deadline.slice(0, 4)) - 1}-12-24`).getUTCDay(),
    );
    if (christmasEveIsWeekday) expect(daysLeftText(changed)).not.toBe(daysLeftText(defaults));
    await page.goto(`/statusrunder/${roundId}`);
    await expectHeading(page, 'Status forår 2027');
    await page.getByText(daysLeftText(defaults)).first().waitFor();

    await openAdmin(page, 'Fridage');
    await expectAccessible(page, 'fridage');
    const christmasEve = page.getByLabel('Juleaftensdag (24. december)');
    expect(await christmasEve.isChecked()).toBe(true);
    await christmasEve.uncheck();
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('status').getByText('Fridagene er gemt.', { exact: false }).waitFor();
    await page.getByText(`Senest ændret af ${DEMO.admin}`, { exact: false }).waitFor();

    await page.goto(`/statusrunder/${roundId}`);
    await expectHeading(page, 'Status forår 2027');
    await page.getByText(daysLeftText(changed)).first().waitFor();
    await context.close();
  });

  it('hver side i administrationen passer i en telefons bredde og har 0 axe-fejl', async () => {
    const pages = [
      { path: '/administration', h1: 'Administration' },
      { path: '/administration/personer', h1: 'Personer' },
      { path: '/administration/personer/ny', h1: 'Opret person' },
      { path: '/administration/personer/1', h1: 'Ada Administrator' },
      { path: '/administration/lister/steder', h1: 'Steder' },
      { path: '/administration/lister/samarbejdspartnere', h1: 'Samarbejdspartnere' },
      { path: '/administration/lister/maalgrupper', h1: 'Målgrupper' },
      { path: '/administration/lister/forvaltninger', h1: 'Forvaltninger' },
      { path: '/administration/api-noegler', h1: 'API-nøgler' },
      { path: '/administration/revisionslog', h1: 'Revisionslog' },
      { path: '/administration/fridage', h1: 'Fridage' },
    ];
    for (const width of [390, 320]) {
      const { context, page } = await newPage(rig, { width, height: 844 });
      await signIn(page, DEMO.admin);
      for (const p of pages) {
        await page.goto(p.path);
        await expectHeading(page, p.h1);
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p.path} at ${width} px`).toBeLessThanOrEqual(0);
        if (width === 390) await expectAccessible(page, `${p.path} at ${width} px`);
      }
      await context.close();
    }
  });

  it('en målgruppe, som mål bruger, kan ikke slettes, og det forklares', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.admin);
    await page.goto('/administration/lister/maalgrupper');
    await expectHeading(page, 'Målgrupper');
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'børn og unge', exact: true }) });
    await entry.getByRole('button', { name: 'Slet' }).click();
    await entry.getByRole('button', { name: 'Ja, slet' }).click();
    const problem = entry.getByRole('alert').filter({ hasText: 'Det kan ikke lade sig gøre' });
    await problem.getByText(/Målgruppen bruges af \d+ mål og kan ikke slettes\./).waitFor();
    await expectAccessible(page, 'sletning afvist');
    await page.getByRole('heading', { name: 'børn og unge', exact: true }).waitFor();
    await context.close();
  });
});
