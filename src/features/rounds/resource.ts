/** Reporting rounds ("statusrunder") of a plan, with the memo's header fields. */
import { z } from 'zod';
import { conflict } from '../../domain/problem';
import { id, idFilter, isoDate, patchOf, recordMeta, title } from '../../schemas/common';
import { recordMetaOf } from '../reference/resources';
import type { ResourceDef } from '../shared/resource';

export const ROUND_STATES = ['open', 'closed'] as const;

export const RoundInput = z.object({
  planId: id,
  title: title.describe('E.g. "Status efterår 2018".'),
  asOf: isoDate.describe('The date the figures are computed as of.'),
  deadline: isoDate.nullable().default(null).describe('When status updates are due.'),
  organisation: title.nullable().default(null),
  unitName: title.nullable().default(null).describe('Unit shown in the memo header.'),
  recipient: title.nullable().default(null).describe('Recipient committee.'),
  appendixNumber: z.number().int().min(1).max(999).nullable().default(null).describe('"Bilag" number.'),
  memoDate: isoDate.nullable().default(null),
  caseNumber: z.string().max(100).nullable().default(null),
});
export type RoundInput = z.infer<typeof RoundInput>;
export const Round = RoundInput.extend({
  ...recordMeta,
  state: z.enum(ROUND_STATES),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
});
export type Round = z.infer<typeof Round>;

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
  permission: { read: 'plan:read', write: 'round:write' },
  schemas: {
    create: RoundInput,
    update: patchOf(RoundInput),
    out: Round,
    query: z.object({ planId: idFilter, state: z.enum(ROUND_STATES).optional() }),
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
