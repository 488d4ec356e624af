/** Short Danish descriptions of an engine result, for the memo's computed line and the draft text. */
import { formatDate, formatNumber, formatPercent, NBSP } from './format';
import type { Comparator, IsoDate, MetricKind, ShareFigures, TargetResult } from './types';

/** The part of a target the descriptions need. */
export interface DescribedTarget {
  metricKind: MetricKind;
  comparator: Comparator;
  value: number;
  unitLabel: string;
  /** Who a share's population is ("støttekontaktpersoner"); the noun after "30 af 36". */
  populationLabel?: string;
}

/**
 * A figure of a target in words: "980 børn og unge", "5 friskoler", "83,3 pct.". The one phrase for a target's
 * value, actual or forecast, used by the engine's reasons, the draft text and the memo.
 */
export function formatFigure(kind: MetricKind, unitLabel: string, v: number): string {
  return kind === 'share'
    ? formatPercent(v)
    : `${formatNumber(v, 1)}${unitLabel ? `${NBSP}${unitLabel}` : ''}`;
}

/** "980 af 2.000 børn og unge (49 pct.)", "83,3 pct. (mål: mindst 80 pct.)", "nået", "4 af 4 møder". */
export function describeFigure(t: DescribedTarget, r: TargetResult): string {
  if (r.actual === null) return 'ingen opgørelse';
  if (t.metricKind === 'milestone') return r.actual >= 1 ? 'nået' : 'ikke nået';
  if (t.metricKind === 'share') {
    const goal = `mål: ${t.comparator === '>=' ? 'mindst' : 'højst'} ${formatPercent(t.value)}`;
    if (r.share) return `${describeShare(r.share, t.populationLabel ?? '', 1).replace(/\)$/, `; ${goal})`)}`;
    return `${formatPercent(r.actual)} (${goal})`;
  }
  if (t.comparator === '<=')
    return `${formatFigure(t.metricKind, t.unitLabel, r.actual)} (mål: højst ${formatNumber(t.value, 1)})`;
  const pct = r.progress === null ? '' : ` (${formatPercent(Math.round(r.progress * 100), 0)})`;
  return `${formatNumber(r.actual, 1)} af ${formatFigure(t.metricKind, t.unitLabel, t.value)}${pct}`;
}

/**
 * A share as a person writes it: "30 af 36 støttekontaktpersoner (83 pct.)" — the people counted, the population
 * and its noun, then the percentage with `decimals` fraction digits (the draft text rounds to whole percent).
 */
export function describeShare(share: ShareFigures, populationLabel: string, decimals = 0): string {
  const noun = populationLabel.trim() === '' ? '' : `${NBSP}${populationLabel.trim()}`;
  const pct = share.population > 0 ? (share.count * 100) / share.population : 0;
  return `${formatNumber(share.count)} af ${formatNumber(share.population)}${noun} (${formatPercent(pct, decimals)})`;
}

/** The part of a target its baseline description needs. */
export interface BaselineTarget {
  metricKind: MetricKind;
  unitLabel: string;
  baseline: number | null;
  baselineDate?: IsoDate | null;
}

/**
 * The baseline with its date, for wherever the target is described: "Udgangspunkt: 120 sager pr. 1. januar 2017."
 * (no date: "Udgangspunkt: 120 sager."); null without a baseline.
 */
export function describeBaseline(t: BaselineTarget): string | null {
  if (t.baseline === null) return null;
  const when = t.baselineDate ? ` pr. ${formatDate(t.baselineDate)}` : '';
  const figure = formatFigure(t.metricKind, t.unitLabel, t.baseline);
  return `Udgangspunkt: ${figure}${when}${figure.endsWith('.') && when === '' ? '' : '.'}`;
}
