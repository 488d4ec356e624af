/** The initiative's history: who changed what and when, for those who may read it and no one else. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectAccessible, expectHeading, newPage, PLAN, signIn, startRig, type Rig } from './harness';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const initiative = `/planer/${PLAN}/indsatser/1`;

describe('indsatsens historik', () => {
  it('ejeren retter en aktivitets titel og ser ændringen øverst i historikken med sit navn', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.owner, `${initiative}/aktiviteter/13/rediger`);
    await expectHeading(page, 'Redigér aktivitet');
    await page.getByLabel('Titel').fill('Ekstern evaluering af målgruppens udbytte');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Historik' }).waitFor();

    const list = page.getByRole('list', { name: 'Ændringer af indsatsen, nyeste først' });
    const newest = list.getByRole('listitem').first();
    await newest.waitFor();
    const text = (await newest.textContent()) ?? '';
    expect(text).toContain(`af ${DEMO.owner}`);
    expect(text).toContain('ændrede aktivitet »Ekstern evaluering af målgruppens udbytte«');
    expect(text).toMatch(
      /Titel: Der foretages en ekstern evaluering.* → Ekstern evaluering af målgruppens udbytte/,
    );
    // Date and time the Danish way, "25. november 2026 kl. 14.05".
    await newest.getByText(/^\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}$/).waitFor();
    await expectAccessible(page, 'indsatssiden med historik');
    await context.close();
  });

  it('ejeren bladrer tilbage i en lang historik med »Vis ældre«', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.owner);
    // More changes than one page holds (20), made through the API in the owner's own session.
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const headers = { 'X-CSRF-Token': me.csrfToken };
    for (let n = 1; n <= 21; n++) {
      const a = (await (await page.request.get('/api/v1/activities/12')).json()) as { version: number };
      const res = await page.request.patch('/api/v1/activities/12', {
        headers,
        data: { title: `Mentorforløb, runde ${n}`, version: a.version },
      });
      expect(res.status()).toBe(200);
    }
    await page.goto(initiative);
    const list = page.getByRole('list', { name: 'Ændringer af indsatsen, nyeste først' });
    await list.getByText('ændrede aktivitet »Mentorforløb, runde 21«').waitFor();
    const entries = list.locator(':scope > li');
    expect(await entries.count()).toBe(20);
    await page.getByRole('button', { name: 'Vis ældre' }).click();
    await expect.poll(() => entries.count()).toBeGreaterThan(20);
    await list.getByText('ændrede aktivitet »Mentorforløb, runde 1«').waitFor();
    await context.close();
  });

  it('koordinatoren ser historikken på en indsats, hvor intet er ændret, som tom', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.coordinator, `/planer/${PLAN}/indsatser/2`);
    await page.getByRole('heading', { level: 2, name: 'Historik' }).waitFor();
    await page.getByText('Ingen ændringer endnu.').waitFor();
    expect(await page.getByRole('button', { name: 'Vis ældre' }).count()).toBe(0);
    await context.close();
  });

  it('læseren ser ingen historik, og siden spørger ikke efter den', async () => {
    const { context, page } = await newPage(rig);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/history')) asked.push(r.url());
    });
    await signIn(page, DEMO.reader);
    await page.goto(initiative);
    await page.getByRole('heading', { level: 2, name: 'Midler afsat og forbrug' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('heading', { name: 'Historik' }).count()).toBe(0);
    expect(asked).toEqual([]);
    await context.close();
  });
});
