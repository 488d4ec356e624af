/** The memo files: formats and the parameters of their routes. */
import { z } from 'zod';
import { MEMO_VARIANTS } from '../domain/memo-variants';
import { idParam, isoDate } from './common';

/** The formats a memo is rendered in. */
export const MEMO_FORMATS = ['docx', 'pdf', 'html'] as const;
export type MemoFormat = (typeof MEMO_FORMATS)[number];

/** `/rounds/:id/memo.:format`. */
export const RoundMemoParams = z.object({ id: idParam, format: z.enum(MEMO_FORMATS) });
/** `/plans/:plan/memo.:format`: the plan by id or slug. */
export const PlanMemoParams = z.object({ plan: z.string().min(1).max(100), format: z.enum(MEMO_FORMATS) });
/** `?variant=committee|working`: the committee version (udvalgsversion, the default) or the working version. */
const variant = z
  .enum(MEMO_VARIANTS)
  .default('committee')
  .describe(
    'committee: the memo as the committee gets it (default); working: the same memo with the computed figures, assessments, missing texts, overdue activities and changes since the previous round, marked.',
  );
/** `?variant=`. */
export const VariantQuery = z.object({ variant });
/** `?asOf=YYYY-MM-DD&variant=`. */
export const AsOfQuery = z.object({ asOf: isoDate, variant });

/** The media type of each memo format. */
export const MEMO_CONTENT_TYPES: Record<MemoFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** The rendered bytes; in the document, a binary string. */
const file = z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ type: 'string', format: 'binary' });
/** The answer of a memo route, for the OpenAPI document: the file in the format of the path. */
export const MemoFile = {
  description: 'The memo, in the format the path names (attached, or inline for html).',
  content: {
    [MEMO_CONTENT_TYPES.docx]: { schema: file },
    [MEMO_CONTENT_TYPES.pdf]: { schema: file },
    'text/html': { schema: file },
  },
};
