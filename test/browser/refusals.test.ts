/** What happens when it cannot be done: no right (403), someone else was first (409), the session is gone (401). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectAccessible, expectHeading, newPage, PLAN, signIn, startRig, type Rig } from './harness';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const initiative = (n: number) => `/planer/${PLAN}/indsatser/${n}`;

describe('når det ikke kan lade sig gøre', () => {
  it('bidragyderen ser ingen redigering på en anden indsats, og en tvunget registrering får 403-forklaringen', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.contributor, initiative(2));
    await expectHeading(page, '2. Øget samarbejde mellem kommune og friskoler');
    await page.getByRole('combobox', { name: 'Vis aktiviteter' }).waitFor();
    expect(await page.getByRole('link', { name: 'Registrér aktivitet' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Markér som gennemført' }).count()).toBe(0);

    await page.goto(`${initiative(2)}/aktiviteter/ny`);
    await expectHeading(page, 'Registrér aktivitet');
    await page.getByLabel('Titel').fill('Besøg på friskole');
    await page.getByLabel('Dato (første dag)').fill('2018-05-01');
    await page.getByLabel('Type').selectOption({ label: 'Møde' });
    await page.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Du har ikke adgang til at gøre dette').waitFor();
    await alert.getByText(/kun registrere og ændre aktiviteter på de indsatser, du arbejder på/).waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('Besøg på friskole');
    await expectAccessible(page, 'formularen med 403');
    await context.close();
  });

  it('svaret på en registrering går tabt; at gemme igen giver ikke en aktivitet mere', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.owner, `${initiative(1)}/aktiviteter/ny`);
    await expectHeading(page, 'Registrér aktivitet');
    const title = 'Dialogmøde med forældre i Tingbjerg';
    await page.getByRole('radio', { name: 'Gennemført' }).check();
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Dato (første dag)').fill('2018-06-12');
    await page.getByLabel('Type').selectOption({ label: 'Møde' });

    // The server saves the first request, but its answer never reaches the page (the connection drops).
    const keys: string[] = [];
    let lose = true;
    await page.route('**/api/v1/activities', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (!lose) return route.fallback();
      lose = false;
      const saved = await route.fetch();
      expect(saved.status()).toBe(201);
      return route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    await page.getByRole('alert').getByText('Serveren svarer ikke').waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe(title);

    // Saving again sends the same key: the server answers with the first save instead of making a second one.
    await page.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    await page.getByText(`Aktiviteten »${title}« er registreret.`).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    const listed = await context.request.get(`/api/v1/activities?q=&pageSize=500`);
    const items = (await listed.json()) as { items: { title: string }[] };
    expect(items.items.filter((a) => a.title === title)).toHaveLength(1);

    // A new activity from the same form is a new request with a new key.
    await page.getByRole('link', { name: 'Registrér aktivitet' }).click();
    await page.getByLabel('Titel').fill(`${title} (2. møde)`);
    await page.getByLabel('Dato (første dag)').fill('2018-06-19');
    await page.getByLabel('Type').selectOption({ label: 'Møde' });
    await page.getByRole('button', { name: 'Gem gennemført aktivitet' }).click();
    await page.getByText(`Aktiviteten »${title} (2. møde)« er registreret.`).waitFor();
    expect(keys).toHaveLength(3);
    expect(keys[2]).not.toBe(keys[0]);
    await context.close();
  });

  it('to personer redigerer samme aktivitet; den anden får 409-forklaringen og beholder sit input', async () => {
    const first = await newPage(rig);
    const second = await newPage(rig);
    await signIn(first.page, DEMO.owner);
    await signIn(second.page, DEMO.coordinator);
    const edit = `${initiative(1)}/aktiviteter/9/rediger`;
    await first.page.goto(edit);
    await second.page.goto(edit);
    await expectHeading(first.page, 'Redigér aktivitet');
    await expectHeading(second.page, 'Redigér aktivitet');
    await expectAccessible(second.page, 'redigér aktivitet');

    await first.page.getByLabel('Titel').fill('Ung-til-ung dialogaften på Nørrebro');
    await first.page.getByRole('button', { name: 'Gem ændringer' }).click();
    await first.page
      .getByRole('status')
      .getByText(/er gemt/)
      .waitFor();

    await second.page.getByLabel('Titel').fill('Ung-til-ung dialogaften med 45 deltagere');
    await second.page.getByLabel('Antal nået: børn og unge').fill('45');
    await second.page.getByRole('button', { name: 'Gem ændringer' }).click();
    const alert = second.page.getByRole('alert');
    await alert.getByText('Aktiviteten er ændret af en anden, siden du åbnede den').waitFor();
    expect(await second.page.getByLabel('Titel').inputValue()).toBe(
      'Ung-til-ung dialogaften med 45 deltagere',
    );
    expect(await second.page.getByLabel('Antal nået: børn og unge').inputValue()).toBe('45');
    await expectAccessible(second.page, 'redigér aktivitet med 409');

    await second.page.getByRole('button', { name: 'Hent nyeste version og behold mine ændringer' }).click();
    await second.page.getByText('Den nyeste version er hentet').waitFor();
    await second.page.getByText(/Gemt nu: »Ung-til-ung dialogaften på Nørrebro«/).waitFor();
    expect(await second.page.getByLabel('Titel').inputValue()).toBe(
      'Ung-til-ung dialogaften med 45 deltagere',
    );
    await second.page.getByRole('button', { name: 'Gem ændringer' }).click();
    await second.page
      .getByRole('status')
      .getByText('Ændringerne til »Ung-til-ung dialogaften med 45 deltagere« er gemt.')
      .waitFor();
    await first.context.close();
    await second.context.close();
  });

  it('en udløbet session sender personen til log ind og tilbage til formularen med det, der var skrevet', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.owner);
    const form = `${initiative(1)}/aktiviteter/ny`;
    await page.goto(form);
    await expectHeading(page, 'Registrér aktivitet');
    await page.getByRole('radio', { name: 'Planlagt' }).check();
    await page.getByLabel('Titel').fill('Temaaften for forældre i Tingbjerg');
    await page.getByLabel('Dato (første dag)').fill('2018-10-04');
    await page.getByLabel('Type').selectOption({ label: 'Temaaften' });
    await page.getByLabel('Forventet antal: børn og unge').fill('40');

    await context.clearCookies();
    await page.getByRole('button', { name: 'Gem planlagt aktivitet' }).click();
    await expectHeading(page, 'Log ind');
    await page.getByText('Din session er udløbet.', { exact: false }).waitFor();
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe(form);
    await expectAccessible(page, 'log ind efter udløbet session');

    await page.getByLabel('E-mail').fill(DEMO.owner);
    await page.getByLabel('Adgangskode').fill('indsats-demo-2018');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expectHeading(page, 'Registrér aktivitet');
    expect(new URL(page.url()).pathname).toBe(form);
    await page.getByText('Vi har genskabt det, du havde skrevet.').waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('Temaaften for forældre i Tingbjerg');
    expect(await page.getByRole('radio', { name: 'Planlagt' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Forventet antal: børn og unge').inputValue()).toBe('40');
    await page.getByRole('button', { name: 'Gem planlagt aktivitet' }).click();
    await page
      .getByRole('status')
      .getByText('Aktiviteten »Temaaften for forældre i Tingbjerg« er registreret.')
      .waitFor();
    await context.close();
  });

  it('indsats er opdateret, mens siden var åben: siden beder om at blive genindlæst og virker bagefter', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.reader, `/planer/${PLAN}?dato=2018-09-01`);
    await expectHeading(page, 'Integrationshandleplan 2017-18');
    // The server now serves another build of the app: its answers say so.
    await page.route('**/api/v1/plans/*/progress*', async (route) => {
      const answer = await route.fetch();
      await route.fulfill({
        response: answer,
        headers: { ...answer.headers(), 'x-indsats-build': 'en-nyere-udgave' },
      });
    });
    await page.getByLabel('Se planen pr. dato').fill('2018-06-01');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('indsats er blevet opdateret').waitFor();
    await alert.getByText(/Genindlæs siden for at fortsætte med den nye/).waitFor();
    await expectAccessible(page, 'dashboardet med besked om en ny udgave');
    await page.unroute('**/api/v1/plans/*/progress*');
    await alert.getByRole('button', { name: 'Genindlæs siden' }).click();
    await page
      .getByRole('status')
      .getByText(/Viser \d+ af \d+ indsatser pr\. 1\. juni 2018/)
      .waitFor();
    expect(page.url()).toContain('dato=2018-06-01');
    await context.close();
  });
});
