/**
 * A set-up form checked before it is sent with what the server checks: the shared zod schema (the server's own
 * input schema) with the API's messages for each issue, then the domain's rules for the record (a share target
 * needs a population, money needs an amount, a period must not end before it starts). Whatever only the server
 * knows (a number already taken, a reference that is gone) comes back from it in the same shape.
 */
import type { z } from 'zod';
import type { RuleIssue } from '../../../../src/domain/rules/issue';
import { englishTwin } from '../../../../src/schemas/common';
import { issueMessage } from '../../../../src/schemas/messages';
import { ApiError } from '../../api/client';

/** null when the body passes; otherwise a 422-shaped error with one message per field, in the language given. */
export function checkInput<T>(
  schema: z.ZodType<T>,
  body: unknown,
  rules: (parsed: T) => RuleIssue[],
  lang: string,
  heading: string,
): ApiError | null {
  const en = lang.startsWith('en');
  const fields: Record<string, string> = {};
  const result = schema.safeParse(body);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      const input = issue.path.reduce<unknown>(
        (v, key) =>
          v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined,
        body,
      );
      // A message the schema gives itself (with its English twin) wins over the generic ones.
      const twin = englishTwin(issue.message);
      const own = twin === undefined ? issueMessage({ ...issue, input }) : null;
      fields[path] ??= en ? (own?.en ?? twin ?? issue.message) : (own?.da ?? issue.message);
    }
  } else {
    for (const r of rules(result.data)) fields[r.field] ??= en ? r.en : r.da;
  }
  return Object.keys(fields).length === 0 ? null : new ApiError(422, 'validation', heading, fields);
}
