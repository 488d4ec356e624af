/** Plans ("handleplaner"): what a client sends and receives. */
import { z } from 'zod';
import { id, idFilter, isoDate, msg, recordMeta, title } from './common';

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
  area: title
    .nullable()
    .default(null)
    .describe(
      'The field the memo\'s "øvrige indsatser" belong to, as it reads after "på området for": "social kontrol og æresrelaterede konflikter".',
    ),
});
export type PlanInput = z.infer<typeof PlanInput>;
export const Plan = PlanInput.extend(recordMeta);
export type Plan = z.infer<typeof Plan>;

/** Filters of the list endpoint. */
export const PlanQuery = z.object({ unitId: idFilter, slug: z.string().optional() });
