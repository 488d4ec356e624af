/** The frame around every page: skip link, header with the person and language, main, footer. */
import { useEffect, useRef } from 'react';
import { Link, NavigationType, Outlet, useLocation, useNavigate, useNavigationType } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useT } from '../i18n/useT';
import { LANGUAGES, switchLanguage } from '../i18n';
import { Footer, Header, Main, SkipLink } from '../ui/Layout';
import { Icon } from '../ui/Icon';
import { useLogout, useMe } from '../features/auth/api';
import { AdminLink } from '../features/admin/AdminFrame';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('shell.language')} className="ids-header-tools">
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="ids-header-button"
          aria-pressed={i18n.language === l}
          onClick={() => void switchLanguage(l)}
        >
          {t(`shell.languageName.${l}`)}
        </button>
      ))}
    </div>
  );
}

function Person() {
  const t = useT();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  if (!me.data) return null;
  return (
    <>
      <span className="ids-user">
        <Icon name="person" />
        <span>{t('shell.signedInAs', { name: me.data.name })}</span>
      </span>
      <button
        type="button"
        className="ids-header-button"
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/log-ind') })}
      >
        {t('shell.logout')}
      </button>
    </>
  );
}

/**
 * After the person moves to another page (a link, back or forward), focus goes to the main content, so a screen
 * reader starts reading there. Redirects (replace) leave focus alone, as a full page load would, and so does a change
 * of the query alone (a filter): the person stays at the control they just used.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const type = useNavigationType();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (type !== NavigationType.Replace) document.getElementById('indhold')?.focus();
  }, [pathname, type]);
}

export function Shell() {
  const t = useT();
  useFocusOnNavigation();
  return (
    <>
      <SkipLink>{t('shell.skip')}</SkipLink>
      <Header
        product={
          <>
            {t('app.name')}
            <small>{t('app.tagline')}</small>
          </>
        }
        home="/"
      >
        <AdminLink />
        <Person />
        <LanguageSwitch />
      </Header>
      <Main>
        <Outlet />
      </Main>
      <Footer>
        <ul>
          <li>
            <Link to="/tilgaengelighed">{t('shell.accessibility')}</Link>
          </li>
          <li>
            <a href="/api/docs">{t('shell.apiDocs')}</a>
          </li>
        </ul>
      </Footer>
    </>
  );
}
