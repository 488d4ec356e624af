/** Which of the catalog's explanations (`error.*`) fits an error. */
import { ApiError } from '../api/client';

/** The translation key that explains an error to a person. */
export function errorKey(error: unknown): string {
  if (!(error instanceof ApiError)) return 'error.unknown';
  if (error.code === 'stale_app') return 'error.staleApp';
  if (error.code === 'unexpected_answer') return 'error.unknown';
  if (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504)
    return 'error.serverDown';
  if (error.status === 403) return 'error.forbidden';
  if (error.status === 404) return 'error.notFound';
  if (error.status === 401) return 'error.expired';
  if (error.status >= 500) return 'error.server';
  return 'error.request';
}
