/** The memo files: formats and the parameters of their routes. */
import { z } from 'zod';
import { idParam, isoDate } from './common';

/** The formats a memo is rendered in. */
export const MEMO_FORMATS = ['docx', 'pdf', 'html'] as const;
export type MemoFormat = (typeof MEMO_FORMATS)[number];

/** `/rounds/:id/memo.:format`. */
export const RoundMemoParams = z.object({ id: idParam, format: z.enum(MEMO_FORMATS) });
/** `/plans/:plan/memo.:format`: the plan by id or slug. */
export const PlanMemoParams = z.object({ plan: z.string().min(1).max(100), format: z.enum(MEMO_FORMATS) });
/** `?asOf=YYYY-MM-DD`. */
export const AsOfQuery = z.object({ asOf: isoDate });
