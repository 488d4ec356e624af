/** Pages behind sign-in: without a session the person is sent to sign-in and brought back afterwards. */
import { Navigate, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/useT';
import { wasSessionLost } from '../api/client';
import { useMe } from '../features/auth/api';
import { Loading } from '../ui/Loading';
import { QueryError } from './QueryError';

export function RequireAuth() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading label={t('state.loading')} />;
  if (me.isError) return <QueryError error={me.error} />;
  if (me.data === null) {
    const returnTo = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/log-ind?returnTo=${returnTo}${wasSessionLost() ? '&udloebet=1' : ''}`} replace />;
  }
  return <Outlet />;
}
