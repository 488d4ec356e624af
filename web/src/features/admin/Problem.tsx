/**
 * Why an administrator's change failed, in words, with what to do next: someone changed it first (the newest
 * version is fetched; the form keeps what was typed), a conflict (a name in use, an entry still used), fields to
 * correct (shown at the fields, listed here too), no right to do it, or the server out of reach.
 */
import { ApiError } from '../../api/client';
import { useT } from '../../i18n/useT';
import { Alert } from '../../ui/Alert';
import { FieldsProblem, RequestProblem } from '../activities/SaveProblem';

export function AdminProblem(props: { error: unknown; fieldErrors?: Record<string, string> }) {
  const t = useT();
  const e = props.error;
  if (!e) return null;
  if (e instanceof ApiError && e.status === 409 && e.code === 'stale_version') {
    return (
      <Alert kind="warning" heading={t('admin.problem.staleHeading')} live>
        <p>{t('admin.problem.staleText')}</p>
      </Alert>
    );
  }
  if (e instanceof ApiError && e.status === 409) {
    return (
      <Alert kind="warning" heading={t('admin.problem.conflictHeading')} live>
        <p>{e.message}</p>
      </Alert>
    );
  }
  const fields = Object.values(props.fieldErrors ?? {});
  if (e instanceof ApiError && (e.status === 400 || e.status === 422) && fields.length > 0) {
    return <FieldsProblem heading={t('admin.problem.fixFields')} messages={fields} />;
  }
  return <RequestProblem error={e} />;
}
