/** The chart of an initiative's targets: actual and forecast over time, computed by the server's engine. */
import { z } from 'zod';
import { COMPARATORS, METRIC_KINDS } from '../domain/types';
import { isoDate } from './common';

/** One date of a target's chart. */
export const SeriesPoint = z.object({
  date: z.string().describe('YYYY-MM-DD.'),
  /** Done activities (or the latest measurement) as of the date; null after the as-of date or when uncomputable. */
  actual: z.number().nullable(),
  /**
   * From the as-of date on: the actual as of the as-of date plus what planned activities ending by this date (and by
   * the due date) are expected to add; null before the as-of date. At the due date it is the progress view's forecast.
   */
  forecast: z.number().nullable(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/** A target's line, its goal and its points in date order. */
export const TargetSeries = z.object({
  targetId: z.number().int(),
  metricKind: z.enum(METRIC_KINDS),
  comparator: z.enum(COMPARATORS),
  value: z.number(),
  unitLabel: z.string(),
  dueDate: z.string(),
  points: z.array(SeriesPoint),
});
export type TargetSeries = z.infer<typeof TargetSeries>;

/** The time series of every target of an initiative. */
export const InitiativeSeries = z.object({
  initiativeId: z.number().int(),
  asOf: z.string(),
  targets: z.array(TargetSeries),
});
export type InitiativeSeries = z.infer<typeof InitiativeSeries>;

/** `?asOf=`: the date that divides actual from forecast (default: today in Copenhagen). */
export const SeriesQuery = z.object({
  asOf: isoDate
    .optional()
    .describe('Split actual from forecast at this date (default: today in Copenhagen).'),
});
