/**
 * The activity form checked with the shared schema (the server's own ActivityInput) before it is sent, with
 * messages a person understands; rules only the server knows (an end before the start, a reference that is gone)
 * come back from it in the same shape and land at the same fields.
 */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ApiError } from '../../api/client';
import { checkWith } from '../../lib/check';
import { ActivityInput } from '../../../../src/schemas/activities';

function messageFor(issue: z.core.$ZodIssue, path: string, t: TFunction): string {
  if (/^reach\.\d+\.count$/.test(path)) return t('validation.count');
  if (path === 'dateFrom' || path === 'dateTo') return t('validation.date');
  if (path === 'kind') return t('validation.kind');
  if (path === 'title') return issue.code === 'too_big' ? t('validation.tooLong') : t('validation.title');
  return t('validation.invalid');
}

/** null when the body is valid; otherwise an error with a message per field path, as the server would answer. */
export function checkActivity(body: unknown, t: TFunction): ApiError | null {
  return checkWith(
    ActivityInput,
    body,
    (issue, path) => messageFor(issue, path, t),
    t('activityForm.fixFields'),
  );
}
