/**
 * The working version's notes (arbejdsversion): what a coordinator checks before sending the memo, built from the
 * same snapshot as the committee version and, for the changes, from the previous closed round's snapshot. Pure.
 */
import { describeFigure, formatFigure } from '../domain/describe';
import {
  formatDate,
  formatFundingSentence,
  formatPercent,
  formatPeriod,
  formatNumber,
} from '../domain/format';
import { STATUS_LABELS_DA } from '../domain/status';
import type { RoundSnapshot, SnapshotInitiative, SnapshotOther, SnapshotTarget } from './snapshot';

/** What the working version says about itself. */
export const WORKING_LABELS = {
  label: 'Arbejdsnote',
  banner:
    'ARBEJDSVERSION – ikke til udvalget. De markerede arbejdsnoter er systemets beregninger og noter; ' +
    'udvalgsversionen har dem ikke.',
  header: 'Arbejdsversion – ikke til udvalget',
} as const;

/** "Beregnet pr. 1. september 2018: 980 af 2.000 børn og unge (49 pct.) – Risiko for manglende opfyldelse." */
function figureLine(t: SnapshotTarget, asOf: string): string {
  return `Beregnet pr. ${formatDate(asOf)}: ${describeFigure(t, t.result)} – ${STATUS_LABELS_DA[t.result.status]}.`;
}

/** The status the memo's lead-in follows, and where it comes from. */
function statusLines(i: SnapshotInitiative): string[] {
  if (i.assessment === null) return [`Status i notatet: ${STATUS_LABELS_DA[i.status]} (beregnet).`];
  const reason = i.assessment.reason.trim().replace(/\.$/, '');
  const when = /^\d{4}-\d{2}-\d{2}/.test(i.assessment.at)
    ? `, ${formatDate(i.assessment.at.slice(0, 10))}`
    : '';
  return [
    `Status i notatet: ${STATUS_LABELS_DA[i.status]} (vurdering; beregnet: ${STATUS_LABELS_DA[i.computedStatus]}).`,
    `Vurdering af ${i.assessment.by}${when}: ${reason}.`,
  ];
}

function missingLine(i: SnapshotInitiative): string[] {
  if (i.statusText !== null && !i.missing) return [];
  return ['Statustekst mangler: der er ikke godkendt en statustekst i denne runde.'];
}

/** Planned activities that should have ended before the as-of date: never counted, never listed as planned. */
function overdueLines(i: SnapshotInitiative, asOf: string): string[] {
  const acts = i.overdue ?? i.planned.filter((a) => a.to < asOf);
  return acts.map(
    (a) =>
      `Overskredet: "${a.title}" skulle være afsluttet ${formatPeriod({ from: a.from, to: a.to })}, men står stadig ` +
      'som planlagt (tæller ikke med i prognosen og nævnes ikke i notatet).',
  );
}

/** "+200 børn og unge", "+16,7 procentpoint", "−1 møder". */
function delta(t: SnapshotTarget, before: number, now: number): string {
  const d = now - before;
  const sign = d > 0 ? '+' : '−';
  if (t.metricKind === 'share')
    return `${sign}${formatPercent(Math.abs(d)).replace(/pct\.$/, 'procentpoint')}`;
  return `${sign}${formatNumber(Math.abs(d), 1)}${t.unitLabel ? `\u00a0${t.unitLabel}` : ''}`;
}

function targetChange(t: SnapshotTarget, prev: SnapshotTarget | undefined): string | null {
  if (prev === undefined) return 'nyt mål';
  const now = t.result.actual;
  const before = prev.result.actual;
  const parts: string[] = [];
  if (now !== null && before !== null && t.metricKind !== 'milestone') {
    parts.push(
      Math.abs(now - before) < 1e-9
        ? `uændret ${formatFigure(t.metricKind, t.unitLabel, now)}`
        : `${delta(t, before, now)} (fra ${formatFigure(t.metricKind, t.unitLabel, before)} til ${formatFigure(t.metricKind, t.unitLabel, now)})`,
    );
  }
  if (prev.result.status !== t.result.status)
    parts.push(`status fra ${STATUS_LABELS_DA[prev.result.status]} til ${STATUS_LABELS_DA[t.result.status]}`);
  return parts.length === 0 ? null : parts.join(', ');
}

/** What changed since the previous closed round: figures, statuses, the status text. */
function changeLines(i: SnapshotInitiative, previous: RoundSnapshot | null): string[] {
  if (previous === null) return [];
  const since = `Siden sidste status pr. ${formatDate(previous.round.asOf)}`;
  const before = previous.initiatives.find((p) => p.id === i.id);
  if (before === undefined) return [`${since}: indsatsen er ny.`];
  const parts = i.targets
    .map((t) =>
      targetChange(
        t,
        before.targets.find((p) => p.id === t.id),
      ),
    )
    .filter((p): p is string => p !== null);
  if (before.status !== i.status)
    parts.push(`notatets status fra ${STATUS_LABELS_DA[before.status]} til ${STATUS_LABELS_DA[i.status]}`);
  parts.push(
    (before.statusText ?? '') === (i.statusText ?? '')
      ? 'statusteksten er uændret'
      : 'statusteksten er ændret',
  );
  return [`${since}: ${parts.join('; ')}.`];
}

/** The working notes of one of the plan's own initiatives, in the order a coordinator checks them. */
export function initiativeNotes(
  i: SnapshotInitiative,
  asOf: string,
  previous: RoundSnapshot | null,
): string[] {
  return [
    ...missingLine(i),
    ...i.targets.map((t) => figureLine(t, asOf)),
    ...statusLines(i),
    ...overdueLines(i, asOf),
    ...changeLines(i, previous),
  ];
}

/** The working note of another initiative: its registered funding, which its text should state. */
export function otherNotes(o: SnapshotOther, plan: string): string[] {
  const funding = formatFundingSentence(o.fundings, { includeSource: true, impliedSource: plan });
  return [funding ? `Registreret finansiering: ${funding}` : 'Ingen finansiering registreret.'];
}

/** The working version's extra header lines: the round, and the round it is compared with. */
export function workingHeaderLines(
  s: RoundSnapshot,
  previous: RoundSnapshot | null,
): { label: string; value: string }[] {
  const round = (r: RoundSnapshot['round']) => `${r.title} (opgjort pr. ${formatDate(r.asOf)})`;
  return [
    { label: 'Statusrunde', value: round(s.round) },
    {
      label: 'Sammenlignet med',
      value: previous === null ? 'ingen tidligere afsluttet statusrunde' : round(previous.round),
    },
  ];
}
