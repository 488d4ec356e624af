/**
 * A form's body checked with the server's own zod schema before it is sent: null when it fits, otherwise an error
 * shaped as the server's answer (a message per field path), so the form shows both the same way.
 */
import type { z } from 'zod';
import { ApiError } from '../api/client';

export function checkWith(
  schema: z.ZodType,
  body: unknown,
  messageFor: (issue: z.core.$ZodIssue, path: string) => string,
  heading: string,
): ApiError | null {
  const result = schema.safeParse(body);
  if (result.success) return null;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    fields[path] ??= messageFor(issue, path);
  }
  return new ApiError(422, 'validation', heading, fields);
}
