/** Measurements ("målinger"): values reported by hand for targets the activities cannot carry. */
import { patchOf } from '../../schemas/common';
import { initiativeScope, recordMetaOf, type ResourceDef } from '../shared/resource';
import { MeasurementInput, Measurement, MeasurementQuery } from '../../schemas/measurements';

export const measurements: ResourceDef<'measurements', Measurement, MeasurementInput> = {
  path: 'measurements',
  table: 'measurements',
  entity: 'measurement',
  label: { da: 'Måling', en: 'Measurement' },
  names: { one: 'measurement', many: 'measurements', a: 'a measurement' },
  permission: { read: 'plan:read', write: 'measurement:write' },
  schemas: {
    create: MeasurementInput,
    update: patchOf(MeasurementInput),
    out: Measurement,
    query: MeasurementQuery,
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
  withinInitiative: true,
  toRow: (i) => ({ ...i }),
  fromRow: (r) => ({ ...recordMetaOf(r), targetId: r.targetId, value: r.value, asOf: r.asOf, note: r.note }),
};
