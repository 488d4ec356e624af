/** Importing a status memo: the proposal (a plan document plus review marks) and how it is confirmed. */
import { z } from 'zod';
import { isoDate } from './common';
import { PlanDocument } from './plan-document';

/** Largest memo file accepted (DOCX, PDF or text). */
export const MAX_MEMO_BYTES = 20 * 1024 * 1024;

/** What the parser was unsure of. */
export const ReviewMark = z.object({
  path: z.string().max(300).describe('Where in the document, e.g. "initiatives.4.targets.0.population".'),
  message: z.string().max(2000).describe('Why, in Danish.'),
  blocking: z
    .boolean()
    .default(false)
    .describe('Must be resolved in the document, and the mark removed, before the proposal can be saved.'),
});
export type ReviewMark = z.infer<typeof ReviewMark>;

/** A proposed plan: exactly the plan document the loader reads, plus review marks. */
export const MemoProposal = z.object({
  document: PlanDocument,
  review: z.array(ReviewMark).max(10_000),
});
export type MemoProposal = z.infer<typeof MemoProposal>;
export type MemoProposalInput = z.input<typeof MemoProposal>;

/** Options of reading a memo. */
export const MemoImportQuery = z.object({
  asOf: isoDate.optional().describe("The memo's as-of date, when the memo does not state it."),
  slug: z.string().max(100).optional().describe("The new plan's slug (default: from the plan's title)."),
});

/** A memo sent as text in JSON. */
export const MemoTextBody = z.object({
  text: z.string().min(1).max(MAX_MEMO_BYTES),
  asOf: isoDate.optional(),
  slug: z.string().max(100).optional(),
});

/** What applying a proposal created. */
export const MemoApplyResult = z.object({
  planId: z.number().int(),
  slug: z.string(),
  initiatives: z.number().int(),
  targets: z.number().int(),
  activities: z.number().int(),
});
