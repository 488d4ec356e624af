/**
 * The action-plan model as the domain sees it: plain data, no I/O.
 * Dates are ISO `YYYY-MM-DD` strings; money is integer kroner; nothing is stored pre-formatted.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Activity kinds ("aktivitetstyper"), defined once for the whole product. */
export const ACTIVITY_KINDS = [
  'undervisning',
  'teater',
  'workshop',
  'kursus',
  'efteruddannelse',
  'konference',
  'oplæg',
  'sagssparring',
  'møde',
  'temaaften',
  'opsøgende indsats',
  'forløb',
  'dialog',
  'etablering',
  'evaluering',
  'materiale',
  'andet',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Venue kinds ("institutionstyper"). */
export const VENUE_KINDS = [
  'folkeskole',
  'friskole',
  'privatskole',
  'klub',
  'forening',
  'ungdomsuddannelse',
  'boligsocialt område',
  'jobcenter',
  'krisecenter',
  'kommunal enhed',
  'andet',
] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export const INITIATIVE_KINDS = ['recommendation', 'other'] as const;
/** `recommendation`: an initiative of the plan; `other`: "øvrige indsatser", may have no plan. */
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const ACTIVITY_STATES = ['planned', 'done', 'cancelled'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];

export const METRIC_KINDS = ['reach', 'venues', 'count', 'share', 'milestone', 'manual'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const COMPARATORS = ['>=', '<='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Target statuses from worst to best; the order is used to find an initiative's worst status. */
export const TARGET_STATUSES = ['not_met', 'at_risk', 'no_data', 'on_track', 'met'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const FUNDING_KINDS = ['money', 'staff_years', 'existing_frame'] as const;
/** `money`: kroner; `staff_years`: "årsværk"; `existing_frame`: "inden for eksisterende ramme". */
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const AMOUNT_BASES = ['per_year', 'total'] as const;
/** Whether a funding amount is granted each year ("årligt") or once for the whole span. */
export type AmountBasis = (typeof AMOUNT_BASES)[number];

/** A span of calendar days, both ends inclusive. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** One funding row of an initiative ("midler afsat"). */
export interface Funding {
  kind: FundingKind;
  /** Kroner; for `money` only. */
  amount: number | null;
  amountBasis: AmountBasis;
  /** Staff years, e.g. 3.5; for `staff_years` only. */
  staffYears: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** E.g. "Integrationshandleplan 2017-18", "Budget 2016", "Satspulje". */
  source: string | null;
  /** Last year the funding runs ("finansieret til og med 2020"), when it differs from `yearTo` or no span is given. */
  fundedUntil: number | null;
}

/** The measured side of a target: what counts toward it. */
export interface TargetMetric {
  kind: MetricKind;
  /** Target group ids whose reach counts (reach, share). Empty means all groups. */
  targetGroupIds: number[];
  /** Activity kinds that count (reach, venues, count, milestone). Empty means all kinds. */
  activityKinds: ActivityKind[];
  /** Venue kinds that count (venues). Empty means all kinds. */
  venueKinds: VenueKind[];
  /** Registered population size for `share` targets. */
  population: number | null;
}

/** A target ("samlet mål") of an initiative. */
export interface Target {
  id: number;
  initiativeId: number;
  metric: TargetMetric;
  comparator: Comparator;
  value: number;
  /** The unit shown after the figure, e.g. "børn og unge", "friskoler", "pct.". */
  unitLabel: string;
  dueDate: IsoDate;
  /** Starting value for `<=` targets; progress is the share of the way from baseline to value. */
  baseline: number | null;
  /** The date the baseline was measured ("pr. 1. januar 2017"); shown with it wherever the target is described. */
  baselineDate?: IsoDate | null;
  /** The memo sentence; `{value}` is replaced by the formatted target value. */
  sentence: string;
}

/** Reach of one target group: actual for done activities, expected for planned ones. */
export interface Reach {
  targetGroupId: number;
  count: number;
}

/** An activity ("aktivitet") of an initiative. */
export interface Activity {
  id: number;
  initiativeId: number;
  state: ActivityState;
  kind: ActivityKind;
  period: Period;
  /** How many sessions/meetings the row stands for ("yderligere to kurser" = 2). */
  occurrences: number;
  venueIds: number[];
  /** Venues reached that are counted but not named (an opening balance imported from a memo). */
  unnamedVenues?: number;
  reach: Reach[];
  /** The delivering partner, when one is registered (used for texts, not by the engine). */
  partnerId?: number | null;
}

/** A venue as the engine needs it. */
export interface VenueRef {
  id: number;
  kind: VenueKind;
}

/** A value reported by hand for a target ("måling"). */
export interface Measurement {
  targetId: number;
  value: number;
  asOf: IsoDate;
}

/** A person's assessment that overrides the computed status of an initiative. */
export interface Assessment {
  status: TargetStatus;
  reason: string;
  by: string;
  at: string;
}

/** The engine's result for one target as of a date. */
export interface TargetResult {
  targetId: number;
  actual: number | null;
  expected: number;
  forecast: number | null;
  /** 0…1 (may exceed 1 when over-fulfilled); null when it cannot be computed. */
  progress: number | null;
  status: TargetStatus;
  /** Why, in Danish. */
  reason: string;
  /**
   * For a `share` target with a population: the people counted (capped at the population, since a share counts
   * people, not reach events) and the population, so a text can say "30 af 36".
   */
  share?: ShareFigures;
}

/** The count behind a share: `count` of `population` people. */
export interface ShareFigures {
  count: number;
  population: number;
  /** People planned activities are expected to add, capped so count + expected never exceeds the population. */
  expected: number;
}

/** Why a person's assessment does not apply as of a date. */
export type AssessmentSetAside = 'before_assessment' | 'due_dates_passed';

/** The engine's result for one initiative. */
export interface InitiativeResult {
  initiativeId: number;
  computedStatus: TargetStatus;
  /** The status shown: the assessment's when present, else the computed one. */
  status: TargetStatus;
  /** Present when a person overrode the computed status and the override applies as of the date. */
  assessment: Assessment | null;
  /** A registered assessment that does not apply as of the date, and why (for a working view to explain). */
  setAside: { assessment: Assessment; why: AssessmentSetAside } | null;
  targets: TargetResult[];
}
