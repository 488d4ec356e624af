/** Measurements ("målinger"): values reported by hand for targets the activities cannot carry. */
import { z } from 'zod';
import { id, idFilter, isoDate, patchOf, recordMeta, text } from '../../schemas/common';
import { recordMetaOf } from '../reference/resources';
import { initiativeScope, type ResourceDef } from '../shared/resource';

export const MeasurementInput = z.object({
  targetId: id,
  value: z.number().finite().min(-1e12).max(1e12),
  asOf: isoDate,
  note: text.nullable().default(null),
});
export type MeasurementInput = z.infer<typeof MeasurementInput>;
export const Measurement = MeasurementInput.extend(recordMeta);
export type Measurement = z.infer<typeof Measurement>;

export const measurements: ResourceDef<'measurements', Measurement, MeasurementInput> = {
  path: 'measurements',
  table: 'measurements',
  entity: 'measurement',
  label: { da: 'Måling', en: 'Measurement' },
  permission: { read: 'plan:read', write: 'measurement:write' },
  schemas: {
    create: MeasurementInput,
    update: patchOf(MeasurementInput),
    out: Measurement,
    query: z.object({
      targetId: idFilter,
      from: isoDate.optional(),
      to: isoDate.optional(),
    }),
  },
  filters: [
    { param: 'targetId', column: 'targetId', op: '=' },
    { param: 'from', column: 'asOf', op: '>=' },
    { param: 'to', column: 'asOf', op: '<=' },
  ],
  order: ['targetId', 'asOf', 'id'],
  refs: [{ field: 'targetId', table: 'targets', labelDa: 'Mål', labelEn: 'Target' }],
  async scope(db, r) {
    const t = await db
      .selectFrom('targets')
      .select('initiativeId')
      .where('id', '=', r.targetId)
      .executeTakeFirst();
    return t ? initiativeScope(db, t.initiativeId) : { planId: null, initiativeId: null };
  },
  toRow: (i) => ({ ...i }),
  fromRow: (r) => ({ ...recordMetaOf(r), targetId: r.targetId, value: r.value, asOf: r.asOf, note: r.note }),
};
