/** Plans ("handleplaner"): title, theme, period, owning unit. */
import { z } from 'zod';
import { id, idFilter, isoDate, msg, patchOf, recordMeta, title } from '../../schemas/common';
import { ruleViolation } from '../../domain/problem';
import { recordMetaOf } from '../reference/resources';
import type { ResourceDef } from '../shared/resource';

/** A URL-safe identifier, e.g. "integrationshandleplan-2017-18". */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    msg('Kun små bogstaver a-z, tal og bindestreger.', 'Lowercase a-z, digits and hyphens only.'),
  )
  .max(100);

export const PlanInput = z.object({
  slug,
  title: title.describe('E.g. "Integrationshandleplan 2017-18".'),
  theme: title.describe(
    'What the plan is about, as it reads after "indsatser til": "forebyggelse af social kontrol".',
  ),
  periodFrom: isoDate,
  periodTo: isoDate,
  unitId: id.nullable().default(null).describe('Owning unit.'),
  organisation: title.nullable().default(null).describe('E.g. "Københavns Kommune".'),
});
export type PlanInput = z.infer<typeof PlanInput>;
export const Plan = PlanInput.extend(recordMeta);
export type Plan = z.infer<typeof Plan>;

export const plans: ResourceDef<'plans', Plan, PlanInput> = {
  path: 'plans',
  table: 'plans',
  entity: 'plan',
  label: { da: 'Handleplan', en: 'Plan' },
  permission: { read: 'plan:read', write: 'plan:write' },
  schemas: {
    create: PlanInput,
    update: patchOf(PlanInput),
    out: Plan,
    query: z.object({ unitId: idFilter, slug: z.string().optional() }),
  },
  filters: [
    { param: 'unitId', column: 'unitId', op: '=' },
    { param: 'slug', column: 'slug', op: '=' },
  ],
  order: ['periodFrom', 'id'],
  refs: [{ field: 'unitId', table: 'units', labelDa: 'Forvaltning', labelEn: 'Unit' }],
  scope: (_db, r) => Promise.resolve({ planId: 'id' in r ? r.id : null }),
  toRow: (i) => ({ ...i }),
  fromRow: (r) => ({
    ...recordMetaOf(r),
    slug: r.slug,
    title: r.title,
    theme: r.theme,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    unitId: r.unitId,
    organisation: r.organisation,
  }),
  check: (_db, i) => {
    if (i.periodTo < i.periodFrom) {
      throw ruleViolation(
        'periodTo',
        'Periodens slutdato ligger før startdatoen.',
        'The period ends before it starts.',
      );
    }
    return Promise.resolve();
  },
};
