/**
 * The memo's lead-in and bullets under an initiative's status text ("Samlet mål er opfyldt:", "Samlet mål forventes
 * opfyldt gennem følgende aktiviteter i efteråret 2018:", "Følgende aktiviteter er planlagt i …:"), by rule, in one
 * place. The rule proposes; the status text's author has the last word: another lead-in, no period, and free-text
 * bullets of their own. Pure.
 */
import { formatDate, formatPeriodPhrase } from './format';
import type { IsoDate, TargetStatus } from './types';

/** The lead-ins an author can choose between. */
export const LEAD_IN_KINDS = ['met', 'on_track', 'planned'] as const;
/** `met` "Samlet mål er opfyldt:", `on_track` "… forventes opfyldt gennem …", `planned` "Følgende aktiviteter …". */
export type LeadInKind = (typeof LEAD_IN_KINDS)[number];

/** Most free-text bullets an author may add, and their longest text. */
export const MAX_LEAD_IN_BULLETS = 20;
export const MAX_LEAD_IN_BULLET_LENGTH = 1000;

/**
 * The author's choice, stored with the status text and frozen in the round's snapshot. `kind` null follows the rule;
 * `withPeriod` false leaves "i <periode>" out; `bullets` are free text listed before the planned activities.
 */
export interface LeadInChoice {
  kind: LeadInKind | null;
  withPeriod: boolean;
  bullets: string[];
}

/** No choice made: the rule decides, with the period, and no free bullets. */
export const DEFAULT_LEAD_IN: LeadInChoice = { kind: null, withPeriod: true, bullets: [] };

/** A planned activity as the lead-in needs it. */
export interface LeadInActivity {
  title: string;
  from: IsoDate;
  to: IsoDate;
}

/** The lead-in the rule gives for the status the memo shows (an assessment's when there is one). */
export function leadInKindFor(status: TargetStatus): LeadInKind {
  if (status === 'met') return 'met';
  return status === 'on_track' ? 'on_track' : 'planned';
}

/**
 * Planned activities split by the as-of date and the latest due date of the initiative's targets: `upcoming` end
 * between the two (both included) and are the default bullets; `overdue` should have ended before the as-of date
 * and are still planned — never listed as planned, never counted in a forecast, shown to the coordinator as overdue.
 * Without a due date, every activity that has not ended before the as-of date is upcoming.
 */
export function splitPlanned<T extends LeadInActivity>(
  planned: readonly T[],
  asOf: IsoDate,
  dueDate: IsoDate | null,
): { upcoming: T[]; overdue: T[] } {
  return {
    upcoming: planned.filter((a) => a.to >= asOf && (dueDate === null || a.to <= dueDate)),
    overdue: planned.filter((a) => a.to < asOf),
  };
}

/** The span from the first start to the last end of some activities. */
function enclosing(acts: readonly LeadInActivity[]): { from: IsoDate; to: IsoDate } | null {
  if (acts.length === 0) return null;
  let from = acts[0].from;
  let to = acts[0].to;
  for (const a of acts) {
    if (a.from < from) from = a.from;
    if (a.to > to) to = a.to;
  }
  return { from, to };
}

/** " i efteråret 2018", " den 3. oktober 2018" (a single day), or "" without a period. */
function periodWords(span: { from: IsoDate; to: IsoDate } | null): string {
  if (span === null) return '';
  return span.from === span.to ? ` den ${formatDate(span.from)}` : ` i ${formatPeriodPhrase(span)}`;
}

/** The lead-in sentence of a kind, with " i <periode>" when a period is given. */
export function leadInText(kind: LeadInKind, period: { from: IsoDate; to: IsoDate } | null): string {
  switch (kind) {
    case 'met':
      return 'Samlet mål er opfyldt:';
    case 'on_track':
      return `Samlet mål forventes opfyldt gennem følgende aktiviteter${periodWords(period)}:`;
    case 'planned':
      return `Følgende aktiviteter er planlagt${periodWords(period)}:`;
  }
}

/** What the memo prints under the status text; null when there is nothing to list. */
export interface LeadIn {
  text: string;
  bullets: string[];
}

/**
 * The lead-in and bullets of an initiative: the author's free bullets, then the upcoming planned activities; the
 * lead-in is the author's choice or the rule's for `status`, with the period the listed activities span unless the
 * author left it out. Nothing is printed when there is nothing to list.
 */
export function memoLeadIn(input: {
  status: TargetStatus;
  /** The upcoming planned activities (see `splitPlanned`). */
  upcoming: readonly LeadInActivity[];
  choice: LeadInChoice;
}): LeadIn | null {
  const free = input.choice.bullets.map((b) => b.trim()).filter((b) => b !== '');
  const bullets = [...free, ...input.upcoming.map((a) => a.title)];
  if (bullets.length === 0) return null;
  const kind = input.choice.kind ?? leadInKindFor(input.status);
  const period = input.choice.withPeriod ? enclosing(input.upcoming) : null;
  return { text: leadInText(kind, period), bullets };
}
