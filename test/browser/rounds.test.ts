/**
 * The reporting round in the browser: the coordinator opens a round; the owner drafts with "Foreslå tekst", edits
 * and submits; the coordinator returns it with a comment; the owner revises and resubmits; the coordinator
 * approves, closes the round naming what is missing, downloads the DOCX (which holds a figure and the approved
 * text) and reopens the round with a reason. axe runs on every page and confirmation on the way.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/domain/format';
import { workingDaysLeft } from '../../src/domain/working-days';
import { DEMO, expectAccessible, expectHeading, newPage, PLAN, signIn, startRig, type Rig } from './harness';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const INITIATIVE = '1. Styrket indsats målrettet unge';
const editor = (page: Page) => page.getByRole('textbox', { name: 'Statustekst' });
const preview = (page: Page) => page.getByRole('region', { name: 'Sådan ser teksten ud i notatet' });
const board = (page: Page) => page.getByRole('table', { name: 'Statustekster pr. anbefaling' });
const row = (page: Page, name: string) =>
  board(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });

/** Today in Copenhagen, as the page computes it. */
function today(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  return parts;
}

/** A deadline ten calendar days ahead, so the days left are counted over at least one weekend. */
function deadlineAhead(): string {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 10);
  return d.toISOString().slice(0, 10);
}

describe('statusrunden fra åbning til lukket notat', () => {
  it('koordinator og ejer skriver, returnerer, godkender, lukker og henter notatet', async () => {
    const coordinator = await newPage(rig);
    const c = coordinator.page;
    await signIn(c, DEMO.coordinator, `/planer/${PLAN}?dato=2018-09-01`);
    await c.getByRole('link', { name: 'Statusrunder' }).click();
    await expectHeading(c, 'Statusrunder – Integrationshandleplan 2017-18');
    await c.getByRole('link', { name: 'Status efterår 2018' }).waitFor();
    await expectAccessible(c, 'statusrunderne');

    // Open a round with the memo's header fields.
    await c.getByRole('link', { name: 'Åbn statusrunde' }).click();
    await expectHeading(c, 'Åbn statusrunde');
    await expectAccessible(c, 'formularen til en ny statusrunde');
    await c.getByRole('button', { name: 'Åbn runden' }).click();
    await c.getByText('Titel: Skal udfyldes.').or(c.getByRole('alert')).first().waitFor();
    expect(await c.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(c, 'formularen med en feltfejl');
    await c.getByLabel('Titel').fill('Status forår 2019');
    await c.getByLabel('Opgøres pr.').fill('2018-09-01');
    const deadline = deadlineAhead();
    await c.getByLabel('Frist for statustekster').fill(deadline);
    await c.getByLabel('Modtager (udvalg)').fill('Beskæftigelses- og Integrationsudvalget');
    await c.getByLabel('Sagsnummer').fill('2019-0001234');
    await c.getByRole('button', { name: 'Åbn runden' }).click();
    await expectHeading(c, 'Status forår 2019');
    await c.getByRole('status').getByText('Statusrunden »Status forår 2019« er åbnet.').waitFor();
    const roundUrl = new URL(c.url()).pathname;
    expect(roundUrl).toMatch(/^\/statusrunder\/\d+$/);

    // The board: every recommendation not started, with the working days left to the deadline.
    const left = workingDaysLeft(today(), deadline);
    expect(left).toBeGreaterThan(3);
    const leftText = `${formatNumber(left)} arbejdsdage tilbage`;
    await row(c, INITIATIVE).getByText('Ikke påbegyndt').waitFor();
    await row(c, INITIATIVE).getByText(leftText).waitFor();
    expect(await board(c).getByText('Ikke påbegyndt').count()).toBe(6);
    await c.getByText('2019-0001234').waitFor();
    await expectAccessible(c, 'statusrundens side');

    // The owner drafts with "Foreslå tekst", edits and submits.
    const owner = await newPage(rig);
    const o = owner.page;
    await signIn(o, DEMO.owner, roundUrl);
    await expectHeading(o, 'Status forår 2019');
    expect(await o.getByRole('button', { name: 'Luk runden' }).count()).toBe(0);
    await row(o, INITIATIVE).getByRole('link', { name: INITIATIVE }).click();
    await expectHeading(o, INITIATIVE);
    await o.getByRole('button', { name: 'Foreslå tekst' }).click();
    await o.getByRole('status').getByText('Et forslag ud fra data står i feltet.').waitFor();
    const proposed = await editor(o).inputValue();
    // The proposal refers to the figure; the preview shows its value, held to its unit by a non-breaking space.
    expect(proposed).toContain('{{faktisk}}\u00a0børn og unge');
    await preview(o)
      .getByText(/Indsatsen har samlet nået 980\s+børn og unge/)
      .waitFor();
    await expectAccessible(o, 'skrivesiden med forslaget');

    // A typed figure that contradicts the data is pointed out while writing.
    await editor(o).fill('Indsatsen har nået 975 børn og unge.');
    await o.getByText('"975 børn og unge" passer ikke med tallene for mål 1', { exact: false }).waitFor();
    await expectAccessible(o, 'skrivesiden med en advarsel om et tal');

    // The references: a list under a disclosure; choosing one by keyboard inserts it at the cursor.
    await editor(o).fill(`${proposed}\n\n- Workshops på fem skoler\n- Målet er `);
    await o.getByText('Indsæt tal fra data').click();
    await o.getByText('Målets værdi, fx 2.000 eller 80 pct.').first().waitFor();
    await expectAccessible(o, 'listen over henvisninger');
    const target = o.getByRole('button', { name: 'Indsæt {{mål}}', exact: true });
    await target.focus();
    await o.keyboard.press('Enter');
    await o.getByRole('status').getByText('{{mål}} er indsat i teksten.').waitFor();
    await o.keyboard.type(' børn og unge');
    expect(await editor(o).inputValue()).toMatch(/- Målet er \{\{mål\}\} børn og unge$/);
    await preview(o)
      .getByRole('listitem')
      .filter({ hasText: /Målet er 2\.000\s+børn og unge/ })
      .waitFor();
    await preview(o).getByRole('listitem').filter({ hasText: 'Workshops på fem skoler' }).waitFor();
    await o.getByRole('button', { name: 'Indsend til godkendelse' }).click();
    await o.getByRole('status').getByText('Teksten er indsendt til godkendelse.').waitFor();
    await o.getByText('Indsendt', { exact: true }).first().waitFor();
    expect(await editor(o).count()).toBe(0);
    expect(await o.getByRole('button', { name: 'Godkend teksten' }).count()).toBe(0);

    // The coordinator returns it with a comment (a comment is required).
    await c.reload();
    await row(c, INITIATIVE).getByText('Indsendt').waitFor();
    await row(c, INITIATIVE).getByText('ejer@demo.indsats.dk').waitFor();
    await row(c, INITIATIVE).getByRole('link', { name: INITIATIVE }).click();
    await expectHeading(c, INITIATIVE);
    await c.getByText('Workshops på fem skoler').first().waitFor();
    await c.getByRole('button', { name: 'Send retur med kommentar' }).click();
    await c.getByText('Skriv en kommentar, når teksten sendes retur.').waitFor();
    await expectAccessible(c, 'godkendelsen med en manglende kommentar');
    await c.getByLabel('Kommentar til forfatteren').fill('Nævn også forældremøderne.');
    await c.getByRole('button', { name: 'Send retur med kommentar' }).click();
    await c.getByRole('status').getByText('Teksten er sendt retur med din kommentar.').waitFor();
    await c.getByText('Sendt retur', { exact: true }).first().waitFor();

    // The owner sees the comment, revises and resubmits.
    await o.reload();
    await o.getByText('Sendt retur af koordinator@demo.indsats.dk med denne kommentar:').waitFor();
    await o.getByText('Nævn også forældremøderne.').first().waitFor();
    await expectAccessible(o, 'den returnerede tekst');
    await editor(o).fill(`${await editor(o).inputValue()}\n- Forældremøder i to bydele`);
    await o.getByRole('button', { name: 'Gem kladde' }).click();
    await o.getByRole('status').getByText('Kladden er gemt.').waitFor();
    await o.getByRole('button', { name: 'Indsend til godkendelse' }).click();
    await o.getByRole('status').getByText('Teksten er indsendt til godkendelse.').waitFor();

    // The coordinator reads the history (what changed, the comment) and approves.
    await c.reload();
    const history = c.getByRole('list', { name: 'Versioner af statusteksten, nyeste først' });
    await history.getByText('Kommentar: Nævn også forældremøderne.').waitFor();
    await history
      .getByRole('list', { name: 'Ændringer i forhold til forrige version' })
      .filter({ hasText: 'Forældremøder i to bydele' })
      .first()
      .waitFor();
    await c.getByRole('button', { name: 'Godkend teksten' }).click();
    await c.getByRole('status').getByText('Teksten er godkendt.').waitFor();
    await history.getByText('Version 6: godkendt').waitFor();
    await expectAccessible(c, 'den godkendte tekst med historik');

    // Close: the page names what is missing and asks before closing without it.
    await c.getByRole('link', { name: 'Status forår 2019' }).click();
    await row(c, INITIATIVE).getByText('Godkendt').waitFor();
    const close = c.getByRole('region', { name: 'Luk runden' });
    await close.getByText('Disse 5 anbefalinger har ingen godkendt statustekst').waitFor();
    await close.getByRole('listitem').filter({ hasText: '2. ' }).first().waitFor();
    await close.getByRole('button', { name: 'Luk runden' }).click();
    await c
      .getByRole('alert')
      .getByText('Luk runden, selv om 5 anbefalinger mangler en godkendt tekst?')
      .waitFor();
    await expectAccessible(c, 'bekræftelsen af lukningen');
    await c.getByRole('button', { name: 'Ja, luk runden' }).click();
    await c.getByText(/Runden blev lukket af koordinator@demo.indsats.dk/).waitFor();
    await c.getByRole('region', { name: 'Genåbn runden' }).waitFor();
    await expectAccessible(c, 'den lukkede runde');

    // Download the DOCX and look inside: a figure and the approved text.
    const [download] = await Promise.all([
      c.waitForEvent('download'),
      c.getByRole('link', { name: 'Hent udvalgsversionen som Word (DOCX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    // Soft hyphens (where a long word may break) are taken out, as Word's search reads the text.
    const xml = strFromU8(files['word/document.xml']).replace(/\u00ad/g, '');
    expect(xml).toContain('Workshops på fem skoler');
    expect(xml).toContain('Forældremøder i to bydele');
    expect(xml).toContain('2.000');
    expect(xml).toContain('980');

    // Reopen with a reason (required).
    const reopen = c.getByRole('region', { name: 'Genåbn runden' });
    await reopen.getByRole('button', { name: 'Genåbn runden' }).click();
    await c.getByText('Skriv, hvorfor runden genåbnes.').waitFor();
    await reopen.getByLabel('Begrundelse').fill('Tallet for forældre var forkert.');
    await reopen.getByRole('button', { name: 'Genåbn runden' }).click();
    await c.getByRole('region', { name: 'Luk runden' }).waitFor();
    await row(c, INITIATIVE).getByText('Godkendt').waitFor();

    await owner.context.close();
    await coordinator.context.close();
  });

  it('en læser ser runden og tekstens historik, men får ingen knapper', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.reader, `/planer/${PLAN}/statusrunder`);
    await page.getByRole('link', { name: 'Status efterår 2018' }).click();
    await expectHeading(page, 'Status efterår 2018');
    await row(page, INITIATIVE).getByText('Godkendt').waitFor();
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Luk runden|Genåbn/ })
        .count(),
    ).toBe(0);
    await row(page, INITIATIVE).getByRole('link', { name: INITIATIVE }).click();
    await expectHeading(page, INITIATIVE);
    await page.getByText('Indsatsen har samlet nået 980 børn og unge').waitFor();
    await page.getByRole('heading', { name: 'Tekstens historik' }).waitFor();
    expect(await editor(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Godkend|Send retur|Indsend/ }).count()).toBe(0);
    await expectAccessible(page, 'læserens visning af en tekst');
    await context.close();
  });
});
