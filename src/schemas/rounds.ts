/** Reporting rounds ("statusrunder") and their memo header fields: what a client sends and receives. */
import { z } from 'zod';
import { LEAD_IN_KINDS, MAX_LEAD_IN_BULLET_LENGTH, MAX_LEAD_IN_BULLETS } from '../domain/lead-in';
import { METRIC_KINDS, TARGET_STATUSES } from '../domain/types';
import { id, idFilter, idParam, isoDate, MAX_TEXT, recordMeta, title, version } from './common';

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

export const UPDATE_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

/**
 * The status text author's lead-in over the planned activities: `kind` null follows the rule (from the status the
 * memo shows), `withPeriod` false leaves "i <periode>" out, `bullets` are free text listed first.
 */
export const LeadInChoice = z.object({
  kind: z
    .enum(LEAD_IN_KINDS)
    .nullable()
    .default(null)
    .describe(
      '"met": "Samlet mål er opfyldt:", "on_track": "… forventes opfyldt gennem følgende aktiviteter …", "planned": "Følgende aktiviteter er planlagt …"; null: by rule.',
    ),
  withPeriod: z.boolean().default(true).describe('False leaves the period ("i efteråret 2018") out.'),
  bullets: z
    .array(z.string().trim().min(1).max(MAX_LEAD_IN_BULLET_LENGTH))
    .max(MAX_LEAD_IN_BULLETS)
    .default([])
    .describe('Free-text bullets, each one line, listed before the planned activities.'),
});
export type LeadInChoice = z.infer<typeof LeadInChoice>;

export const StatusUpdateInput = z.object({
  text: z
    .string()
    .max(MAX_TEXT)
    .describe('The status text; blank lines separate paragraphs, "- " starts a bullet.'),
  assessment: z
    .object({ status: z.enum(TARGET_STATUSES), reason: z.string().trim().min(1).max(2000) })
    .nullable()
    .default(null)
    .describe('Override of the computed status, with the reason; shown as an assessment.'),
  leadIn: LeadInChoice.default({ kind: null, withPeriod: true, bullets: [] }).describe(
    'The lead-in and free bullets under the text; left out: by rule, with the period, no free bullets.',
  ),
  version: z.number().int().positive().optional().describe('Required when the update exists.'),
});

export const StatusUpdate = z.object({
  id: z.number().int().nullable(),
  roundId: z.number().int(),
  initiativeId: z.number().int(),
  initiativeNumber: z.number().int().nullable(),
  initiativeTitle: z.string(),
  text: z.string(),
  assessment: z.object({ status: z.enum(TARGET_STATUSES), reason: z.string() }).nullable(),
  leadIn: z.object({
    kind: z.enum(LEAD_IN_KINDS).nullable(),
    withPeriod: z.boolean(),
    bullets: z.array(z.string()),
  }),
  /** `missing` when nothing was written yet. */
  state: z.enum([...UPDATE_STATES, 'missing']),
  comment: z.string().nullable(),
  author: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
});
export type StatusUpdate = z.infer<typeof StatusUpdate>;

/** Submit, approve or return a status text: the version read, and the comment sent back with a return. */
export const TransitionBody = z.object({ version, comment: z.string().max(2000).optional() });
/** Close a round: the version read, and the initiatives whose texts are knowingly missing. */
export const CloseRoundBody = z.object({ version, missing: z.array(idParam).max(1000).optional() });
/** Reopen a closed round: the version read and the reason, kept in the audit log. */
export const ReopenRoundBody = z.object({ version, reason: z.string().max(2000) });
/** A proposed status text, built from the data; nothing is stored. */
export const DraftText = z.object({ text: z.string() });

/** One token an initiative's texts may carry, with its value as of the round's date. */
export const TextToken = z.object({
  token: z.string().describe('As written in a text, e.g. "{{faktisk}}" or "{{mål2.prognose}}".'),
  target: z
    .number()
    .int()
    .nullable()
    .describe('The 1-based target it refers to; null for the initiative’s own.'),
  da: z.string().describe('What it stands for, in Danish.'),
  en: z.string().describe('What it stands for, in English.'),
  value: z.string().nullable().describe('Its value as the memo prints it; null when there is none yet.'),
});

/** An initiative's tokens and the figures typed numbers are checked against, as of the round's date. */
export const TextTokens = z.object({
  asOf: isoDate,
  frozen: z.boolean().describe('True for a closed round: the values frozen in its snapshot.'),
  tokens: z.array(TextToken),
  targets: z.array(
    z.object({
      number: z.number().int(),
      metricKind: z.enum(METRIC_KINDS),
      value: z.number(),
      unitLabel: z.string(),
      result: z.object({
        actual: z.number().nullable(),
        expected: z.number(),
        forecast: z.number().nullable(),
        share: z.object({ count: z.number(), population: z.number(), expected: z.number() }).optional(),
      }),
    }),
  ),
});
export type TextTokens = z.infer<typeof TextTokens>;

/** Filters of the list endpoint. */
export const RoundQuery = z.object({ planId: idFilter, state: z.enum(ROUND_STATES).optional() });

/** One version of a status text in its history: what stood after a write or a workflow step, by whom, when. */
export const StatusUpdateVersion = z.object({
  version: z.number().int().describe('The status update’s version after this step.'),
  action: z.enum(['create', 'update', 'submit', 'approve', 'return']),
  state: z.enum(UPDATE_STATES),
  text: z.string(),
  assessment: z.object({ status: z.enum(TARGET_STATUSES), reason: z.string() }).nullable(),
  comment: z.string().nullable().describe('The comment of a return.'),
  actor: z.string(),
  at: z.string().describe('When, as an ISO timestamp.'),
  changes: z
    .array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() }))
    .describe('The text line by line against the previous version (empty when the text did not change).'),
});
export type StatusUpdateVersion = z.infer<typeof StatusUpdateVersion>;
