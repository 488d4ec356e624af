/** Request and response schemas of the audit log. */
import { z } from 'zod';
import { idFilter, msg, pageQuery } from './common';
import { periodBound } from '../domain/audit-period';

/** A period bound: `YYYY-MM-DD` (a Copenhagen day) or an ISO date-time with a zone; inclusive. */
const bound = z
  .string()
  .max(40)
  .refine(
    (s) => periodBound(s) !== null,
    msg(
      'Ugyldigt tidspunkt: brug ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTtt:mm:ssZ.',
      'Invalid time: use YYYY-MM-DD or an ISO date-time with a zone.',
    ),
  );

/** Filters of the audit log; every one optional, all combined with "and". */
const filters = z.object({
  entityType: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .optional()
    .describe('E.g. "activity", "statusUpdate", "user".'),
  entityId: idFilter,
  actor: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .optional()
    .describe('An e-mail, or "token:<name>" for an API token.'),
  action: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .optional()
    .describe('E.g. "create", "update", "approve", "login".'),
  importId: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('The entries one workbook import wrote (its importId).'),
  from: bound.optional().describe('Entries at or after this date or time.'),
  to: bound.optional().describe('Entries at or before this date (the whole day) or time.'),
});

/** A period must not end before it starts. */
const inOrder = (q: { from?: string; to?: string }): boolean =>
  !q.from || !q.to || (periodBound(q.from)?.first ?? 0) <= (periodBound(q.to)?.last ?? Infinity);
const outOfOrder = () => ({
  path: ['to'],
  ...msg('Slutningen af perioden ligger før starten.', 'The end of the period is before its start.'),
});

/** The filters of the CSV export. */
export const AuditQuery = filters.refine(inOrder, outOfOrder());
export type AuditQuery = z.infer<typeof AuditQuery>;
/** The filters and the page of the list. */
export const AuditPageQuery = pageQuery.extend(filters.shape).refine(inOrder, outOfOrder());

/** One entry: who did what to which record, with the changed fields before and after. */
export const AuditEntry = z.object({
  id: z.number().int(),
  /** ISO 8601 instant (UTC). */
  at: z.string(),
  /** The person's e-mail, "token:<name>" for an API token, or the local operator's name. */
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.number().int().nullable(),
  /** The changed fields before the change; null on creation. */
  before: z.record(z.string(), z.unknown()).nullable(),
  /** The changed fields after the change; null on deletion. */
  after: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
  /** The workbook import that made the change, if one did. */
  importId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
