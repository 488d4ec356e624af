/** The progress view: every initiative and target with the engine's result, as of a date. */
import { z } from 'zod';
import { COMPARATORS, METRIC_KINDS, TARGET_STATUSES, type TargetStatus } from '../domain/types';
import { isoDate } from './common';
import { Assessment } from './initiatives';

const status = z.enum(TARGET_STATUSES);

const count = z.number().int().min(0);
/**
 * How many initiatives have each status. Spelled out rather than `z.record(status, …)`: OpenAPI 3.0 cannot say
 * which keys a record has, so the document would require keys it never defines.
 */
const StatusCounts = z.object({
  not_met: count,
  at_risk: count,
  no_data: count,
  on_track: count,
  met: count,
} satisfies Record<TargetStatus, typeof count>);

export const TargetProgress = z.object({
  id: z.number().int(),
  metricKind: z.enum(METRIC_KINDS),
  comparator: z.enum(COMPARATORS),
  value: z.number(),
  unitLabel: z.string(),
  dueDate: z.string(),
  /** The memo sentence with the value filled in. */
  sentence: z.string(),
  actual: z.number().nullable(),
  /** For a share: the people counted (never more than the population), as in "30 af 36"; else null. */
  shareCount: z.number().int().min(0).nullable(),
  /** For a share: the registered population the percentage is of; else null. */
  population: z.number().int().min(0).nullable(),
  expected: z.number(),
  forecast: z.number().nullable(),
  progress: z.number().nullable(),
  status,
  statusLabel: z.string(),
  reason: z.string(),
});

export const InitiativeProgress = z.object({
  id: z.number().int(),
  planId: z.number().int().nullable(),
  number: z.number().int().nullable(),
  kind: z.enum(['recommendation', 'other']),
  title: z.string(),
  unitId: z.number().int().nullable(),
  computedStatus: status,
  status,
  statusLabel: z.string(),
  /** True when the shown status is a person's assessment, not the computation. */
  isAssessment: z.boolean(),
  assessment: Assessment.nullable(),
  targets: z.array(TargetProgress),
});
export type InitiativeProgress = z.infer<typeof InitiativeProgress>;

export const Progress = z.object({
  asOf: z.string(),
  plan: z.object({ id: z.number().int(), slug: z.string(), title: z.string() }).nullable(),
  summary: StatusCounts,
  initiatives: z.array(InitiativeProgress),
});
export type Progress = z.infer<typeof Progress>;

export const ProgressQuery = z.object({
  asOf: isoDate.optional().describe('Compute as of this date (default: today in Copenhagen).'),
});
