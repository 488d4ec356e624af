/**
 * An initiative's right cell read as data: the status text (paragraphs and status bullets), the planned
 * activities after a lead-in ("… gennem følgende aktiviteter i efteråret 2018:") with the reach they are expected
 * to have, and the opening balances — what the status says was achieved, as done activities marked as imported.
 */
import { formatDate } from '../../domain/format';
import { parsePeriodPhrase } from '../../domain/parse-prose';
import type { ActivityKind, Period } from '../../domain/types';
import type { Mark } from './marks';
import type { StatusBlock } from './structure';
import type { ParsedTarget } from './targets';
import {
  activityKindIn,
  activityKindOf,
  figures,
  MILESTONE_VERBS,
  sameGroup,
  venueKindsOf,
  type Figure,
} from './words';

/** An activity as the plan document holds it. */
export interface ParsedActivity {
  state: 'planned' | 'done';
  kind: ActivityKind;
  title: string;
  description: string | null;
  dateFrom: string;
  dateTo: string;
  occurrences: number;
  reach: Record<string, number>;
  imported: boolean;
  unnamedVenues: number;
}

/** The right cell split into the status text and the planned bullets with their lead-in's period. */
export interface ReadStatus {
  text: string;
  planned: { text: string; period: Period | null }[];
}

const FORWARD = /\b(?:forventes|planlagt|planlægges|vil|skal|kommer til|påbegyndes|gennemføres)\b/i;
const ACTIVITIES_LEAD = /aktiviteter/i;

/** Split the blocks: bullets after a lead-in are planned activities (forward-looking ones after "er opfyldt:"). */
export function readStatus(blocks: readonly StatusBlock[], defaultYear: number | null): ReadStatus {
  const text: string[] = [];
  const planned: ReadStatus['planned'] = [];
  let lead: { all: boolean; period: Period | null } | null = null;
  for (const b of blocks) {
    if (b.type === 'lead') {
      lead = { all: ACTIVITIES_LEAD.test(b.text), period: parsePeriodPhrase(b.text, defaultYear) };
    } else if (b.type === 'bullet' && lead && (lead.all || FORWARD.test(b.text))) {
      planned.push({ text: b.text, period: lead.period });
    } else if (b.type === 'bullet') {
      text.push(`${text.length ? '\n' : ''}- ${b.text}`);
    } else {
      lead = null;
      text.push(`${text.length ? '\n\n' : ''}${b.text}`);
    }
  }
  return { text: text.join(''), planned };
}

const EXPECTED = /forventes\s+(?:at\s+)?(?:nå|samle|omfatte|involvere|have)\s+(?:ud\s+til\s+)?/i;

/** Where a group name is one of the targets' groups, use that spelling. */
function canonicalGroup(noun: string, targets: readonly ParsedTarget[]): string | null {
  for (const t of targets) for (const g of t.targetGroups) if (sameGroup(noun, g)) return g;
  return null;
}

const TITLE_MAX = 300;

function titleOf(text: string): { title: string; description: string | null } {
  if (text.length <= TITLE_MAX) return { title: text, description: null };
  const cut = text.slice(0, TITLE_MAX - 1).replace(/\s+\S*$/, '');
  return { title: `${cut}…`, description: text };
}

/** Context the activities are read in. */
export interface ActivityContext {
  at: string;
  asOf: string;
  planEnd: string;
  targets: readonly ParsedTarget[];
  marks: Mark[];
}

/** A planned activity from a bullet: kind, period, occurrences and expected reach as the bullet states them. */
export function plannedActivity(
  bullet: { text: string; period: Period | null },
  n: number,
  c: ActivityContext,
): ParsedActivity {
  const path = `${c.at}.activities.${n}`;
  const kind = activityKindIn(bullet.text);
  if (kind === null)
    c.marks.push({
      path: `${path}.kind`,
      message: `Aktivitetstypen kunne ikke læses af "${bullet.text}"; sat til "andet".`,
    });
  const year = bullet.period ? Number(bullet.period.from.slice(0, 4)) : Number(c.asOf.slice(0, 4));
  const own = parsePeriodPhrase(bullet.text, year);
  let period = own ?? bullet.period;
  if (period === null) {
    period = { from: c.asOf, to: c.planEnd > c.asOf ? c.planEnd : c.asOf };
    c.marks.push({
      path: `${path}.dateFrom`,
      message: `Notatet angiver ikke, hvornår aktiviteten finder sted; sat til ${formatDate(period.from)}-${formatDate(period.to)}.`,
    });
  }
  const reach: Record<string, number> = {};
  const expected = EXPECTED.exec(bullet.text);
  if (expected) {
    const figure = figures(bullet.text.slice(expected.index + expected[0].length))[0];
    if (figure && figure.noun !== '') {
      const group = canonicalGroup(figure.noun, c.targets);
      reach[group ?? figure.noun] = Math.round(figure.value);
      if (group === null)
        c.marks.push({
          path: `${path}.reach`,
          message: `Målgruppen "${figure.noun}" tælles ikke med i indsatsens mål; tilføj den til målet, hvis den skal tælle med.`,
        });
    }
  }
  const counted =
    kind === null ? undefined : figures(bullet.text).find((f) => activityKindOf(f.noun) === kind);
  const occurrences = counted && Number.isInteger(counted.value) && counted.value >= 1 ? counted.value : 1;
  return {
    state: 'planned',
    kind: kind ?? 'andet',
    ...titleOf(bullet.text),
    dateFrom: period.from,
    dateTo: period.to,
    occurrences,
    reach,
    imported: false,
    unnamedVenues: 0,
  };
}

const ACHIEVED =
  /\b(?:nået|opkvalificeret|uddannet|efteruddannet|gennemgået|gennemført|deltaget|modtaget|undervist|afholdt|etableret|besøgt|hjulpet|rådgivet)\b/i;
const RESTATED = /^(?:minimum|mindst|min\.|højst|maksimum)$/;

/** The sentence of a text that holds `index`; an abbreviation ("ca. 450") does not end a sentence. */
function sentenceAround(text: string, index: number): string {
  const boundary = /[.!?:]\s+(?=[A-ZÆØÅ])|\n/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    const after = m.index + m[0].length;
    if (after <= index) start = after;
    else {
      end = m.index + 1;
      break;
    }
  }
  return text.slice(start, end).trim().replace(/^- /, '');
}

function opening(
  c: ActivityContext,
  figure: Figure | null,
  status: string,
  fields: Partial<ParsedActivity>,
  kind: ActivityKind,
): ParsedActivity {
  const said = figure ? sentenceAround(status, figure.index) : null;
  return {
    state: 'done',
    kind,
    title: `Åbningsbalance fra statusnotatet pr. ${formatDate(c.asOf)}`,
    description: said,
    dateFrom: c.asOf,
    dateTo: c.asOf,
    occurrences: 1,
    reach: {},
    imported: true,
    unnamedVenues: 0,
    ...fields,
  };
}

/** The figure the status gives for a target, and whether it is a sure match. */
function achievedFigure(t: ParsedTarget, status: string): { figure: Figure; sure: boolean } | null {
  const candidates = figures(status).filter(
    (f) => f.noun !== '' && !f.total && !RESTATED.test(f.before) && !/^(?:pct|procent)/.test(f.noun),
  );
  const names = [t.unitLabel, ...t.targetGroups].filter((n) => n !== '');
  const sure = candidates.find(
    (f) =>
      names.some((n) => sameGroup(f.noun, n)) ||
      (t.metricKind === 'venues' && venueKindsOf(f.noun)?.some((k) => t.venueKinds.includes(k))) ||
      (t.metricKind === 'count' && activityKindOf(f.noun) === t.activityKinds[0]),
  );
  if (sure) return { figure: sure, sure: true };
  if (t.metricKind !== 'reach' && t.metricKind !== 'share') return null;
  const likely = candidates.find((f) => ACHIEVED.test(sentenceAround(status, f.index)));
  return likely ? { figure: likely, sure: false } : null;
}

/** The opening balance of one target from the status text, or null (with a mark) when it states none. */
export function openingBalance(
  t: ParsedTarget,
  k: number,
  status: string,
  c: ActivityContext,
): ParsedActivity | null {
  const path = `${c.at}.targets.${k}`;
  if (t.metricKind === 'milestone') {
    const verbs = MILESTONE_VERBS.filter((v) => v.kind === t.activityKinds[0]);
    const m = verbs.map((v) => v.participle.exec(status)).find((x) => x !== null);
    if (!m || /\bikke\s+(?:\S+\s+)?$/.test(status.slice(Math.max(0, m.index - 20), m.index))) return null;
    return {
      ...opening(c, null, status, {}, t.activityKinds[0]),
      description: sentenceAround(status, m.index),
    };
  }
  if (t.metricKind === 'manual') return null;
  const found = achievedFigure(t, status);
  if (found === null) {
    c.marks.push({ path, message: 'Statusteksten angiver ikke et opnået tal for målet; det starter fra 0.' });
    return null;
  }
  const { figure, sure } = found;
  const value = Math.round(figure.value);
  if (!sure)
    c.marks.push({
      path,
      message: `Notatet siger "${figure.raw} ${figure.noun}"; tallet er lagt på målets målgruppe "${t.targetGroups[0] ?? t.unitLabel}". Kontrollér, at det er de samme.`,
    });
  if (figure.approximate)
    c.marks.push({
      path,
      message: `Tallet er omtrentligt ("${figure.before} ${figure.raw}"); det er brugt som det står.`,
    });
  switch (t.metricKind) {
    case 'venues':
      return opening(c, figure, status, { unnamedVenues: value }, t.activityKinds[0] ?? 'andet');
    case 'count':
      return opening(c, figure, status, { occurrences: Math.max(1, value) }, t.activityKinds[0] ?? 'andet');
    case 'reach':
    case 'share': {
      const group = t.targetGroups[0] ?? t.unitLabel;
      if (group === '') return null;
      return opening(c, figure, status, { reach: { [group]: value } }, t.activityKinds[0] ?? 'andet');
    }
  }
}
