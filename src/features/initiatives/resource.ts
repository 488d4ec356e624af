/** Initiatives ("indsatser"/"anbefalinger") of a plan, and the municipality's other initiatives. */
import { patchOf } from '../../schemas/common';
import { assessmentFromRow } from '../../store/rows';
import { recordMetaOf, type ResourceDef } from '../shared/resource';
import { InitiativeInput, Initiative, InitiativeQuery } from '../../schemas/initiatives';
import { assertNoIssues } from '../../domain/rules/issue';
import { initiativeRules } from '../../domain/rules/plan';

export const initiatives: ResourceDef<'initiatives', Initiative, InitiativeInput, number[]> = {
  path: 'initiatives',
  table: 'initiatives',
  entity: 'initiative',
  label: { da: 'Indsats', en: 'Initiative' },
  permission: { read: 'plan:read', write: 'initiative:write' },
  schemas: {
    create: InitiativeInput,
    update: patchOf(InitiativeInput),
    out: Initiative,
    query: InitiativeQuery,
  },
  filters: [
    { param: 'planId', column: 'planId', op: '=' },
    { param: 'unitId', column: 'unitId', op: '=' },
    { param: 'kind', column: 'kind', op: '=' },
  ],
  order: ['planId', 'kind', 'number', 'id'],
  refs: [
    { field: 'planId', table: 'plans', labelDa: 'Handleplan', labelEn: 'Plan' },
    { field: 'unitId', table: 'units', labelDa: 'Forvaltning', labelEn: 'Unit' },
    { field: 'partnerIds', table: 'partners', labelDa: 'Samarbejdspartner', labelEn: 'Partner' },
  ],
  scope: (_db, r) => Promise.resolve({ planId: r.planId, initiativeId: 'id' in r ? r.id : null }),
  toRow: (i) => ({
    planId: i.planId,
    number: i.number,
    kind: i.kind,
    title: i.title,
    purpose: i.purpose,
    description: i.description,
    unitId: i.unitId,
  }),
  fromRow: (r, partnerIds) => ({
    ...recordMetaOf(r),
    planId: r.planId,
    number: r.number,
    kind: r.kind as Initiative['kind'],
    title: r.title,
    purpose: r.purpose,
    description: r.description,
    unitId: r.unitId,
    partnerIds: partnerIds ?? [],
    assessment: assessmentFromRow(r),
  }),
  children: {
    async load(db, ids) {
      const map = new Map<number, number[]>();
      if (ids.length === 0) return map;
      const rows = await db
        .selectFrom('initiativePartners')
        .selectAll()
        .where('initiativeId', 'in', ids)
        .orderBy('partnerId')
        .execute();
      for (const r of rows) map.set(r.initiativeId, [...(map.get(r.initiativeId) ?? []), r.partnerId]);
      return map;
    },
    async save(trx, initiativeId, input) {
      await trx.deleteFrom('initiativePartners').where('initiativeId', '=', initiativeId).execute();
      const partnerIds = [...new Set(input.partnerIds)];
      if (partnerIds.length > 0) {
        await trx
          .insertInto('initiativePartners')
          .values(partnerIds.map((partnerId) => ({ initiativeId, partnerId })))
          .execute();
      }
    },
  },
  check: (_db, i) => {
    assertNoIssues(initiativeRules(i));
    return Promise.resolve();
  },
};
