/** Plans ("handleplaner"): title, theme, period, owning unit. */
import { patchOf } from '../../schemas/common';
import { recordMetaOf, type ResourceDef } from '../shared/resource';
import { PlanInput, Plan, PlanQuery } from '../../schemas/plans';
import { assertNoIssues } from '../../domain/rules/issue';
import { planRules } from '../../domain/rules/plan';
import { makeCreatorCoordinator } from './creator';

export const plans: ResourceDef<'plans', Plan, PlanInput> = {
  path: 'plans',
  table: 'plans',
  entity: 'plan',
  label: { da: 'Handleplan', en: 'Plan' },
  names: { one: 'plan', many: 'plans', a: 'a plan' },
  // A coordinator of any plan may create another and becomes its coordinator (./creator.ts).
  permission: { read: 'plan:read', write: 'plan:write', create: 'plan:create' },
  schemas: {
    create: PlanInput,
    update: patchOf(PlanInput),
    out: Plan,
    query: PlanQuery,
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
    area: r.area,
  }),
  afterCreate: (trx, ctx, plan) => makeCreatorCoordinator(trx, ctx, plan.id),
  check: (_db, i) => {
    assertNoIssues(planRules(i));
    return Promise.resolve();
  },
};
