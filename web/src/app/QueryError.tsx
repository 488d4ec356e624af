/** An error while loading, explained with what to do next. */
import { useT } from '../i18n/useT';
import { ApiError } from '../api/client';
import { Alert } from '../ui/Alert';

/** The translation key that explains an error to a person. */
export function errorKey(error: unknown): string {
  if (!(error instanceof ApiError)) return 'error.unknown';
  if (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504)
    return 'error.serverDown';
  if (error.status === 403) return 'error.forbidden';
  if (error.status === 404) return 'error.notFound';
  if (error.status === 401) return 'error.expired';
  if (error.status >= 500) return 'error.server';
  return 'error.request';
}

export function QueryError({ error }: { error: unknown }) {
  const t = useT();
  const detail = error instanceof ApiError && error.status > 0 && error.status < 500 ? error.message : null;
  return (
    <Alert kind="error" heading={t(`${errorKey(error)}.heading`)} live>
      {detail && <p>{detail}</p>}
      <p>{t(`${errorKey(error)}.next`)}</p>
    </Alert>
  );
}
