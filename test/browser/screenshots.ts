/**
 * Screenshots of every page at 1280×800 and 390×844 into docs/screenshots/, for people to look at (and for the
 * README). Run: npx tsx test/browser/screenshots.ts (after npm run build:web).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO, newPage, PLAN, signIn, startRig } from './harness';

const OUT = 'docs/screenshots';
const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

const pages: { name: string; path: string; as: string | null; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'log-ind', path: '/log-ind', as: null },
  { name: 'forside-ejer', path: '/', as: DEMO.owner },
  { name: 'forside-koordinator', path: '/', as: DEMO.coordinator },
  { name: 'dashboard', path: `/planer/${PLAN}?dato=2018-09-01`, as: DEMO.coordinator },
  { name: 'indsats', path: `/planer/${PLAN}/indsatser/1?dato=2018-09-01`, as: DEMO.owner },
  { name: 'registrering', path: `/planer/${PLAN}/indsatser/1/aktiviteter/ny`, as: DEMO.owner },
  { name: 'tilgaengelighed', path: '/tilgaengelighed', as: null },
];

const rig = await startRig();
mkdirSync(`${OUT}/full`, { recursive: true });
try {
  for (const size of SIZES) {
    for (const p of pages) {
      const { context, page } = await newPage(rig, size.viewport);
      if (p.as) await signIn(page, p.as);
      await page.goto(p.path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      if (p.prepare) await p.prepare(page);
      // What the person sees first, and the whole page.
      await page.screenshot({ path: `${OUT}/${p.name}-${size.name}.png` });
      // Cards off screen are not drawn until scrolled to (content-visibility); a whole-page picture draws them all.
      await page.addStyleTag({
        content: '.ids-card-list > li.ids-card { content-visibility: visible !important; }',
      });
      await page.screenshot({ path: `${OUT}/full/${p.name}-${size.name}.png`, fullPage: true });
      await context.close();
    }
  }
  const { context, page } = await newPage(rig, SIZES[1].viewport);
  await signIn(page, DEMO.owner);
  await page.goto(`/planer/${PLAN}/indsatser/1/aktiviteter/ny`);
  await page.getByLabel('Titel').fill('Workshop om social kontrol for 8. klasse');
  await page.getByRole('combobox', { name: 'Steder' }).fill('sko');
  await page.screenshot({ path: `${OUT}/registrering-soeg-sted-phone.png`, fullPage: false });
  await context.close();
} finally {
  await rig.close();
}
console.log(`Skærmbilleder gemt i ${OUT}/`);
