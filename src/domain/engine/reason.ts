/** Comparator, progress and the reason in words (Danish, or English when asked) for a target's status. Pure. */
import { formatDate } from '../format';
import { formatDateEn, formatFigureEn } from '../format-en';
import { formatFigure } from '../describe';
import type { Target, TargetResult, TargetStatus } from '../types';
import type { Tally } from './tally';

/** A language texts are written in. */
export type Lang = 'da' | 'en';

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

/** The words of one language. */
interface Words {
  figure(v: number): string;
  due: string;
  goal: string;
  met(actual: string): string;
  milestone: string;
  notMet(actual: string): string;
  onTrack(actual: string, forecast: string): string;
  atRisk(actual: string, forecast: string): string;
  nothingPlanned(actual: string): string;
  noData: string;
}

function danish(target: Target): Words {
  const figure = (v: number) => formatFigure(target.metric.kind, target.unitLabel, v);
  const goal = `${target.comparator === '>=' ? 'mindst' : 'højst'} ${figure(target.value)}`;
  const due = formatDate(target.dueDate);
  return {
    figure,
    due,
    goal,
    met: (a) => `Opfyldt: ${a} mod målet ${goal}`,
    milestone: 'Opfyldt: milepælen er nået.',
    notMet: (a) => `Fristen ${due} er passeret, og ${a} opfylder ikke målet ${goal}`,
    onTrack: (a, f) =>
      `${capitalised(a)} nu; med planlagte aktiviteter forventes ${f} inden ${due} mod målet ${goal}`,
    atRisk: (a, f) =>
      `${capitalised(a)} nu; selv med planlagte aktiviteter forventes kun ${f} inden ${due} mod målet ${goal}`,
    nothingPlanned: (a) =>
      `${capitalised(a)} nu, og ingen planlagte aktiviteter med forventet effekt inden ${due} mod målet ${goal}`,
    noData: `Der er ikke registreret aktiviteter, der tæller med i målet ${goal}`,
  };
}

function english(target: Target): Words {
  const figure = (v: number) => formatFigureEn(target.metric.kind, target.unitLabel, v);
  const goal = `${target.comparator === '>=' ? 'at least' : 'at most'} ${figure(target.value)}`;
  const due = formatDateEn(target.dueDate);
  return {
    figure,
    due,
    goal,
    met: (a) => `Met: ${a} against the target of ${goal}`,
    milestone: 'Met: the milestone has been reached.',
    notMet: (a) => `The due date ${due} has passed, and ${a} does not meet the target of ${goal}`,
    onTrack: (a, f) =>
      `${capitalised(a)} now; with planned activities ${f} is expected by ${due} against the target of ${goal}`,
    atRisk: (a, f) =>
      `${capitalised(a)} now; even with planned activities only ${f} is expected by ${due} against the target of ${goal}`,
    nothingPlanned: (a) =>
      `${capitalised(a)} now, and no planned activities with an expected effect by ${due} against the target of ${goal}`,
    noData: `No activities that count toward the target of ${goal} are registered`,
  };
}

/** Why a figure cannot be computed (`actual` is null), by metric kind. */
function missingText(lang: Lang, target: Target): string {
  const population = target.metric.kind === 'share';
  if (lang === 'en') return population ? 'No population is registered.' : 'No measurement is registered.';
  return population ? 'Der er ikke registreret en population.' : 'Der er ikke registreret en måling.';
}

/** The reason for a result's status in words, in the given language. */
export function reasonText(
  lang: Lang,
  target: Target,
  r: Pick<TargetResult, 'status' | 'actual' | 'expected' | 'forecast'>,
): string {
  const w = lang === 'en' ? english(target) : danish(target);
  const actual = r.actual === null ? '' : w.figure(r.actual);
  const forecast = w.figure(r.forecast ?? 0);
  switch (r.status) {
    case 'met':
      return target.metric.kind === 'milestone' ? w.milestone : sentence(w.met(actual));
    case 'not_met':
      return sentence(w.notMet(actual));
    case 'on_track':
      return sentence(w.onTrack(actual, forecast));
    case 'at_risk':
      return sentence(r.expected > 0 ? w.atRisk(actual, forecast) : w.nothingPlanned(actual));
    case 'no_data':
      return r.actual === null ? missingText(lang, target) : sentence(w.noData);
  }
}

/** The engine's (Danish) reason for a status. */
export function reasonFor(status: TargetStatus, target: Target, t: Tally, forecast: number | null): string {
  return reasonText('da', target, { status, actual: t.actual, expected: t.expected, forecast });
}

/** End a sentence with one full stop, also after an abbreviation such as "pct.". */
function sentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
