/**
 * Setting up a plan in the browser, by the demo coordinator alone: they create the plan (any coordinator may, and
 * becomes the new plan's coordinator), add a recommendation, a reach target (watching its figure before saving) and
 * two funding rows (watching the memo's "Midler afsat" sentence as typed), register an activity, and see the
 * target's figure and the funding sentence on the set-up page, the initiative page and the dashboard. Then the
 * coordinator edits a target of the demo plan and watches the computed figure change before saving. Readers and
 * owners are offered neither a new plan nor another's set-up. axe runs on every page and confirmation on the way.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectAccessible, expectHeading, newPage, PLAN, signIn, startRig, type Rig } from './harness';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const TITLE = 'Integrationshandleplan 2019-20';
const SLUG = 'integrationshandleplan-2019-20';
const INITIATIVE = '1. Forældre som rollemodeller';

/** The text as a person reads it: figures are held to their units by non-breaking spaces. */
async function read(l: Locator): Promise<string> {
  return ((await l.textContent()) ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const preview = (page: Page, name: RegExp | string) => page.getByRole('region', { name });

describe('opsætning af en ny handleplan i browseren', () => {
  it('koordinatoren opretter planen, tilføjer indsats, mål og midler og ser tal og sætning', async () => {
    const { page: c } = await newPage(rig);
    await signIn(c, DEMO.coordinator);
    await expectHeading(c, 'Handleplaner');
    await c.getByRole('link', { name: 'Ny handleplan' }).click();
    await expectHeading(c, 'Ny handleplan');
    await expectAccessible(c, 'ny handleplan');
    // An empty form is checked before it is sent, with the messages at the fields.
    await c.getByRole('button', { name: 'Opret handleplanen' }).click();
    await c.getByRole('alert').getByText('Ret de markerede felter').waitFor();
    expect(await c.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(c, 'ny handleplan med feltfejl');
    await c.getByLabel('Titel').fill(TITLE);
    // The short name follows the title until it is typed.
    expect(await c.getByLabel('Kort navn i adressen').inputValue()).toBe(SLUG);
    await c.getByLabel('Tema').fill('forebyggelse af social kontrol');
    await c.getByLabel('Periodens første dag').fill('2019-01-01');
    await c.getByLabel('Periodens sidste dag').fill('2020-12-31');
    await c.getByRole('button', { name: 'Opret handleplanen' }).click();
    // The coordinator is now the new plan's coordinator too, and lands on its set-up page.
    await expectHeading(c, `Opsætning af ${TITLE}`);
    await c
      .getByText(`Handleplanen »${TITLE}« er oprettet, og du er nu dens koordinator.`, { exact: false })
      .waitFor();
    await c.getByText('Planen har endnu ingen indsatser.').waitFor();
    await expectAccessible(c, 'planens opsætning');

    await c.getByRole('link', { name: 'Tilføj indsats' }).click();
    await expectHeading(c, 'Ny indsats');
    await expectAccessible(c, 'ny indsats');
    expect(await c.getByRole('radio', { name: 'Nummereret anbefaling' }).isChecked()).toBe(true);
    expect(await c.getByLabel('Nummer', { exact: true }).inputValue()).toBe('1');
    await c.getByLabel('Titel').fill('Forældre som rollemodeller');
    await c.getByLabel('Formål').fill('At styrke forældres rolle i forebyggelsen af social kontrol.');
    await c.getByRole('button', { name: 'Opret indsatsen' }).click();
    await expectHeading(c, `Opsætning: ${INITIATIVE}`);
    await c.getByText('Indsatsen »Forældre som rollemodeller« er oprettet.', { exact: false }).waitFor();
    await c.getByText('Indsatsen har endnu ingen mål.').waitFor();
    await expectAccessible(c, 'indsatsens opsætning');

    // A reach target, with its figure shown before it is saved.
    await c.getByRole('link', { name: 'Tilføj mål' }).click();
    await expectHeading(c, 'Nyt mål');
    expect(await c.getByRole('radio', { name: 'Personer nået' }).isChecked()).toBe(true);
    await c.getByText('Tæller, hvor mange personer i de valgte målgrupper', { exact: false }).waitFor();
    const targetPreview = preview(c, /^Sådan står målet pr\./);
    await targetPreview.getByText('Udfyld felterne, så vises målets tal ud fra indsatsens data.').waitFor();
    await c.getByRole('combobox', { name: 'Målgrupper' }).fill('forældre');
    await c.getByRole('option', { name: 'forældre' }).click();
    await c.getByLabel('Mål (tal)').fill('500');
    await c.getByLabel('Enhed efter tallet').fill('forældre');
    expect(await c.getByLabel('Skal være nået senest').inputValue()).toBe('2020-12-31');
    // The memo needs the sentence; the form says so at the field before anything is sent.
    await c.getByRole('button', { name: 'Opret målet' }).click();
    await c.getByText('Skriv sætningen, som målet skal stå i notatet.').first().waitFor();
    expect(await c.getByLabel('Sætning i notatet').getAttribute('aria-invalid')).toBe('true');
    await c.getByLabel('Sætning i notatet').fill('Mindst {value} forældre skal nås.');
    await c.getByText('Mindst 500 forældre skal nås.').waitFor();
    await expect.poll(() => read(targetPreview)).toContain('Opnået: 0 af 500 forældre (0 pct.)');
    await expectAccessible(c, 'nyt mål med beregnet tal');
    // Another kind asks for other fields: a share asks for its population.
    await c.getByRole('radio', { name: 'Andel af en population' }).check();
    await c.getByLabel('Population (antal personer i alt)').waitFor();
    expect(await c.getByLabel('Mål (tal)').count()).toBe(0);
    await c.getByRole('radio', { name: 'Personer nået' }).check();
    await c.getByRole('button', { name: 'Opret målet' }).click();
    await expectHeading(c, `Opsætning: ${INITIATIVE}`);
    await c.getByText('Målet er gemt.').waitFor();
    await c.getByRole('heading', { name: 'Mindst 500 forældre skal nås.' }).waitFor();

    // Two funding rows; the memo's sentence is shown as typed.
    await c.getByRole('link', { name: 'Tilføj bevilling' }).click();
    await expectHeading(c, 'Ny bevilling');
    const fundingPreview = preview(c, 'Sådan står det i notatet');
    await c.getByLabel('Beløb i kroner').fill('500.000');
    await c.getByLabel('Fra år').fill('2019');
    await c.getByLabel('Til og med år', { exact: true }).fill('2020');
    // The plan's own title goes without saying in its memo.
    await c.getByLabel('Kilde').fill(TITLE);
    await expect
      .poll(() => read(fundingPreview.locator('p').first()))
      .toBe('Midler afsat: 0,5 mio. kr. årligt i 2019-20.');
    await expectAccessible(c, 'ny bevilling med sætningen');
    await c.getByRole('button', { name: 'Opret bevillingen' }).click();
    await c.getByText('Bevillingen er gemt.').waitFor();
    await c.getByRole('link', { name: 'Tilføj bevilling' }).click();
    await expectHeading(c, 'Ny bevilling');
    await c.getByLabel('Beløb i kroner').fill('200000');
    await c.getByRole('radio', { name: 'I alt for perioden (»i alt«)' }).check();
    await c.getByLabel('Fra år').fill('2019');
    await c.getByLabel('Kilde').fill('Satspulje');
    const both = 'Midler afsat: 0,5 mio. kr. årligt i 2019-20 og 0,2 mio. kr. i alt i 2019 (Satspulje).';
    await expect.poll(() => read(fundingPreview.locator('p').first())).toBe(both);
    await c.getByRole('button', { name: 'Opret bevillingen' }).click();
    await c.getByText('Bevillingen er gemt.').waitFor();
    expect(await read(c.locator('#setup-funding + p'))).toBe(both);
    await expectAccessible(c, 'indsatsens opsætning med mål og midler');

    // An activity reaches 120 parents; the initiative page shows the figure and the funding.
    await c.getByRole('link', { name: INITIATIVE }).first().click();
    await expectHeading(c, INITIATIVE);
    await c.getByRole('link', { name: 'Registrér aktivitet' }).first().click();
    await expectHeading(c, 'Registrér aktivitet');
    await c.getByLabel('Titel').fill('Forældremøde på Husum Skole');
    await c.getByLabel('Dato (første dag)').fill('2019-03-14');
    await c.getByLabel('Type').selectOption({ label: 'Møde' });
    await c.getByLabel('Antal nået: forældre').fill('120');
    await c.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    await expectHeading(c, INITIATIVE);
    const figure = c.locator('.ids-target').filter({ hasText: 'Mindst 500 forældre skal nås.' });
    await expect.poll(() => read(figure)).toContain('Opnået: 120 af 500 forældre (24 pct.)');
    await c.getByText('0,5 mio. kr. årligt i 2019-20 og 0,2 mio. kr. i alt i 2019 (Satspulje).').waitFor();
    await expectAccessible(c, 'indsatsens side');

    // The dashboard shows the same figure and sentence.
    await c.getByRole('link', { name: TITLE }).first().click();
    await expectHeading(c, TITLE);
    const card = c.getByRole('listitem').filter({ has: c.getByRole('heading', { name: INITIATIVE }) });
    await expect.poll(() => read(card)).toContain('Opnået: 120 af 500 forældre (24 pct.)');
    expect(await read(card)).toContain(
      '0,5 mio. kr. årligt i 2019-20 og 0,2 mio. kr. i alt i 2019 (Satspulje).',
    );
    await expectAccessible(c, 'dashboardet for den nye plan');
  });

  it('koordinatoren retter et mål og ser det beregnede tal ændre sig, før det gemmes', async () => {
    const { page: c } = await newPage(rig);
    await signIn(c, DEMO.coordinator, `/planer/${PLAN}/indsatser/1`);
    await c.getByRole('link', { name: 'Opsæt indsatsen' }).click();
    await expectHeading(c, 'Opsætning: 1. Styrket indsats målrettet unge');
    await c
      .getByRole('link', { name: /^Redigér mål/ })
      .first()
      .click();
    await expectHeading(c, 'Redigér mål');
    const targetPreview = preview(c, /^Sådan står målet pr\./);
    await expect.poll(() => read(targetPreview)).toMatch(/Opnået: [\d.]+ af 2\.000 børn og unge/);
    const before = /Opnået: ([\d.]+) af/.exec(await read(targetPreview))![1];
    await c.getByLabel('Mål (tal)').fill('1000');
    await expect.poll(() => read(targetPreview)).toContain(`Opnået: ${before} af 1.000 børn og unge`);
    await expectAccessible(c, 'redigér mål med det nye tal');
    // A value the form cannot read is caught at the field, and the preview waits.
    await c.getByLabel('Mål (tal)').fill('tusind');
    await targetPreview.getByText('Udfyld felterne, så vises målets tal ud fra indsatsens data.').waitFor();
    await c.getByRole('button', { name: 'Gem ændringer' }).click();
    await c.getByRole('alert').getByText('Ret de markerede felter').waitFor();
    await c.getByText('Skriv et tal.').first().waitFor();
    await expectAccessible(c, 'redigér mål med feltfejl');
    await c.getByLabel('Mål (tal)').fill('1.000');
    await c.getByRole('button', { name: 'Gem ændringer' }).click();
    await c.getByText('Målet er gemt.').waitFor();
    await expect
      .poll(() => read(c.locator('.ids-target').first()))
      .toContain(`Opnået: ${before} af 1.000 børn og unge`);

    // Delete asks first, in the page.
    await c
      .getByRole('link', { name: /^Redigér mål/ })
      .first()
      .click();
    await c.getByRole('button', { name: 'Slet målet' }).click();
    await c.getByRole('alert').getByText('Vil du slette målet?', { exact: false }).waitFor();
    await expectAccessible(c, 'spørgsmålet om at slette målet');
    await c.getByRole('button', { name: 'Nej, behold' }).click();
    expect(await c.getByRole('button', { name: 'Ja, slet' }).count()).toBe(0);

    // An assessment with its reason; the initiative's fields saved after it are not refused as stale.
    await c.getByRole('link', { name: /^Opsætning: 1\. Styrket indsats/ }).click();
    await c.getByLabel('Status', { exact: true }).selectOption({ label: 'Risiko for manglende opfyldelse' });
    await c.getByLabel('Begrundelse').fill('Skolerne har aflyst forløbene i efteråret.');
    await c.getByRole('button', { name: 'Gem vurderingen' }).click();
    await c.getByText('Vurderet: Risiko for manglende opfyldelse').waitFor();
    await c.getByText('Begrundelse: Skolerne har aflyst forløbene i efteråret.').waitFor();
    await c.getByLabel('Titel').fill('Styrket indsats målrettet unge i skoler og klubber');
    await c.getByRole('button', { name: 'Gem ændringer' }).click();
    await expectHeading(c, 'Opsætning: 1. Styrket indsats målrettet unge i skoler og klubber');
    await c
      .getByText('Ændringerne til »Styrket indsats målrettet unge i skoler og klubber« er gemt.')
      .waitFor();
    await expectAccessible(c, 'indsatsens opsætning med vurdering');
  });

  it('læseren og ejeren får kun tilbudt det, de må', async () => {
    const { page: r } = await newPage(rig);
    await signIn(r, DEMO.reader);
    await expectHeading(r, 'Handleplaner');
    expect(await r.getByRole('link', { name: 'Ny handleplan' }).count()).toBe(0);
    // The address typed by hand explains who may.
    await r.goto('/ny-handleplan');
    await r
      .getByText('Kun administratorer og koordinatorer kan oprette en ny handleplan.', { exact: false })
      .waitFor();
    expect(await r.getByRole('button', { name: 'Opret handleplanen' }).count()).toBe(0);
    await r.goto(`/planer/${PLAN}/indsatser/2`);
    await expectHeading(r, /^2\. /);
    expect(await r.getByRole('link', { name: 'Opsæt indsatsen' }).count()).toBe(0);
    await r.goto(`/planer/${PLAN}`);
    await expectHeading(r, 'Integrationshandleplan 2017-18');
    expect(await r.getByRole('link', { name: 'Opsætning' }).count()).toBe(0);
    await r.goto(`/planer/${PLAN}/indsatser/2/opsaetning`);
    await r.getByText('Du har ikke adgang til at ændre dette.', { exact: false }).waitFor();
    expect(await r.getByRole('button', { name: 'Gem ændringer' }).count()).toBe(0);
    await expectAccessible(r, 'opsætningen for en læser');

    // The owner has no target counted by hand on initiative 1: nothing to set up there.
    const { page: o } = await newPage(rig);
    await signIn(o, DEMO.owner, `/planer/${PLAN}/indsatser/1`);
    await expectHeading(o, /^1\. /);
    expect(await o.getByRole('link', { name: 'Ny handleplan' }).count()).toBe(0);
    expect(await o.getByRole('link', { name: 'Opsæt indsatsen' }).count()).toBe(0);
  });
});
