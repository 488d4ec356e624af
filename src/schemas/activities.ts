/** Activities ("aktiviteter") with their venues and reach: what a client sends and receives. */
import { z } from 'zod';
import { ACTIVITY_KINDS, ACTIVITY_STATES } from '../domain/types';
import { id, idFilter, isoDate, msg, recordMeta, text, title } from './common';

/** Reach of one target group: actual for a done activity, expected for a planned one. */
export const ReachInput = z.object({
  targetGroupId: id,
  count: z
    .number()
    .int(msg('Antal skal være et helt tal.', 'The count must be a whole number.'))
    .min(0, msg('Antal kan ikke være negativt.', 'The count cannot be negative.'))
    .max(10_000_000),
});

export const ActivityInput = z.object({
  initiativeId: id,
  state: z.enum(ACTIVITY_STATES).describe('planned, done or cancelled.'),
  kind: z.enum(ACTIVITY_KINDS),
  title: title.describe('The text of the memo bullet.'),
  description: text.nullable().default(null),
  dateFrom: isoDate.describe('First day (the date for a one-day activity).'),
  dateTo: isoDate.describe('Last day; equal to dateFrom for a one-day activity.'),
  occurrences: z
    .number()
    .int()
    .min(1)
    .max(10000)
    .default(1)
    .describe('Sessions or meetings the row stands for.'),
  partnerId: id.nullable().default(null),
  imported: z.boolean().default(false).describe('An opening balance imported from a status memo.'),
  unnamedVenues: z
    .number()
    .int()
    .min(0)
    .max(10000)
    .default(0)
    .describe('Venues reached that are counted but not named (opening balances).'),
  venueIds: z.array(id).max(1000).default([]),
  reach: z.array(ReachInput).max(50).default([]),
});
export type ActivityInput = z.infer<typeof ActivityInput>;
export const Activity = ActivityInput.extend({
  ...recordMeta,
  /** Who registered it ("user:5", "token:2"); contributors may change only their own. */
  createdBy: z.string().nullable(),
});
export type Activity = z.infer<typeof Activity>;

/** Filters of the list endpoint. */
export const ActivityQuery = z.object({
  initiativeId: idFilter,
  planId: idFilter,
  unitId: idFilter,
  state: z.enum(ACTIVITY_STATES).optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  from: isoDate.optional().describe('Activities ending on or after this date.'),
  to: isoDate.optional().describe('Activities starting on or before this date.'),
});
