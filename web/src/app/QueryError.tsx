/** An error while loading, explained with what to do next. */
import { useT } from '../i18n/useT';
import { ApiError } from '../api/client';
import { errorKey } from './error-key';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';

export function QueryError({ error }: { error: unknown }) {
  const t = useT();
  const key = errorKey(error);
  // The server's own words for a refused request (4xx); for anything else the explanation is the app's.
  const detail =
    error instanceof ApiError && error.status >= 400 && error.status < 500 ? error.message : null;
  return (
    // A newer version is no failure: the person is asked to reload, not alarmed.
    <Alert kind={key === 'error.staleApp' ? 'warning' : 'error'} heading={t(`${key}.heading`)} live>
      {detail && <p>{detail}</p>}
      <p>{t(`${key}.next`)}</p>
      {key === 'error.staleApp' && (
        <Button variant="secondary" icon="refresh" onClick={() => window.location.reload()}>
          {t('error.staleApp.reload')}
        </Button>
      )}
    </Alert>
  );
}
