/**
 * A status memo's text → a proposed plan: the plan document the loader reads (plan, initiatives with targets,
 * funding, planned activities and opening balances, and a closed historical round with the status texts) plus
 * review marks for everything the parser was unsure of. Pure: nothing is stored here.
 */
import { formatDate } from '../../domain/format';
import { parseDanishDate } from '../../domain/parse-prose';
import { ruleViolation } from '../../domain/problem';
import { MemoProposal } from '../../schemas/memo-import';
import type { PlanDocumentInput } from '../../schemas/plan-document';
import { openingBalance, plannedActivity, readStatus, type ActivityContext } from './activities';
import { parseFunding } from './funding';
import type { Mark } from './marks';
import { planFrame, unitCode } from './plan-frame';
import { readStructure, type MemoStructure, type RawInitiative, type RawOther } from './structure';
import { parseTargets } from './targets';

/** How to read a memo. */
export interface ProposeOptions {
  /** The as-of date when the memo does not state it (or to override it). */
  asOf?: string;
  /** The new plan's slug. */
  slug?: string;
  /** The text has one whole paragraph per line (read from a Word file). */
  blockPerLine?: boolean;
}

type DocInitiative = NonNullable<PlanDocumentInput['initiatives']>[number];

/** Who the imported status texts are attributed to. */
export const IMPORT_AUTHOR = 'Statusnotat (importeret)';

function notAMemo(): never {
  throw ruleViolation(
    'file',
    'Filen kunne ikke læses som et notat: der er ingen nummererede anbefalinger med formål, mål og status.',
    'The file could not be read as a status memo: no numbered initiatives with purpose, target and status.',
  );
}

function roundFields(s: MemoStructure, opts: ProposeOptions, marks: Mark[]) {
  const h = s.headerFields;
  const statusLine = h.Statusrunde ?? '';
  const stated = parseDanishDate(/opgjort\s+pr\.?\s*(.*)$/i.exec(statusLine)?.[1] ?? '');
  const memoDate = parseDanishDate(h.Dato ?? '');
  if (opts.asOf && stated && opts.asOf !== stated)
    marks.push({
      path: 'rounds.0.asOf',
      message: `Notatet er opgjort pr. ${formatDate(stated)}, men ${formatDate(opts.asOf)} er angivet; den angivne dato er brugt.`,
    });
  const asOf = opts.asOf ?? stated;
  if (!asOf)
    marks.push({
      path: 'rounds.0.asOf',
      message:
        'Notatet angiver ikke, hvilken dato status er opgjort pr. Angiv datoen (--as-of), før forslaget gemmes.',
      blocking: true,
    });
  const title = statusLine.replace(/\s*\(opgjort.*$/i, '').trim();
  return {
    asOf: asOf ?? memoDate ?? new Date().toISOString().slice(0, 10),
    round: {
      title: title || `Status pr. ${asOf ? formatDate(asOf) : 'ukendt dato'}`,
      memoDate,
      organisation: h.Organisation ?? null,
      unitName: h.Forvaltning ?? null,
      recipient: h.Til ?? null,
      caseNumber: h['Sagsnr.'] ?? null,
      appendixNumber: Number(/Bilag\s+(\d+)/i.exec(s.title ?? '')?.[1] ?? '') || null,
    },
  };
}

function recommendation(
  raw: RawInitiative,
  n: number,
  frame: { asOf: string; planEnd: string; fundedBy: string | null },
  marks: Mark[],
): { initiative: DocInitiative; status: string } {
  const at = `initiatives.${n}`;
  const f = raw.fields;
  if (!f.Formål) marks.push({ path: `${at}.purpose`, message: 'Formål står ikke i notatet.' });
  if (!f['Samlet mål']) marks.push({ path: `${at}.targets`, message: 'Samlet mål står ikke i notatet.' });
  if (!f['Midler afsat']) marks.push({ path: `${at}.funding`, message: 'Midler afsat står ikke i notatet.' });
  const targets = parseTargets(f['Samlet mål'] ?? '', at, marks);
  const funding = parseFunding(
    f['Midler afsat'] ?? '',
    { defaultSource: frame.fundedBy, explicit: true },
    at,
    marks,
  );
  const read = readStatus(raw.blocks, Number(frame.asOf.slice(0, 4)));
  const c: ActivityContext = { at, asOf: frame.asOf, planEnd: frame.planEnd, targets, marks };
  const openings = targets.flatMap((t, k) => openingBalance(t, k, read.text, c) ?? []);
  const planned = read.planned.map((b, k) => plannedActivity(b, openings.length + k, c));
  return {
    initiative: {
      number: raw.number,
      kind: 'recommendation',
      title: raw.title,
      purpose: f.Formål ?? null,
      targets: targets.map((t) => ({ ...t, dueDate: frame.planEnd })),
      funding,
      activities: [...openings, ...planned],
    },
    status: read.text,
  };
}

/** One of "Øvrige indsatser": its unit (given a code) and funding from its "Midler afsat" line or its text. */
function otherInitiative(o: RawOther, at: string, units: Map<string, string>, marks: Mark[]): DocInitiative {
  if (o.unit === null)
    marks.push({ path: `${at}.unit`, message: 'Forvaltningen står ikke i parentes efter titlen.' });
  else if (!units.has(o.unit)) units.set(o.unit, unitCode(o.unit, units));
  const funding = parseFunding(
    o.funding ?? o.description,
    { defaultSource: null, explicit: o.funding !== null },
    at,
    marks,
  );
  return {
    number: null,
    kind: 'other',
    title: o.title,
    description: o.description || null,
    unit: o.unit === null ? null : units.get(o.unit)!,
    funding,
  };
}

/** Every target group the initiatives name, in order of first use. */
function targetGroupsOf(initiatives: readonly DocInitiative[]): string[] {
  const groups = new Set<string>();
  for (const i of initiatives) {
    for (const t of i.targets ?? []) for (const g of t.targetGroups ?? []) groups.add(g);
    for (const a of i.activities ?? []) for (const g of Object.keys(a.reach ?? {})) groups.add(g);
  }
  return [...groups];
}

/** Read a memo's text into a proposed plan with review marks; a text that is not a memo is a 422. */
export function proposeFromText(text: string, opts: ProposeOptions = {}): MemoProposal {
  const s = readStructure(text, { blockPerLine: opts.blockPerLine });
  if (s.initiatives.length === 0) notAMemo();
  const marks: Mark[] = [];
  const { asOf, round } = roundFields(s, opts, marks);
  const plan = planFrame(s, asOf, opts.slug ?? null, marks);
  const frame = { asOf, planEnd: plan.periodTo, fundedBy: plan.title };
  const seen = new Set<number>();
  const recommendations = s.initiatives.map((raw, n) => {
    if (seen.has(raw.number))
      marks.push({
        path: `initiatives.${n}.number`,
        message: `Anbefaling nr. ${raw.number} står flere gange i notatet.`,
        blocking: true,
      });
    seen.add(raw.number);
    return recommendation(raw, n, frame, marks);
  });
  const units = new Map<string, string>();
  if (plan.unitName) units.set(plan.unitName, unitCode(plan.unitName, units));
  const others = s.others.map((o, k) =>
    otherInitiative(o, `initiatives.${recommendations.length + k}`, units, marks),
  );
  recommendations.forEach((r, n) => {
    if (r.status === '')
      marks.push({
        path: `initiatives.${n}`,
        message: `Anbefaling nr. ${r.initiative.number} har ingen statustekst; den historiske runde kræver en for hver anbefaling.`,
        blocking: true,
      });
  });
  if (recommendations.length > 0)
    marks.push({
      path: 'initiatives',
      message:
        'Notatet angiver ikke, hvilken forvaltning der har ansvaret for anbefalingerne; tilføj den, hvor den kendes.',
    });
  const initiatives = [...recommendations.map((r) => r.initiative), ...others];
  const document: PlanDocumentInput = {
    units: [...units].map(([name, code]) => ({ code, name })),
    targetGroups: targetGroupsOf(initiatives),
    plan: {
      slug: plan.slug,
      title: plan.title,
      theme: plan.theme,
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      unit: plan.unitName ? units.get(plan.unitName)! : null,
      organisation: round.organisation,
    },
    initiatives,
    rounds: [
      {
        ...round,
        asOf,
        state: 'closed',
        closedBy: IMPORT_AUTHOR,
        updates: recommendations
          .filter((r) => r.status !== '')
          .map((r) => ({
            initiative: r.initiative.number!,
            text: r.status,
            author: IMPORT_AUTHOR,
            state: 'approved',
          })),
      },
    ],
  };
  return MemoProposal.parse({ document, review: marks });
}
