/** Measurements ("målinger"): what a client sends and receives. */
import { z } from 'zod';
import { id, idFilter, isoDate, recordMeta, text } from './common';

export const MeasurementInput = z.object({
  targetId: id,
  value: z.number().finite().min(-1e12).max(1e12),
  asOf: isoDate,
  note: text.nullable().default(null),
});
export type MeasurementInput = z.infer<typeof MeasurementInput>;
export const Measurement = MeasurementInput.extend(recordMeta);
export type Measurement = z.infer<typeof Measurement>;

/** Filters of the list endpoint. */
export const MeasurementQuery = z.object({
  targetId: idFilter,
  from: isoDate.optional(),
  to: isoDate.optional(),
});
