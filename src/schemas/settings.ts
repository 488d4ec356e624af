/** Settings an administrator changes: what a client sends and receives. */
import { z } from 'zod';

/** Which customary days off working days leave out (weekends and public holidays always are). */
export const DaysOffInput = z.object({
  grundlovsdag: z.boolean().describe('Grundlovsdag, 5 June.'),
  juleaftensdag: z.boolean().describe('Juleaftensdag, 24 December.'),
  nytaarsaftensdag: z.boolean().describe('Nytårsaftensdag, 31 December.'),
});
/** A change: the three days and the version as read. */
export const DaysOffUpdate = DaysOffInput.extend({
  version: z
    .number()
    .int()
    .min(0)
    .describe('The version of the setting as read (0 while it has its default).'),
});
/** The setting as stored. */
export const DaysOff = DaysOffInput.extend({
  /** 0 while the setting has its default (nobody has changed it). */
  version: z.number().int(),
  /** When and by whom it was changed last; null while it has its default. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type DaysOff = z.infer<typeof DaysOff>;
