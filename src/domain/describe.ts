/** Short Danish descriptions of an engine result, for the memo's computed line and the draft text. */
import { formatNumber, formatPercent } from './format';
import type { Comparator, MetricKind, TargetResult } from './types';

/** The part of a target the descriptions need. */
export interface DescribedTarget {
  metricKind: MetricKind;
  comparator: Comparator;
  value: number;
  unitLabel: string;
}

/**
 * A figure of a target in words: "980 børn og unge", "5 friskoler", "83,3 pct.". The one phrase for a target's
 * value, actual or forecast, used by the engine's reasons, the draft text and the memo.
 */
export function formatFigure(kind: MetricKind, unitLabel: string, v: number): string {
  return kind === 'share' ? formatPercent(v) : `${formatNumber(v, 1)}${unitLabel ? ` ${unitLabel}` : ''}`;
}

/** "980 af 2.000 børn og unge (49 pct.)", "83,3 pct. (mål: mindst 80 pct.)", "nået", "4 af 4 møder". */
export function describeFigure(t: DescribedTarget, r: TargetResult): string {
  if (r.actual === null) return 'ingen opgørelse';
  if (t.metricKind === 'milestone') return r.actual >= 1 ? 'nået' : 'ikke nået';
  if (t.metricKind === 'share') {
    return `${formatPercent(r.actual)} (mål: ${t.comparator === '>=' ? 'mindst' : 'højst'} ${formatPercent(t.value)})`;
  }
  if (t.comparator === '<=')
    return `${formatFigure(t.metricKind, t.unitLabel, r.actual)} (mål: højst ${formatNumber(t.value, 1)})`;
  const pct = r.progress === null ? '' : ` (${formatPercent(Math.round(r.progress * 100), 0)})`;
  return `${formatNumber(r.actual, 1)} af ${formatFigure(t.metricKind, t.unitLabel, t.value)}${pct}`;
}
