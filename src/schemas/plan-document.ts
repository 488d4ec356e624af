/**
 * The plan document: a whole plan as one readable structure that names things instead of numbering them
 * (units by code, partners, target groups and venues by name). The demo plan is written in it, and it is the
 * format plans are imported from.
 */
import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATES,
  AMOUNT_BASES,
  COMPARATORS,
  FUNDING_KINDS,
  INITIATIVE_KINDS,
  METRIC_KINDS,
  TARGET_STATUSES,
  VENUE_KINDS,
} from '../domain/types';
import { isoDate, text, title, year } from './common';
import { slug } from './plans';

const name = title;

export const DocTarget = z.object({
  metricKind: z.enum(METRIC_KINDS),
  comparator: z.enum(COMPARATORS).default('>='),
  value: z.number().finite().min(0),
  unitLabel: z.string().default(''),
  dueDate: isoDate,
  baseline: z.number().nullable().default(null),
  /** Memo sentence; "{value}" is replaced by the formatted value. */
  sentence: text.default(''),
  targetGroups: z.array(name).default([]),
  activityKinds: z.array(z.enum(ACTIVITY_KINDS)).default([]),
  venueKinds: z.array(z.enum(VENUE_KINDS)).default([]),
  population: z.number().int().positive().nullable().default(null),
  measurements: z
    .array(z.object({ value: z.number(), asOf: isoDate, note: text.nullable().default(null) }))
    .default([]),
});

export const DocFunding = z.object({
  kind: z.enum(FUNDING_KINDS).default('money'),
  amount: z.number().int().min(0).nullable().default(null),
  amountBasis: z.enum(AMOUNT_BASES).default('per_year'),
  staffYears: z.number().positive().nullable().default(null),
  yearFrom: year.nullable().default(null),
  yearTo: year.nullable().default(null),
  source: name.nullable().default(null),
  fundedUntil: year.nullable().default(null),
});

export const DocActivity = z.object({
  state: z.enum(ACTIVITY_STATES),
  kind: z.enum(ACTIVITY_KINDS),
  title: name,
  description: text.nullable().default(null),
  dateFrom: isoDate,
  /** Defaults to dateFrom (a one-day activity). */
  dateTo: isoDate.optional(),
  occurrences: z.number().int().min(1).default(1),
  partner: name.nullable().default(null),
  venues: z.array(name).default([]),
  /** Reach per target group name: actual for done, expected for planned. */
  reach: z.record(z.string(), z.number().int().min(0)).default({}),
});

export const DocInitiative = z.object({
  number: z.number().int().min(1).nullable().default(null),
  kind: z.enum(INITIATIVE_KINDS).default('recommendation'),
  title: name,
  purpose: text.nullable().default(null),
  description: text.nullable().default(null),
  unit: z.string().nullable().default(null),
  partners: z.array(name).default([]),
  assessment: z
    .object({ status: z.enum(TARGET_STATUSES), reason: text, by: name, at: z.string() })
    .nullable()
    .default(null),
  targets: z.array(DocTarget).default([]),
  funding: z.array(DocFunding).default([]),
  expenditures: z
    .array(z.object({ year, amount: z.number().int().min(0), note: text.nullable().default(null) }))
    .default([]),
  activities: z.array(DocActivity).default([]),
});

export const DocRound = z.object({
  title: name,
  asOf: isoDate,
  deadline: isoDate.nullable().default(null),
  organisation: name.nullable().default(null),
  unitName: name.nullable().default(null),
  recipient: name.nullable().default(null),
  appendixNumber: z.number().int().min(1).nullable().default(null),
  memoDate: isoDate.nullable().default(null),
  caseNumber: z.string().nullable().default(null),
  /** A closed round gets its snapshot when loaded; every update must then be approved. */
  state: z.enum(['open', 'closed']).default('open'),
  closedBy: name.default('demo'),
  updates: z
    .array(
      z.object({
        /** The initiative's number in the plan. */
        initiative: z.number().int().min(1),
        text,
        assessment: z
          .object({ status: z.enum(TARGET_STATUSES), reason: text })
          .nullable()
          .default(null),
        state: z.enum(['draft', 'submitted', 'approved', 'returned']).default('approved'),
        author: name,
        approvedBy: name.nullable().default(null),
      }),
    )
    .default([]),
});

export const PlanDocument = z.object({
  units: z.array(z.object({ code: z.string().min(1).max(20), name })).default([]),
  partners: z.array(z.object({ name, description: text.nullable().default(null) })).default([]),
  targetGroups: z.array(name).default([]),
  venues: z
    .array(z.object({ name, kind: z.enum(VENUE_KINDS), unit: z.string().nullable().default(null) }))
    .default([]),
  plan: z.object({
    slug,
    title: name,
    theme: name,
    periodFrom: isoDate,
    periodTo: isoDate,
    unit: z.string().nullable().default(null),
    organisation: name.nullable().default(null),
  }),
  initiatives: z.array(DocInitiative).default([]),
  rounds: z.array(DocRound).default([]),
});
/** A plan document as written (defaults may be left out). */
export type PlanDocumentInput = z.input<typeof PlanDocument>;
/** A plan document after validation. */
export type PlanDocument = z.output<typeof PlanDocument>;
