/** Comparator, progress and the reason in words for a target's status. Pure. */
import { formatDate } from '../format';
import { formatFigure } from '../describe';
import type { Target, TargetStatus } from '../types';
import type { Tally } from './tally';

/** Whether a value satisfies the target's comparator. */
export function satisfies(target: Target, value: number): boolean {
  // Round away float noise (e.g. 79.99999 pct.) before comparing.
  const v = Math.round(value * 1e9) / 1e9;
  return target.comparator === '>=' ? v >= target.value : v <= target.value;
}

/** Progress toward the target, 0 at start and 1 when reached. */
export function progressOf(target: Target, actual: number): number {
  if (target.comparator === '>=') {
    if (target.value <= 0) return actual >= target.value ? 1 : 0;
    return Math.max(0, actual / target.value);
  }
  if (target.baseline !== null && target.baseline !== target.value) {
    return Math.max(0, (target.baseline - actual) / (target.baseline - target.value));
  }
  return actual <= target.value ? 1 : 0;
}

function fmtTarget(target: Target): string {
  const word = target.comparator === '>=' ? 'mindst' : 'højst';
  return `${word} ${formatFigure(target.metric.kind, target.unitLabel, target.value)}`;
}

export function reasonFor(status: TargetStatus, target: Target, t: Tally, forecast: number | null): string {
  const due = formatDate(target.dueDate);
  const actual = t.actual === null ? '' : formatFigure(target.metric.kind, target.unitLabel, t.actual);
  switch (status) {
    case 'met':
      return target.metric.kind === 'milestone'
        ? 'Opfyldt: milepælen er nået.'
        : sentence(`Opfyldt: ${actual} mod målet ${fmtTarget(target)}`);
    case 'not_met':
      return sentence(`Fristen ${due} er passeret, og ${actual} opfylder ikke målet ${fmtTarget(target)}`);
    case 'on_track':
      return sentence(
        `${capitalised(actual)} nu; med planlagte aktiviteter forventes ${formatFigure(target.metric.kind, target.unitLabel, forecast ?? 0)} inden ${due} mod målet ${fmtTarget(target)}`,
      );
    case 'at_risk':
      return t.expected > 0
        ? sentence(
            `${capitalised(actual)} nu; selv med planlagte aktiviteter forventes kun ${formatFigure(target.metric.kind, target.unitLabel, forecast ?? 0)} inden ${due} mod målet ${fmtTarget(target)}`,
          )
        : sentence(
            `${capitalised(actual)} nu, og ingen planlagte aktiviteter med forventet effekt inden ${due} mod målet ${fmtTarget(target)}`,
          );
    case 'no_data':
      return (
        t.missing ??
        sentence(`Der er ikke registreret aktiviteter, der tæller med i målet ${fmtTarget(target)}`)
      );
  }
}

/** End a sentence with one full stop, also after an abbreviation such as "pct.". */
function sentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
