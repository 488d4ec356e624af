/**
 * Screenshots of every page at 1280×800 and 390×844 into docs/screenshots/, for people to look at (and for the
 * README). Run: npx tsx test/browser/screenshots.ts (after npm run build:web); a name prefix as argument (e.g.
 * `admin`) takes only those pages.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { systemContext } from '../../src/auth/context';
import { resourceService } from '../../src/features/shared/service';
import { rounds } from '../../src/features/rounds/resource';
import { targets } from '../../src/features/targets/resource';
import { measurements } from '../../src/features/measurements/resource';
import { saveDraft, transition } from '../../src/features/rounds/updates';
import { DEMO, newPage, PLAN, signIn, startRig, type Rig } from './harness';
import { DEFAULT_LEAD_IN } from '../../src/domain/lead-in';

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

/**
 * An open round in which the owner's text for initiative 1 was submitted and returned with a comment, so the
 * round pages show every state they can. Returns the round's and the initiative's ids.
 */
async function openRound(rig: Rig): Promise<{ round: number; initiative: number; submitted: number }> {
  const db = rig.server.database.db;
  const ctx = systemContext('koordinator@demo.indsats.dk');
  const plan = await db.selectFrom('plans').select('id').where('slug', '=', PLAN).executeTakeFirstOrThrow();
  const ini = await db
    .selectFrom('initiatives')
    .select('id')
    .where('planId', '=', plan.id)
    .where('number', '=', 1)
    .executeTakeFirstOrThrow();
  const second = await db
    .selectFrom('initiatives')
    .select('id')
    .where('planId', '=', plan.id)
    .where('number', '=', 2)
    .executeTakeFirstOrThrow();
  const round = await resourceService(rounds).create(db, ctx, {
    planId: plan.id,
    title: 'Status forår 2019',
    asOf: '2018-09-01',
    deadline: '2026-12-18',
    organisation: 'Københavns Kommune',
    unitName: 'Beskæftigelses- og Integrationsforvaltningen',
    recipient: 'Beskæftigelses- og Integrationsudvalget',
    appendixNumber: 1,
    memoDate: null,
    caseNumber: '2019-0001234',
  });
  const text =
    'Indsatsen har samlet nået 980 børn og unge på skoler og klubber.\n\n- Workshops på fem skoler\n- Teater i to klubber';
  let u = await saveDraft(db, ctx, round.id, ini.id, { text, assessment: null, leadIn: DEFAULT_LEAD_IN });
  u = await transition(db, ctx, round.id, ini.id, 'submit', { version: u.version });
  await transition(db, ctx, round.id, ini.id, 'return', {
    version: u.version,
    comment: 'Nævn også forældremøderne.',
  });
  const v = await saveDraft(db, ctx, round.id, second.id, {
    text: 'Alle skoler i forsøget har holdt forældremøder om social kontrol.',
    leadIn: DEFAULT_LEAD_IN,
    assessment: null,
  });
  await transition(db, ctx, round.id, second.id, 'submit', { version: v.version });
  return { round: round.id, initiative: ini.id, submitted: second.id };
}

/** The set-up pages of initiative 1: one of its reach targets, a manual target with a measurement, a funding row. */
async function setupPages(
  rig: Rig,
  initiativeId: number,
): Promise<{ initiative: string; target: number; manual: number; funding: number }> {
  const db = rig.server.database.db;
  const ctx = systemContext('koordinator@demo.indsats.dk');
  const target = await db
    .selectFrom('targets')
    .select('id')
    .where('initiativeId', '=', initiativeId)
    .where('metricKind', '=', 'reach')
    .orderBy('position')
    .executeTakeFirstOrThrow();
  const funding = await db
    .selectFrom('fundings')
    .select('id')
    .where('initiativeId', '=', initiativeId)
    .orderBy('position')
    .executeTakeFirstOrThrow();
  const manual = await resourceService(targets).create(db, ctx, {
    initiativeId,
    position: 9,
    metricKind: 'manual',
    comparator: '<=',
    value: 50,
    unitLabel: 'sager',
    dueDate: '2018-12-31',
    baseline: 120,
    baselineDate: '2017-01-01',
    sentence: 'Antallet af sager om social kontrol skal ned på højst {value}.',
    targetGroupIds: [],
    activityKinds: [],
    venueKinds: [],
    population: null,
  });
  await resourceService(measurements).create(db, ctx, {
    targetId: manual.id,
    value: 84,
    asOf: '2018-06-30',
    note: 'Opgjort af SSP',
  });
  return {
    initiative: `/planer/${PLAN}/indsatser/1/opsaetning`,
    target: target.id,
    manual: manual.id,
    funding: funding.id,
  };
}

const rig = await startRig();
const open = await openRound(rig);
pages.push(
  { name: 'statusrunder', path: `/planer/${PLAN}/statusrunder`, as: DEMO.coordinator },
  { name: 'statusrunde-ny', path: `/planer/${PLAN}/statusrunder/ny`, as: DEMO.coordinator },
  { name: 'statusrunde', path: `/statusrunder/${open.round}`, as: DEMO.coordinator },
  {
    name: 'statustekst-ejer',
    path: `/statusrunder/${open.round}/indsatser/${open.initiative}`,
    as: DEMO.owner,
  },
  {
    name: 'statustekst-koordinator',
    path: `/statusrunder/${open.round}/indsatser/${open.submitted}`,
    as: DEMO.coordinator,
  },
);
const setup = await setupPages(rig, open.initiative);
pages.push(
  { name: 'ny-handleplan', path: '/ny-handleplan', as: DEMO.admin },
  { name: 'opsaetning-plan', path: `/planer/${PLAN}/opsaetning`, as: DEMO.coordinator },
  { name: 'opsaetning-ny-indsats', path: `/planer/${PLAN}/opsaetning/ny-indsats`, as: DEMO.coordinator },
  { name: 'opsaetning-indsats', path: setup.initiative, as: DEMO.coordinator },
  { name: 'opsaetning-nyt-maal', path: `${setup.initiative}/maal/ny`, as: DEMO.coordinator },
  {
    name: 'opsaetning-maal',
    path: `${setup.initiative}/maal/${setup.target}`,
    as: DEMO.coordinator,
    prepare: (page) =>
      page
        .getByRole('region', { name: /^Sådan står målet/ })
        .getByText('Opnået:', { exact: false })
        .waitFor(),
  },
  { name: 'opsaetning-maal-manuel', path: `${setup.initiative}/maal/${setup.manual}`, as: DEMO.coordinator },
  { name: 'opsaetning-midler', path: `${setup.initiative}/midler/${setup.funding}`, as: DEMO.coordinator },
  { name: 'opsaetning-nye-midler', path: `${setup.initiative}/midler/ny`, as: DEMO.coordinator },
);
const owner = await rig.server.database.db
  .selectFrom('users')
  .select('id')
  .where('email', '=', DEMO.owner)
  .executeTakeFirstOrThrow();
pages.push(
  { name: 'admin', path: '/administration', as: DEMO.admin },
  { name: 'admin-personer', path: '/administration/personer', as: DEMO.admin },
  { name: 'admin-person-ny', path: '/administration/personer/ny', as: DEMO.admin },
  { name: 'admin-person', path: `/administration/personer/${owner.id}`, as: DEMO.admin },
  { name: 'admin-steder', path: '/administration/lister/steder', as: DEMO.admin },
  {
    name: 'admin-steder-saml',
    path: '/administration/lister/steder',
    as: DEMO.admin,
    // The merge of one venue into another, at its confirmation.
    prepare: async (page) => {
      const entry = page.locator('.ids-entry').filter({ hasText: 'Tingbjerg Skole' });
      await entry.getByRole('button', { name: 'Læg sammen med …' }).click();
      await entry.getByRole('combobox').selectOption({ label: 'Tingbjerg (boligsocialt område)' });
      await entry.getByRole('button', { name: 'Læg sammen', exact: true }).click();
      await entry.getByRole('alert').scrollIntoViewIfNeeded();
    },
  },
  { name: 'admin-maalgrupper', path: '/administration/lister/maalgrupper', as: DEMO.admin },
  { name: 'admin-api-noegler', path: '/administration/api-noegler', as: DEMO.admin },
  { name: 'admin-revisionslog', path: '/administration/revisionslog', as: DEMO.admin },
  { name: 'admin-fridage', path: '/administration/fridage', as: DEMO.admin },
);
const only = process.argv[2];
mkdirSync(`${OUT}/full`, { recursive: true });
try {
  for (const size of SIZES) {
    for (const p of pages) {
      if (only && !p.name.startsWith(only)) continue;
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
  if (!only) {
    const { context, page } = await newPage(rig, SIZES[1].viewport);
    await signIn(page, DEMO.owner);
    await page.goto(`/planer/${PLAN}/indsatser/1/aktiviteter/ny`);
    await page.getByLabel('Titel').fill('Workshop om social kontrol for 8. klasse');
    await page.getByRole('combobox', { name: 'Steder' }).fill('sko');
    await page.screenshot({ path: `${OUT}/registrering-soeg-sted-phone.png`, fullPage: false });
    await context.close();
  }
} finally {
  await rig.close();
}
console.log(`Skærmbilleder gemt i ${OUT}/`);
