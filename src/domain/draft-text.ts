/**
 * A proposed Danish status paragraph composed from the data: reach, venue kinds, activity kinds, partners, and
 * what changed since the previous closed round. The owner edits it; it is never inserted silently. Its figures are
 * references ({{faktisk}}, {{mål2.antal}} …), not typed numbers, so the memo shows the data as of its own date.
 */
import { formatDate, formatNumber, formatPercent, joinDanish, NBSP } from './format';
import { tokenText, type TokenName } from './text-tokens';
import type { ActivityKind, MetricKind, TargetResult, VenueKind } from './types';

/** Plural forms as running text uses them ("på folkeskoler, klubber og ungdomsuddannelser"). */
export const VENUE_KIND_PLURAL: Record<VenueKind, string> = {
  folkeskole: 'folkeskoler',
  friskole: 'friskoler',
  privatskole: 'privatskoler',
  klub: 'klubber',
  forening: 'foreninger',
  ungdomsuddannelse: 'ungdomsuddannelser',
  'boligsocialt område': 'boligsociale områder',
  jobcenter: 'jobcentre',
  krisecenter: 'krisecentre',
  'kommunal enhed': 'kommunale enheder',
  andet: 'andre steder',
};

/** Activity kinds as nouns after "gennem" ("gennem teater, workshops og kurser"). */
export const ACTIVITY_KIND_PHRASE: Record<ActivityKind, string> = {
  undervisning: 'undervisning',
  teater: 'teater',
  workshop: 'workshops',
  kursus: 'kurser',
  efteruddannelse: 'efteruddannelse',
  konference: 'konferencer',
  oplæg: 'oplæg',
  sagssparring: 'sagssparring',
  møde: 'møder',
  temaaften: 'temaaftener',
  'opsøgende indsats': 'opsøgende indsats',
  forløb: 'forløb',
  dialog: 'dialog',
  etablering: 'etablering',
  evaluering: 'evaluering',
  materiale: 'materiale',
  andet: 'andre aktiviteter',
};

/** One target as the draft needs it. */
export interface DraftTarget {
  id: number;
  metricKind: MetricKind;
  unitLabel: string;
  population: number | null;
  /** Who a share's population is ("relevante støttekontaktpersoner"): the noun after "30 af 36". */
  populationLabel?: string;
  result: TargetResult;
}

/** The done activities that counted, reduced to what the text names. */
export interface DraftActivity {
  kind: ActivityKind;
  venueKinds: VenueKind[];
  partner: string | null;
}

/** Input to the composer. */
export interface DraftInput {
  targets: DraftTarget[];
  activities: DraftActivity[];
  /** Actual values of the same targets in the previous closed round. */
  previous: { asOf: string; actual: Map<number, number | null> } | null;
}

/** Distinct values in order of frequency, then first appearance. */
function ranked<T>(values: T[]): T[] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/** A token of target `n` (1-based) followed by a noun, held together as a figure and its unit are. */
function figure(name: TokenName, n: number, noun: string): string {
  return `${tokenText(name, n)}${noun.trim() === '' ? '' : `${NBSP}${noun.trim()}`}`;
}

function mainClause(t: DraftTarget, n: number): string | null {
  const a = t.result.actual;
  if (a === null) return null;
  switch (t.metricKind) {
    case 'reach':
      return `Indsatsen har samlet nået ${figure('faktisk', n, t.unitLabel)}`;
    case 'venues':
      return `Indsatsen er nået ud til ${figure('faktisk', n, t.unitLabel)}`;
    case 'count':
      return `Der er afholdt ${figure('faktisk', n, t.unitLabel)}`;
    case 'share':
      // A person writes the people and the population, then the share rounded: "30 af 36 … (83 pct.)".
      return t.result.share
        ? `Indsatsen har nået ${tokenText('antal', n)} af ${figure('population', n, t.populationLabel ?? '')} (${tokenText('faktisk', n)})`
        : `Indsatsen har nået ${tokenText('faktisk', n)} af målgruppen`;
    case 'milestone':
      return a >= 1 ? 'Milepælen er nået' : 'Milepælen er endnu ikke nået';
    case 'manual':
      return `Seneste måling viser ${figure('faktisk', n, t.unitLabel)}`;
  }
}

function delta(t: DraftTarget, prev: DraftInput['previous']): string {
  if (!prev || t.result.actual === null || t.metricKind === 'milestone') return '';
  const before = prev.actual.get(t.id);
  if (before === undefined || before === null) return '';
  const d = t.result.actual - before;
  const since = `siden sidste status pr. ${formatDate(prev.asOf)}`;
  // Float noise from percentages (83,33… − 83,33…) must not read as a change.
  if (Math.abs(d) < 1e-9) return ` (uændret ${since})`;
  const sign = d > 0 ? '+' : '−';
  const amount = t.metricKind === 'share' ? formatPercent(Math.abs(d)) : formatNumber(Math.abs(d), 1);
  return ` (${sign}${amount} ${since})`;
}

/** Compose the proposed status paragraph. */
export function composeStatusDraft(input: DraftInput): string {
  const venues = ranked(input.activities.flatMap((a) => a.venueKinds)).map((k) => VENUE_KIND_PLURAL[k]);
  const kinds = ranked(input.activities.map((a) => a.kind)).map((k) => ACTIVITY_KIND_PHRASE[k]);
  const partners = ranked(input.activities.map((a) => a.partner).filter((p): p is string => p !== null));
  const sentences: string[] = [];
  input.targets.forEach((t, n) => {
    const main = mainClause(t, n + 1);
    if (main === null) return;
    let s = main;
    if (n === 0) {
      if (venues.length) s += ` på ${joinDanish(venues.slice(0, 4))}${venues.length > 4 ? ' mm.' : ''}`;
      if (kinds.length) s += ` gennem ${joinDanish(kinds.slice(0, 4))}`;
      if (partners.length) s += ` ved bl.a. ${joinDanish(partners.slice(0, 3))}`;
    }
    sentences.push(`${s}${delta(t, input.previous)}.`);
  });
  if (sentences.length === 0)
    return 'Der er endnu ikke registreret aktiviteter, der tæller med i indsatsens mål.';
  return sentences.join(' ');
}
