/** Initiatives ("indsatser"/"anbefalinger") and assessments: what a client sends and receives. */
import { z } from 'zod';
import { INITIATIVE_KINDS, TARGET_STATUSES } from '../domain/types';
import { id, idFilter, recordMeta, text, title, version } from './common';

/** A person's assessment overriding the computed status; it keeps its reason and author. */
export const AssessmentInput = z.object({
  status: z.enum(TARGET_STATUSES),
  reason: z.string().trim().min(1).max(2000),
});
export const Assessment = AssessmentInput.extend({ by: z.string(), at: z.string() });
export const InitiativeInput = z.object({
  planId: id.nullable().default(null).describe('The plan; null for an "other" initiative outside any plan.'),
  number: z.number().int().min(1).max(9999).nullable().default(null).describe('Number inside the plan.'),
  kind: z.enum(INITIATIVE_KINDS).default('recommendation'),
  title,
  purpose: text.nullable().default(null).describe('"Formål".'),
  description: text.nullable().default(null).describe('Running text, e.g. for "Øvrige indsatser".'),
  unitId: id.nullable().default(null),
  partnerIds: z.array(id).max(100).default([]),
});
export type InitiativeInput = z.infer<typeof InitiativeInput>;
export const Initiative = InitiativeInput.extend({
  ...recordMeta,
  assessment: Assessment.nullable(),
});
export type Initiative = z.infer<typeof Initiative>;

/** Filters of the list endpoint. */
export const InitiativeQuery = z.object({
  planId: idFilter,
  unitId: idFilter,
  kind: z.enum(INITIATIVE_KINDS).optional(),
});

/** Set an assessment: the status, the reason and the initiative's version read. */
export const AssessmentBody = AssessmentInput.extend({ version });
