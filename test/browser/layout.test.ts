/** On a phone and at 320 px (200 % zoom on a small laptop) every page fits its width and keeps one h1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, expectAccessible, expectHeading, newPage, PLAN, signIn, startRig, type Rig } from './harness';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const PAGES = [
  { path: '/', h1: 'Handleplaner' },
  { path: `/planer/${PLAN}?dato=2018-09-01`, h1: 'Integrationshandleplan 2017-18' },
  { path: `/planer/${PLAN}/indsatser/1`, h1: '1. Styrket indsats målrettet unge' },
  { path: `/planer/${PLAN}/indsatser/1/aktiviteter/ny`, h1: 'Registrér aktivitet' },
  { path: `/planer/${PLAN}/indsatser/1/aktiviteter/11/gennemfoer`, h1: 'Markér som gennemført' },
  { path: `/planer/${PLAN}/indsatser/1/aktiviteter/9/rediger`, h1: 'Redigér aktivitet' },
];

describe('på en telefon', () => {
  for (const width of [390, 320]) {
    it(`ejerens sider passer i ${width} px' bredde uden vandret rulning`, async () => {
      const { context, page } = await newPage(rig, { width, height: 844 });
      await signIn(page, DEMO.owner);
      for (const p of PAGES) {
        await page.goto(p.path);
        await expectHeading(page, p.h1);
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p.path} at ${width} px`).toBeLessThanOrEqual(0);
        if (width === 390) await expectAccessible(page, `${p.path} at ${width} px`);
      }
      await context.close();
    });
  }
});
