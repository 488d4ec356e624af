/** Each demo role signs in and sees what it may: reading is open to all, changing is scoped. */
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

/** Open an initiative page and tell whether the person is offered to register and edit activities there. */
async function offers(page: import('playwright-core').Page, n: number) {
  await page.goto(initiative(n));
  await page.getByRole('heading', { level: 2, name: 'Aktiviteter' }).waitFor();
  await page.getByRole('combobox', { name: 'Vis aktiviteter' }).waitFor();
  return {
    register: await page.getByRole('link', { name: 'Registrér aktivitet' }).count(),
    edit: await page.getByRole('link', { name: 'Redigér' }).count(),
    markDone: await page.getByRole('link', { name: 'Markér som gennemført' }).count(),
  };
}

describe('hver demorolle logger ind og ser det, rollen må', () => {
  it('læseren ser planen og dens tal, men kan ingen aktiviteter registrere eller ændre', async () => {
    const { context, page } = await newPage(rig);
    await page.goto('/');
    await expectHeading(page, 'Log ind');
    await expectAccessible(page, 'log ind');
    await signIn(page, DEMO.reader);
    await expectHeading(page, 'Handleplaner');
    await expect.poll(() => page.getByRole('heading', { name: 'Mine indsatser' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Ny handleplan' }).count()).toBe(0);
    await expectAccessible(page, 'forsiden');
    await page.getByRole('link', { name: 'Integrationshandleplan 2017-18' }).click();
    await expectHeading(page, 'Integrationshandleplan 2017-18');
    await page.getByRole('heading', { name: '1. Styrket indsats målrettet unge' }).waitFor();
    await expectAccessible(page, 'dashboardet');
    expect(await offers(page, 1)).toEqual({ register: 0, edit: 0, markDone: 0 });
    // The target's value over time: a chart, and the same figures as a table on request.
    await page.getByRole('heading', { name: 'Udvikling over tid' }).first().waitFor();
    await page.getByText('Vis tallene bag grafen').first().click();
    const table = page.getByRole('table', { name: 'Opnået og prognose pr. dato' }).first();
    await table.getByRole('row', { name: /25\. april 2017/ }).waitFor();
    await expectAccessible(page, 'indsatssiden');
    await context.close();
  });

  it('ejeren starter på sin egen indsats og kan registrere og redigere dér, men ikke på andre indsatser', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.owner);
    await page.getByRole('heading', { level: 2, name: 'Mine indsatser' }).waitFor();
    await page.getByRole('link', { name: '1. Styrket indsats målrettet unge' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Ny handleplan' }).count()).toBe(0);
    const own = await offers(page, 1);
    expect(own.register).toBe(1);
    expect(own.edit).toBe(13);
    expect(own.markDone).toBe(3);
    expect(await offers(page, 2)).toEqual({ register: 0, edit: 0, markDone: 0 });
    await context.close();
  });

  it('bidragyderen kan registrere på sin indsats, men ikke ændre aktiviteter, som andre har registreret', async () => {
    const { context, page } = await newPage(rig);
    await signIn(page, DEMO.contributor);
    await page.getByRole('heading', { level: 2, name: 'Mine indsatser' }).waitFor();
    expect(await offers(page, 1)).toEqual({ register: 1, edit: 0, markDone: 0 });
    expect(await offers(page, 3)).toEqual({ register: 0, edit: 0, markDone: 0 });
    await context.close();
  });

  it('koordinatoren og administratoren kan registrere og ændre på alle planens indsatser og oprette en plan', async () => {
    for (const who of [DEMO.coordinator, DEMO.admin]) {
      const { context, page } = await newPage(rig);
      await signIn(page, who);
      await page.getByRole('link', { name: 'Ny handleplan' }).waitFor();
      const other = await offers(page, 4);
      expect(other.register).toBe(1);
      expect(other.edit).toBeGreaterThan(0);
      await context.close();
    }
  });

  it('en forkert adgangskode forklares på dansk ved formularen, og sproget kan skiftes til engelsk', async () => {
    const { context, page } = await newPage(rig);
    await page.goto('/log-ind');
    await page.getByLabel('E-mail').fill(DEMO.owner);
    await page.getByLabel('Adgangskode').fill('forkert-adgangskode-123');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Du blev ikke logget ind').waitFor();
    expect(await alert.textContent()).toMatch(/adgangskode/i);
    await expectAccessible(page, 'log ind med fejl');
    await expect.poll(() => page.getByRole('link', { name: /organisationens login/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
    await expectHeading(page, 'Sign in');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Dansk' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    await context.close();
  });

  it('tilgængelighedserklæringen kan læses uden at logge ind, fra linket i sidefoden', async () => {
    const { context, page } = await newPage(rig);
    await page.goto('/log-ind');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await expectHeading(page, 'Tilgængelighedserklæring');
    await page.getByRole('heading', { name: 'Kendte problemer' }).waitFor();
    await expectAccessible(page, 'tilgængelighedserklæringen');
    await context.close();
  });
});
