/** The body of every refusal: application/problem+json (RFC 9457), as src/api/errors.ts writes it. */
import { z } from 'zod';

/** One invalid input field. */
export const FieldProblem = z.object({
  field: z.string().describe('Path of the field, e.g. "reach.0.count".'),
  message: z.string().describe('What is wrong with it, in the language asked for.'),
});

/** A refusal: the status, a stable code to branch on, and a message for people (Danish, or English when asked). */
export const ProblemBody = z.looseObject({
  type: z.string().describe('Always "about:blank": the code says what kind of problem it is.'),
  title: z.string().describe('The message, in Danish or, with Accept-Language: en, in English.'),
  status: z.number().int().describe('The HTTP status, repeated.'),
  code: z
    .string()
    .describe(
      'A stable code to branch on, e.g. unauthenticated, forbidden, csrf, not_found, validation, rule_violation, stale_version, duplicate, conflict.',
    ),
  detail: z.string().describe('The message, as in title.'),
  field: z.string().optional().describe('The input field at fault, when one is.'),
  errors: z.array(FieldProblem).optional().describe('Every invalid field, for a validation problem.'),
  existingId: z
    .number()
    .int()
    .optional()
    .describe('For a duplicate: the id of the record that already has the name or number.'),
});
export type ProblemBody = z.infer<typeof ProblemBody>;
