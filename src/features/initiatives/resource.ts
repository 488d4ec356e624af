/** Initiatives ("indsatser"/"anbefalinger") of a plan, and the municipality's other initiatives. */
import { patchOf } from '../../schemas/common';
import { assessmentFromRow } from '../../store/rows';
import { recordMetaOf, type ResourceDef } from '../shared/resource';
import { InitiativeInput, Initiative, InitiativeQuery } from '../../schemas/initiatives';
import { Problem } from '../../domain/problem';
import { assertNoIssues } from '../../domain/rules/issue';
import { initiativeRules } from '../../domain/rules/plan';
import { assertNoTokenIssues, initiativeTextRules } from '../../domain/rules/text';

export const initiatives: ResourceDef<'initiatives', Initiative, InitiativeInput, number[]> = {
  path: 'initiatives',
  table: 'initiatives',
  entity: 'initiative',
  label: { da: 'Indsats', en: 'Initiative' },
  names: { one: 'initiative', many: 'initiatives', a: 'an initiative' },
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
    async save(trx, initiativeId, input, fresh) {
      if (!fresh) {
        await trx.deleteFrom('initiativePartners').where('initiativeId', '=', initiativeId).execute();
      }
      const partnerIds = [...new Set(input.partnerIds)];
      if (partnerIds.length > 0) {
        await trx
          .insertInto('initiativePartners')
          .values(partnerIds.map((partnerId) => ({ initiativeId, partnerId })))
          .execute();
      }
    },
  },
  async check(db, i, existing) {
    assertNoIssues(initiativeRules(i));
    // Tokens in the texts refer to the initiative's targets: a new initiative has none yet, so only names count then.
    const targetCount = existing
      ? Number(
          (
            await db
              .selectFrom('targets')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('initiativeId', '=', existing.id)
              .executeTakeFirstOrThrow()
          ).n,
        )
      : null;
    assertNoTokenIssues(initiativeTextRules(i, targetCount));
    if (i.planId === null || i.number === null) return;
    // A plan numbers its initiatives once each: the memo and the plan document refer to them by number.
    let q = db
      .selectFrom('initiatives')
      .select(['id', 'title'])
      .where('planId', '=', i.planId)
      .where('number', '=', i.number);
    if (existing) q = q.where('id', '<>', existing.id);
    const taken = await q.executeTakeFirst();
    if (taken) {
      throw new Problem(
        409,
        'duplicate',
        `Handleplanen har allerede en indsats nr. ${i.number} ("${taken.title}", id ${taken.id}). Vælg et andet nummer.`,
        `The plan already has an initiative number ${i.number} ("${taken.title}", id ${taken.id}). Choose another number.`,
        'number',
        undefined,
        { existingId: taken.id },
      );
    }
  },
};
