/** Reporting rounds ("statusrunder") of a plan, with the memo's header fields. */
import { conflict } from '../../domain/problem';
import { patchOf } from '../../schemas/common';
import { recordMetaOf, type ResourceDef } from '../shared/resource';
import { RoundInput, Round, RoundQuery } from '../../schemas/rounds';

/** 409 for a change to a closed round. */
export function roundClosed(): Error {
  return conflict(
    'Statusrunden er lukket og kan ikke ændres. Genåbn den først (kræver en begrundelse).',
    'The round is closed; reopen it first.',
  );
}

export const rounds: ResourceDef<'reportingRounds', Round, RoundInput> = {
  path: 'rounds',
  table: 'reportingRounds',
  entity: 'round',
  label: { da: 'Statusrunde', en: 'Reporting round' },
  names: { one: 'round', many: 'rounds', a: 'a reporting round' },
  permission: { read: 'plan:read', write: 'round:write' },
  schemas: {
    create: RoundInput,
    update: patchOf(RoundInput),
    out: Round,
    query: RoundQuery,
  },
  filters: [
    { param: 'planId', column: 'planId', op: '=' },
    { param: 'state', column: 'state', op: '=' },
  ],
  order: ['planId', 'asOf', 'id'],
  refs: [{ field: 'planId', table: 'plans', labelDa: 'Handleplan', labelEn: 'Plan' }],
  scope: (_db, r) => Promise.resolve({ planId: r.planId }),
  toRow: (i) => ({ ...i }),
  fromRow: (r) => ({
    ...recordMetaOf(r),
    planId: r.planId,
    title: r.title,
    asOf: r.asOf,
    deadline: r.deadline,
    organisation: r.organisation,
    unitName: r.unitName,
    recipient: r.recipient,
    appendixNumber: r.appendixNumber,
    memoDate: r.memoDate,
    caseNumber: r.caseNumber,
    state: r.state as Round['state'],
    closedAt: r.closedAt,
    closedBy: r.closedBy,
  }),
  checkDelete(_db, existing) {
    if (existing.state === 'closed') throw roundClosed();
    return Promise.resolve();
  },
  check(_db, input, existing) {
    if (existing?.state === 'closed') throw roundClosed();
    if (existing && existing.planId !== input.planId) {
      throw conflict(
        'En statusrunde kan ikke flyttes til en anden handleplan.',
        'A round cannot move to another plan.',
        'planId',
      );
    }
    return Promise.resolve();
  },
};
