/** Settings an administrator changes: what a client sends and receives. */
import { z } from 'zod';
import { version } from './common';

/** Which customary days off working days leave out (weekends and public holidays always are). */
export const DaysOffInput = z.object({
  grundlovsdag: z.boolean().describe('Grundlovsdag, 5 June.'),
  juleaftensdag: z.boolean().describe('Juleaftensdag, 24 December.'),
  nytaarsaftensdag: z.boolean().describe('Nytårsaftensdag, 31 December.'),
});
/** A change: the three days and the version as read. */
export const DaysOffUpdate = DaysOffInput.extend({
  version: version.describe('The version of the setting as read.'),
});
/** The setting as stored. */
export const DaysOff = DaysOffInput.extend({
  version: z.number().int(),
  updatedAt: z.string(),
  /** Who changed it last; null while it has its default. */
  updatedBy: z.string().nullable(),
});
export type DaysOff = z.infer<typeof DaysOff>;
