/** Funding ("midler afsat") and expenditure ("forbrug"): what a client sends and receives. */
import { z } from 'zod';
import { AMOUNT_BASES, FUNDING_KINDS } from '../domain/types';
import { id, idFilter, recordMeta, text, title, year, yearFilter } from './common';

/** Whole kroner. */
const kroner = z.number().int().min(0).max(1e12);

export const FundingInput = z.object({
  initiativeId: id,
  position: z.number().int().min(0).max(1000).default(0),
  kind: z.enum(FUNDING_KINDS).default('money'),
  amount: kroner.nullable().default(null).describe('Kroner, for kind "money".'),
  amountBasis: z.enum(AMOUNT_BASES).default('per_year'),
  staffYears: z.number().positive().max(10000).nullable().default(null).describe('For kind "staff_years".'),
  yearFrom: year.nullable().default(null),
  yearTo: year.nullable().default(null),
  source: title
    .nullable()
    .default(null)
    .describe('"Integrationshandleplan 2017-18", "Budget 2016", "Satspulje".'),
  fundedUntil: year.nullable().default(null).describe('"finansieret til og med <year>".'),
});
export type FundingInput = z.infer<typeof FundingInput>;
export const Funding = FundingInput.extend(recordMeta);
export type Funding = z.infer<typeof Funding>;
export const ExpenditureInput = z.object({
  initiativeId: id,
  year,
  amount: kroner.describe('Kroner spent in the year.'),
  note: text.nullable().default(null),
});
export type ExpenditureInput = z.infer<typeof ExpenditureInput>;
export const Expenditure = ExpenditureInput.extend(recordMeta);
export type Expenditure = z.infer<typeof Expenditure>;

/** Filters of the list endpoint. */
export const FundingQuery = z.object({ initiativeId: idFilter, planId: idFilter });

/** Filters of the list endpoint. */
export const ExpenditureQuery = z.object({
  initiativeId: idFilter,
  year: yearFilter,
});
