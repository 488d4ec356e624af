/** Targets ("samlede mål"): what a client sends and receives. */
import { z } from 'zod';
import { ACTIVITY_KINDS, COMPARATORS, METRIC_KINDS, VENUE_KINDS } from '../domain/types';
import { id, idFilter, isoDate, recordMeta, text } from './common';

export const TargetInput = z.object({
  initiativeId: id,
  position: z.number().int().min(0).max(1000).default(0),
  metricKind: z.enum(METRIC_KINDS).describe('How the actual value is computed.'),
  comparator: z.enum(COMPARATORS).default('>='),
  value: z.number().finite().min(0).max(1e12),
  unitLabel: z
    .string()
    .trim()
    .max(100)
    .default('')
    .describe('Shown after the figure: "børn og unge", "friskoler".'),
  dueDate: isoDate,
  baseline: z.number().finite().nullable().default(null).describe('Start value for "<=" targets.'),
  baselineDate: isoDate
    .nullable()
    .default(null)
    .describe('When the baseline was measured; shown with it ("udgangspunkt: 120 pr. 1. januar 2017").'),
  sentence: text.default('').describe('Memo sentence; "{value}" is replaced by the formatted target value.'),
  targetGroupIds: z.array(id).max(50).default([]).describe('Reach of these groups counts; empty = all.'),
  activityKinds: z
    .array(z.enum(ACTIVITY_KINDS))
    .max(50)
    .default([])
    .describe('Only these kinds count; empty = all.'),
  venueKinds: z
    .array(z.enum(VENUE_KINDS))
    .max(50)
    .default([])
    .describe('Venue kinds for "venues"; empty = all.'),
  population: z
    .number()
    .int()
    .positive()
    .max(1e9)
    .nullable()
    .default(null)
    .describe('Population for "share".'),
});
export type TargetInput = z.infer<typeof TargetInput>;
export const Target = TargetInput.extend(recordMeta);
export type Target = z.infer<typeof Target>;

/** Filters of the list endpoint. */
export const TargetQuery = z.object({ initiativeId: idFilter });

/** A target not yet saved (or being edited: `targetId` adds its measurements), evaluated as of a date. */
export const TargetEvaluationInput = TargetInput.extend({
  targetId: id
    .optional()
    .describe('The stored target being edited, whose measurements count; omit for a new one.'),
  asOf: isoDate.optional().describe('Evaluate as of this date; today (Copenhagen) by default.'),
});
export type TargetEvaluationInput = z.infer<typeof TargetEvaluationInput>;
