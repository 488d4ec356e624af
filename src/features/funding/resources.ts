/** Funding ("midler afsat") and expenditure ("forbrug") of an initiative. */
import { patchOf } from '../../schemas/common';
import { initiativeScope, recordMetaOf, type ResourceDef } from '../shared/resource';
import {
  FundingInput,
  Funding,
  ExpenditureInput,
  Expenditure,
  FundingQuery,
  ExpenditureQuery,
} from '../../schemas/funding';
import { fundingRules } from '../../domain/rules/funding';
import { assertNoIssues } from '../../domain/rules/issue';

const perm = { read: 'plan:read', write: 'funding:write' } as const;
const initiativeRef = {
  field: 'initiativeId',
  table: 'initiatives',
  labelDa: 'Indsats',
  labelEn: 'Initiative',
} as const;

export const fundings: ResourceDef<'fundings', Funding, FundingInput> = {
  path: 'funding',
  table: 'fundings',
  entity: 'funding',
  label: { da: 'Bevilling', en: 'Funding' },
  names: { one: 'funding', many: 'funding', a: 'funding' },
  permission: perm,
  schemas: {
    create: FundingInput,
    update: patchOf(FundingInput),
    out: Funding,
    query: FundingQuery,
  },
  filters: [
    { param: 'initiativeId', column: 'initiativeId', op: '=' },
    { param: 'planId', column: 'initiativeId', op: '=', via: { table: 'initiatives', column: 'planId' } },
  ],
  order: ['initiativeId', 'position', 'id'],
  refs: [initiativeRef],
  scope: (db, r) => initiativeScope(db, r.initiativeId),
  withinInitiative: true,
  toRow: (i) => ({ ...i }),
  fromRow: (r) => ({
    ...recordMetaOf(r),
    initiativeId: r.initiativeId,
    position: r.position,
    kind: r.kind as Funding['kind'],
    amount: r.amount === null ? null : Number(r.amount),
    amountBasis: r.amountBasis as Funding['amountBasis'],
    staffYears: r.staffYears,
    yearFrom: r.yearFrom,
    yearTo: r.yearTo,
    source: r.source,
    fundedUntil: r.fundedUntil,
  }),
  check(_db, i) {
    assertNoIssues(fundingRules(i));
    return Promise.resolve();
  },
};

export const expenditures: ResourceDef<'expenditures', Expenditure, ExpenditureInput> = {
  path: 'expenditures',
  table: 'expenditures',
  entity: 'expenditure',
  label: { da: 'Forbrug', en: 'Expenditure' },
  names: { one: 'expenditure', many: 'expenditures', a: 'an expenditure' },
  permission: perm,
  schemas: {
    create: ExpenditureInput,
    update: patchOf(ExpenditureInput),
    out: Expenditure,
    query: ExpenditureQuery,
  },
  filters: [
    { param: 'initiativeId', column: 'initiativeId', op: '=' },
    { param: 'year', column: 'year', op: '=' },
  ],
  order: ['initiativeId', 'year', 'id'],
  refs: [initiativeRef],
  scope: (db, r) => initiativeScope(db, r.initiativeId),
  withinInitiative: true,
  toRow: (i) => ({ ...i }),
  fromRow: (r) => ({
    ...recordMetaOf(r),
    initiativeId: r.initiativeId,
    year: r.year,
    amount: Number(r.amount),
    note: r.note,
  }),
};
