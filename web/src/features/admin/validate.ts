/**
 * An administration form checked with the server's own zod schema before it is sent, with messages a person
 * understands; what only the server knows (a name already used, a common password) comes back in the same shape
 * and lands at the same fields.
 */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../../api/client';
import { checkWith } from '../../lib/check';

function messageFor(issue: z.core.$ZodIssue, path: string, t: TFunction): string {
  const field = path.split('.').pop() ?? path;
  if (field === 'email') return t('admin.validation.email');
  if (issue.code === 'too_big') return t('admin.validation.tooLong');
  if (field === 'planId') return t('admin.validation.plan');
  if (field === 'initiativeId') return t('admin.validation.initiative');
  if (issue.code === 'custom' && field === 'to') return t('admin.validation.period');
  if (field === 'from' || field === 'to') return t('admin.validation.date');
  if (issue.code === 'too_small' || issue.code === 'invalid_type') return t('admin.validation.required');
  return t('validation.invalid');
}

/** null when the body fits the schema; otherwise an error with a message per field path, as the server answers. */
export function checkInput(schema: z.ZodType, body: unknown, t: TFunction): ApiError | null {
  return checkWith(schema, body, (issue, path) => messageFor(issue, path, t), t('admin.problem.fixFields'));
}

/** The field errors of a failed check or save, by field path (the version is the form's, not a field). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fieldErrors))
    if (path !== 'version') out[path] ??= message;
  return out;
}

/** The server's shortest password (MIN_PASSWORD_LENGTH in src/auth/passwords.ts, which the browser cannot load); it
 * also refuses common ones, which only it knows. */
export const MIN_PASSWORD = 12;

/** A password to set: at least MIN_PASSWORD characters, or — unless `required` — none. */
export function checkPassword(password: string, t: TFunction, required = false): ApiError | null {
  if ((password === '' && !required) || password.length >= MIN_PASSWORD) return null;
  return new ApiError(422, 'validation', t('admin.problem.fixFields'), {
    password: t(password === '' ? 'admin.password.missing' : 'admin.password.tooShort', { n: MIN_PASSWORD }),
  });
}
