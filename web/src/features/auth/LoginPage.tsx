/** Sign-in with e-mail and password, or the organisation's login when single sign-on is set up. */
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { ApiError } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button, ButtonAnchor } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { PageTitle } from '../../ui/Layout';
import { usePageTitle } from '../../lib/usePageTitle';
import { errorKey } from '../../app/error-key';
import { useLogin, useSingleSignOn } from './api';

/** Only paths inside the app are followed after sign-in. */
function safeReturn(v: string | null): string {
  return v && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/log-ind') ? v : '/';
}

export function LoginPage() {
  const t = useT();
  usePageTitle(t('login.title'));
  const [params] = useSearchParams();
  const returnTo = safeReturn(params.get('returnTo'));
  const navigate = useNavigate();
  const login = useLogin();
  const sso = useSingleSignOn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email, password }, { onSuccess: () => void navigate(returnTo, { replace: true }) });
  };
  const err = login.error;
  const message =
    err instanceof ApiError && err.status > 0 && err.status < 500
      ? err.message
      : t(`${errorKey(err)}.heading`);

  return (
    <div className="ids-form">
      <PageTitle title={t('login.title')} lead={t('login.lead')} />
      {params.get('udloebet') && !err && (
        <Alert kind="info" heading={t('login.expiredHeading')}>
          <p>{t('login.expiredText')}</p>
        </Alert>
      )}
      {err && (
        <Alert kind="error" heading={t('login.failed')} live>
          <p>{message}</p>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <TextField
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <div className="ids-button-row">
          <Button type="submit" disabled={login.isPending}>
            {t('login.submit')}
          </Button>
        </div>
      </form>
      {sso.data && (
        <p>
          <ButtonAnchor href={`/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`}>
            {t('login.sso')}
          </ButtonAnchor>
        </p>
      )}
    </div>
  );
}
