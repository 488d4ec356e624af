/**
 * The plan document: a whole plan as one readable structure that names things instead of numbering them
 * (units by code, partners, target groups and venues by name). The demo plan is written in it, and it is the
 * format plans are imported from.
 */
import { z } from 'zod';
import { INITIATIVE_KINDS, TARGET_STATUSES, VENUE_KINDS } from '../domain/types';
import { isoDate, text, title } from './common';
import { ActivityInput, ReachInput } from './activities';
import { ExpenditureInput, FundingInput } from './funding';
import { slug } from './plans';
import { LeadInChoice } from './rounds';
import { TargetInput } from './targets';

const name = title;

/** A target: the API's fields and limits, with target groups by name and its measurements inline. */
export const DocTarget = TargetInput.omit({
  initiativeId: true,
  position: true,
  targetGroupIds: true,
}).extend({
  targetGroups: z.array(name).max(50).default([]),
  measurements: z
    .array(z.object({ value: z.number(), asOf: isoDate, note: text.nullable().default(null) }))
    .default([]),
});

/** A funding row: the API's fields and limits. */
export const DocFunding = FundingInput.omit({ initiativeId: true, position: true });

/** An activity: the API's fields and limits, with partner, venues and target groups by name. */
export const DocActivity = ActivityInput.pick({
  state: true,
  kind: true,
  title: true,
  description: true,
  dateFrom: true,
  occurrences: true,
  imported: true,
  unnamedVenues: true,
}).extend({
  /** Defaults to dateFrom (a one-day activity). */
  dateTo: isoDate.optional(),
  partner: name.nullable().default(null),
  venues: z.array(name).max(1000).default([]),
  /** Reach per target group name: actual for done, expected for planned. */
  reach: z.record(z.string(), ReachInput.shape.count).default({}),
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
  expenditures: z.array(ExpenditureInput.omit({ initiativeId: true })).default([]),
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
        leadIn: LeadInChoice.default({ kind: null, withPeriod: true, bullets: [] }),
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
    area: name.nullable().default(null),
  }),
  initiatives: z.array(DocInitiative).default([]),
  rounds: z.array(DocRound).default([]),
});
/** A plan document as written (defaults may be left out). */
export type PlanDocumentInput = z.input<typeof PlanDocument>;
/** A plan document after validation. */
export type PlanDocument = z.output<typeof PlanDocument>;
