/**
 * The set-up forms' values as typed (strings, so nothing the person typed is lost) and their mapping to and from
 * the API's plans, initiatives, targets and funding rows. What a metric kind asks for is decided here, once: the
 * form shows those fields, and the request carries only those (the rest are cleared, so switching kind on an
 * existing target does not leave, say, venue kinds behind on a reach target).
 */
import { parseDanishNumber } from '../../../../src/domain/parse-danish';
import type {
  ActivityKind,
  AmountBasis,
  Comparator,
  FundingKind,
  InitiativeKind,
  MetricKind,
  VenueKind,
} from '../../../../src/domain/types';
import type { Funding, Initiative, Plan, Target } from '../../api/types';

/** '' for empty, the number when it reads as one (Danish "2.000" and "0,5" included), else the text as typed. */
export function numberOrText(s: string): number | string | null {
  const v = s.trim();
  if (v === '') return null;
  return parseDanishNumber(v) ?? v;
}

/** A number as a form shows it, Danish decimal comma and no thousands dots (so it reads back the same). */
export function typed(n: number | null): string {
  return n === null ? '' : String(n).replace('.', ',');
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const idOrNull = (s: string) => (s === '' ? null : Number(s));

/** A URL name for a plan from its title: "Integrationshandleplan 2017-18" → "integrationshandleplan-2017-18". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

export interface PlanValues {
  title: string;
  theme: string;
  slug: string;
  /** Whether the person typed the slug; until then it follows the title. */
  slugTouched: boolean;
  periodFrom: string;
  periodTo: string;
  unitId: string;
  organisation: string;
  version?: number;
}

export const emptyPlan = (): PlanValues => ({
  title: '',
  theme: '',
  slug: '',
  slugTouched: false,
  periodFrom: '',
  periodTo: '',
  unitId: '',
  organisation: '',
});

export const planValuesOf = (p: Plan): PlanValues => ({
  title: p.title,
  theme: p.theme,
  slug: p.slug,
  slugTouched: true,
  periodFrom: p.periodFrom,
  periodTo: p.periodTo,
  unitId: p.unitId === null ? '' : String(p.unitId),
  organisation: p.organisation ?? '',
  version: p.version,
});

export function toPlanInput(v: PlanValues) {
  return {
    slug: v.slug.trim(),
    title: v.title.trim(),
    theme: v.theme.trim(),
    periodFrom: v.periodFrom,
    periodTo: v.periodTo,
    unitId: idOrNull(v.unitId),
    organisation: orNull(v.organisation),
  };
}

export interface InitiativeValues {
  kind: InitiativeKind;
  number: string;
  title: string;
  purpose: string;
  description: string;
  unitId: string;
  version?: number;
}

/** A new initiative: a recommendation with the next free number. */
export function emptyInitiative(existing: { number: number | null }[]): InitiativeValues {
  const next = Math.max(0, ...existing.map((i) => i.number ?? 0)) + 1;
  return {
    kind: 'recommendation',
    number: String(next),
    title: '',
    purpose: '',
    description: '',
    unitId: '',
  };
}

export const initiativeValuesOf = (i: Initiative): InitiativeValues => ({
  kind: i.kind,
  number: i.number === null ? '' : String(i.number),
  title: i.title,
  purpose: i.purpose ?? '',
  description: i.description ?? '',
  unitId: i.unitId === null ? '' : String(i.unitId),
  version: i.version,
});

/** The body; a recommendation has a number and a purpose, an "other" initiative a running text. */
export function toInitiativeInput(planId: number, v: InitiativeValues, partnerIds: number[] = []) {
  return {
    planId,
    kind: v.kind,
    number: numberOrText(v.number),
    title: v.title.trim(),
    purpose: v.kind === 'recommendation' ? orNull(v.purpose) : null,
    description: v.kind === 'other' ? orNull(v.description) : null,
    unitId: idOrNull(v.unitId),
    partnerIds,
  };
}

/** The fields a metric kind asks for, besides those every target has (sentence, due date). */
export interface MetricFields {
  targetGroups: boolean;
  activityKinds: boolean;
  venueKinds: boolean;
  population: boolean;
  /** The value is typed (a milestone's is always 1). */
  value: boolean;
  /** "At least" or "at most" can be chosen (shares, milestones and venue counts are "at least"). */
  comparator: boolean;
  baseline: boolean;
  /** Measurements typed by hand count (manual, and a milestone reached outside the activities). */
  measurements: boolean;
}

export function metricFields(kind: MetricKind): MetricFields {
  const none = {
    targetGroups: false,
    activityKinds: false,
    venueKinds: false,
    population: false,
    value: true,
    comparator: false,
    baseline: false,
    measurements: false,
  };
  switch (kind) {
    case 'reach':
      return { ...none, targetGroups: true, activityKinds: true, comparator: true, baseline: true };
    case 'venues':
      return { ...none, venueKinds: true, activityKinds: true };
    case 'count':
      return { ...none, activityKinds: true, comparator: true, baseline: true };
    case 'share':
      return { ...none, targetGroups: true, population: true };
    case 'milestone':
      return { ...none, activityKinds: true, value: false, measurements: true };
    case 'manual':
      return { ...none, comparator: true, baseline: true, measurements: true };
    default: {
      const unreachable: never = kind;
      throw new Error(`Unknown metric kind: ${String(unreachable)}`);
    }
  }
}

export interface TargetValues {
  metricKind: MetricKind;
  comparator: Comparator;
  value: string;
  unitLabel: string;
  dueDate: string;
  baseline: string;
  baselineDate: string;
  sentence: string;
  targetGroupIds: number[];
  activityKinds: ActivityKind[];
  venueKinds: VenueKind[];
  population: string;
  /** Kept as read: the form does not move targets. */
  position: number;
  version?: number;
}

export const emptyTarget = (dueDate: string, position: number): TargetValues => ({
  metricKind: 'reach',
  comparator: '>=',
  value: '',
  unitLabel: '',
  dueDate,
  baseline: '',
  baselineDate: '',
  sentence: '',
  targetGroupIds: [],
  activityKinds: [],
  venueKinds: [],
  population: '',
  position,
});

export const targetValuesOf = (t: Target): TargetValues => ({
  metricKind: t.metricKind,
  comparator: t.comparator,
  value: typed(t.value),
  unitLabel: t.unitLabel,
  dueDate: t.dueDate,
  baseline: typed(t.baseline),
  baselineDate: t.baselineDate ?? '',
  sentence: t.sentence,
  targetGroupIds: t.targetGroupIds,
  activityKinds: t.activityKinds,
  venueKinds: t.venueKinds,
  population: typed(t.population),
  position: t.position,
  version: t.version,
});

/** The body: only the fields the kind asks for; the others cleared. */
export function toTargetInput(initiativeId: number, v: TargetValues) {
  const f = metricFields(v.metricKind);
  const baseline = f.baseline ? numberOrText(v.baseline) : null;
  return {
    initiativeId,
    position: v.position,
    metricKind: v.metricKind,
    comparator: f.comparator ? v.comparator : '>=',
    value: f.value ? numberOrText(v.value) : 1,
    unitLabel: v.unitLabel.trim(),
    dueDate: v.dueDate,
    baseline,
    baselineDate: baseline === null ? null : orNull(v.baselineDate),
    sentence: v.sentence.trim(),
    targetGroupIds: f.targetGroups ? v.targetGroupIds : [],
    activityKinds: f.activityKinds ? v.activityKinds : [],
    venueKinds: f.venueKinds ? v.venueKinds : [],
    population: f.population ? numberOrText(v.population) : null,
  };
}

export interface FundingValues {
  kind: FundingKind;
  /** Kroner as typed ("500.000"). */
  amount: string;
  amountBasis: AmountBasis;
  staffYears: string;
  yearFrom: string;
  yearTo: string;
  source: string;
  fundedUntil: string;
  position: number;
  version?: number;
}

export const emptyFunding = (position: number, source = ''): FundingValues => ({
  kind: 'money',
  amount: '',
  amountBasis: 'per_year',
  staffYears: '',
  yearFrom: '',
  yearTo: '',
  source,
  fundedUntil: '',
  position,
});

export const fundingValuesOf = (f: Funding): FundingValues => ({
  kind: f.kind,
  amount: f.amount === null ? '' : String(f.amount),
  amountBasis: f.amountBasis,
  staffYears: typed(f.staffYears),
  yearFrom: f.yearFrom === null ? '' : String(f.yearFrom),
  yearTo: f.yearTo === null ? '' : String(f.yearTo),
  source: f.source ?? '',
  fundedUntil: f.fundedUntil === null ? '' : String(f.fundedUntil),
  position: f.position,
  version: f.version,
});

/** The body: an amount only for money, staff years only for staff years, no source for the existing frame. */
export function toFundingInput(initiativeId: number, v: FundingValues) {
  const frame = v.kind === 'existing_frame';
  return {
    initiativeId,
    position: v.position,
    kind: v.kind,
    amount: v.kind === 'money' ? numberOrText(v.amount) : null,
    amountBasis: v.amountBasis,
    staffYears: v.kind === 'staff_years' ? numberOrText(v.staffYears) : null,
    yearFrom: frame ? null : numberOrText(v.yearFrom),
    yearTo: frame ? null : numberOrText(v.yearTo),
    source: frame ? null : orNull(v.source),
    fundedUntil: frame ? null : numberOrText(v.fundedUntil),
  };
}

/**
 * The row as the funding sentence reads it while it is typed: what does not read as a number yet counts as not
 * given, so the sentence shows what is there instead of nothing.
 */
export function fundingPreviewRow(
  v: FundingValues,
): Omit<Funding, 'id' | 'version' | 'createdAt' | 'updatedAt'> {
  const input = toFundingInput(0, v);
  const n = (x: number | string | null) => (typeof x === 'number' ? x : null);
  const whole = (x: number | string | null) => {
    const m = n(x);
    return m !== null && Number.isInteger(m) ? m : null;
  };
  // "20" on the way to "2019" is not a year yet.
  const year = (x: number | string | null) => {
    const y = whole(x);
    return y !== null && y >= 1900 && y <= 2200 ? y : null;
  };
  return {
    ...input,
    amount: whole(input.amount),
    staffYears: n(input.staffYears),
    yearFrom: year(input.yearFrom),
    yearTo: year(input.yearTo),
    fundedUntil: year(input.fundedUntil),
  };
}
