/** The daily job: the owner registers activities and sees the plan's figures change. */
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

const dashboard = `/planer/${PLAN}?dato=2018-09-01`;

describe('ejeren registrerer aktiviteter', () => {
  it('ejeren registrerer en gennemført workshop, og dashboardets tal, prognose og status ændrer sig', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.owner, dashboard);
    await expectHeading(page, 'Integrationshandleplan 2017-18');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: '1. Styrket indsats målrettet unge' }) });
    await card
      .getByText('Opnået: 980 af 2.000 børn og unge (49 pct.). Prognose med planlagte aktiviteter: 980.')
      .waitFor();
    expect(await card.getByText('Risiko for manglende opfyldelse', { exact: true }).count()).toBeGreaterThan(
      0,
    );

    // The card's link opens the initiative inside the app, without loading the page again.
    await page.evaluate(() => ((window as { appMark?: number }).appMark = 1));
    await card.getByRole('link', { name: '1. Styrket indsats målrettet unge' }).click();
    await page.getByRole('link', { name: 'Registrér aktivitet' }).click();
    expect(await page.evaluate(() => (window as { appMark?: number }).appMark)).toBe(1);
    await expectHeading(page, 'Registrér aktivitet');
    await expectAccessible(page, 'registreringsformularen');
    await page.getByRole('radio', { name: 'Gennemført' }).check();
    await page.getByLabel('Titel').fill('Workshop om social kontrol for 8. klasse');
    await page.getByLabel('Dato (første dag)').fill('2018-08-20');
    await page.getByLabel('Type').selectOption({ label: 'Workshop' });
    const venues = page.getByRole('combobox', { name: 'Steder' });
    await venues.fill('sundby');
    await page.getByRole('option', { name: /Sundby Skole/ }).click();
    await venues.fill('mjøl');
    await venues.press('ArrowDown');
    await venues.press('Enter');
    await page.getByRole('button', { name: 'Fjern Sundby Skole' }).waitFor();
    await page.getByRole('button', { name: 'Fjern Klub Mjølner' }).waitFor();
    await page.getByLabel('Samarbejdspartner').selectOption({ label: 'C:NTACT' });

    // The form is checked with the shared schema before it is sent: the message stands at the field.
    const reach = page.getByLabel('Antal nået: børn og unge');
    await reach.fill('mange');
    await page.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    await page.getByRole('alert').getByText('Ret de markerede felter').waitFor();
    expect(await reach.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Skriv antallet som et helt tal, 0 eller mere, fx 25.').first().waitFor();
    await expectAccessible(page, 'formularen med en feltfejl');

    // A rule only the server knows comes back at its field too.
    await reach.fill('1100');
    await page.getByLabel('Sidste dag').fill('2018-08-01');
    await page.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    await page.getByText('Slutdatoen ligger før startdatoen.').first().waitFor();
    expect(await page.getByLabel('Sidste dag').getAttribute('aria-invalid')).toBe('true');
    expect(await reach.getAttribute('aria-invalid')).toBeNull();
    await page.getByLabel('Sidste dag').fill('');
    await reach.fill('1100');
    await page.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    await page
      .getByRole('status')
      .getByText('Aktiviteten »Workshop om social kontrol for 8. klasse« er registreret.')
      .waitFor();
    await page.getByRole('heading', { level: 3, name: 'Workshop om social kontrol for 8. klasse' }).waitFor();
    await page.getByText('Sted: Sundby Skole, Klub Mjølner').waitFor();

    await page.goto(dashboard);
    await card
      .getByText('Opnået: 2.080 af 2.000 børn og unge (104 pct.). Prognose med planlagte aktiviteter: 2.080.')
      .waitFor();
    expect(await card.getByText('Opfyldt', { exact: true }).count()).toBeGreaterThan(0);
    expect(await card.getByText('Risiko for manglende opfyldelse', { exact: true }).count()).toBe(0);
    await context.close();
  });

  it('ejeren markerer en planlagt aktivitet som gennemført med det faktiske antal i ét trin', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.owner, `/planer/${PLAN}/indsatser/1`);
    await expectHeading(page, '1. Styrket indsats målrettet unge');
    const figure = page.getByText(/^Opnået: [\d.]+ af 2\.000 børn og unge/);
    const before = await figure.textContent();
    await page.getByLabel('Vis aktiviteter').selectOption({ label: 'Planlagte (3)' });
    const planned = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^Teaterforestillinger, workshops/ }) });
    await planned.getByRole('link', { name: 'Markér som gennemført' }).click();
    await expectHeading(page, 'Markér som gennemført');
    await expectAccessible(page, 'markér som gennemført');
    await page.getByLabel('Antal nået: børn og unge').fill('300');
    await page.getByRole('button', { name: 'Markér som gennemført' }).click();
    await page
      .getByRole('status')
      .getByText(/er markeret som gennemført/)
      .waitFor();
    await page.getByLabel('Vis aktiviteter').selectOption({ label: 'Planlagte (2)' });
    await page.getByLabel('Vis aktiviteter').selectOption({ label: 'Gennemførte (12)' });
    await page.getByRole('heading', { level: 3, name: /^Teaterforestillinger, workshops/ }).waitFor();
    await expect.poll(() => figure.textContent()).not.toBe(before);
    expect(await figure.textContent()).toMatch(/Opnået: 2\.380 af 2\.000/);
    await context.close();
  });

  it('ejeren sletter en aktivitet efter at have bekræftet det, og en server, der ikke svarer, forklares', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.owner, `/planer/${PLAN}/indsatser/1/aktiviteter/13/rediger`);
    await expectHeading(page, 'Redigér aktivitet');

    // The server is out of reach: the person is told so, and what they typed stays.
    await page.route('**/api/v1/activities/13', (route) => route.abort('connectionrefused'));
    await page.getByLabel('Titel').fill('Ekstern evaluering af målgruppens udbytte');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    const down = page.getByRole('alert');
    await down.getByText('Serveren svarer ikke').waitFor();
    await down.getByText('Det, du har skrevet, er gemt i browseren, til du prøver igen.').waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('Ekstern evaluering af målgruppens udbytte');
    await page.unroute('**/api/v1/activities/13');

    await page.getByRole('button', { name: 'Slet aktivitet' }).click();
    await page.getByText(/Vil du slette »Der foretages en ekstern evaluering/).waitFor();
    await expectAccessible(page, 'bekræft sletning');
    await page.getByRole('button', { name: 'Ja, slet aktiviteten' }).click();
    await page
      .getByRole('status')
      .getByText(/er slettet/)
      .waitFor();
    await expectHeading(page, '1. Styrket indsats målrettet unge');
    expect(await page.getByRole('heading', { name: /Der foretages en ekstern evaluering/ }).count()).toBe(0);
    await context.close();
  });
});

describe('et nyt sted oprettes fra registreringen', () => {
  it('bidragyderen opretter et sted, der ikke findes, på telefonen med tastaturet, og et sted, en anden lige har oprettet, vælges i stedet for en dublet', async () => {
    const { context, page } = await newPage(rig, { width: 390, height: 844 });
    await signIn(page, DEMO.contributor, `/planer/${PLAN}/indsatser/1/aktiviteter/ny`);
    await expectHeading(page, 'Registrér aktivitet');
    await page.getByRole('radio', { name: 'Gennemført' }).check();
    await page.getByLabel('Titel').fill('Workshop om social kontrol, 7. klasse');
    await page.getByLabel('Dato (første dag)').fill('2018-08-27');
    await page.getByLabel('Type').selectOption({ label: 'Workshop' });

    // A name that no venue has: the list offers to create it, and Enter on that offer opens the new venue's fields.
    const venues = page.getByRole('combobox', { name: 'Steder' });
    await venues.fill('Bispebjerg Ungdomsklub');
    const offer = page.getByRole('option', { name: 'Opret »Bispebjerg Ungdomsklub« som nyt sted' });
    await offer.waitFor();
    await venues.press('ArrowDown');
    expect(await offer.getAttribute('aria-selected')).toBe('true');
    await venues.press('Enter');
    const group = page.getByRole('group', { name: 'Nyt sted' });
    const name = group.getByLabel('Stedets navn');
    expect(await name.inputValue()).toBe('Bispebjerg Ungdomsklub');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'et nyt sted i registreringsformularen');

    // Saving the activity now would leave the venue out: the form waits and says why.
    await page.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    await group.getByText('Opret stedet, eller annullér det, før du gemmer aktiviteten.').waitFor();
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('heading', { name: 'Registrér aktivitet' }).count()).toBe(1);

    // Enter in the venue's fields adds the venue (it does not save the activity); the kind is missing.
    await name.press('Enter');
    await group.getByText('Vælg, hvilken slags sted det er.').waitFor();
    expect(await page.getByRole('heading', { name: 'Registrér aktivitet' }).count()).toBe(1);
    await group.getByLabel('Slags sted').selectOption({ label: 'klub' });
    await name.press('Enter');
    await page
      .getByRole('status')
      .getByText('Stedet »Bispebjerg Ungdomsklub« er oprettet og valgt.', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Fjern Bispebjerg Ungdomsklub' }).waitFor();
    expect(await venues.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await group.count()).toBe(0);
    // The new venue is in the list now: the same name in another case is found, not offered again.
    await venues.fill('  bispebjerg UNGDOMSKLUB ');
    expect(await page.getByRole('option', { name: /Opret/ }).count()).toBe(0);
    await venues.fill('');

    // Another person creates a venue after this page read the list; creating it again here chooses theirs.
    const admin = await rig.browser.newContext({ baseURL: rig.url });
    const login = await admin.request.post('/api/v1/auth/login', {
      data: { email: DEMO.admin, password: PASSWORD },
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const theirs = await admin.request.post('/api/v1/venues', {
      data: { name: 'Husum Fritidshjem', kind: 'klub' },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(theirs.status()).toBe(201);
    await admin.close();
    await venues.fill('husum fritidshjem');
    await page.getByRole('option', { name: 'Opret »husum fritidshjem« som nyt sted' }).click();
    await group.getByLabel('Slags sted').selectOption({ label: 'klub' });
    await group.getByRole('button', { name: 'Opret sted' }).click();
    await page
      .getByRole('status')
      .getByText('Stedet »Husum Fritidshjem« fandtes allerede og er valgt.', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Fjern Husum Fritidshjem' }).waitFor();

    await page.getByLabel('Antal nået: børn og unge').fill('48');
    await page.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    await page
      .getByRole('status')
      .getByText('Aktiviteten »Workshop om social kontrol, 7. klasse« er registreret.')
      .waitFor();
    await page.getByText('Sted: Bispebjerg Ungdomsklub, Husum Fritidshjem').waitFor();
    await context.close();
  });
});
