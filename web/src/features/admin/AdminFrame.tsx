/**
 * The frame of every administration page: its title, the administration's own navigation, and — for anyone who may
 * not use this part — a refusal instead of the page (the server refuses them anyway).
 */
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../../i18n/useT';
import { usePageTitle } from '../../lib/usePageTitle';
import { QueryError } from '../../app/QueryError';
import { Alert } from '../../ui/Alert';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { mayAdminister, mayAdministerAny, type AdminPart } from './access';
import { ADMIN, ADMIN_PARTS } from './paths';
import './admin.css';

/** The parts of the administration the person may use, the current one marked. */
function AdminNav() {
  const t = useT();
  const me = useMe();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('admin.nav.label')} className="ids-admin-nav">
      <ul className="no-max-width">
        {ADMIN_PARTS.filter((p) => mayAdminister(me.data, p.part)).map((p) => (
          <li key={p.part}>
            <Link to={p.to} aria-current={pathname.startsWith(p.base) ? 'page' : undefined}>
              {t(`admin.nav.${p.part}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AdminFrame(props: {
  /** The part this page belongs to; none for the administration's front page. */
  part?: AdminPart;
  title: string;
  lead?: ReactNode;
  back?: { to: string; label: string };
  actions?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const me = useMe();
  usePageTitle(props.title);
  if (me.isPending) return <Loading label={t('state.loading')} />;
  if (me.isError) return <QueryError error={me.error} />;
  const allowed = props.part ? mayAdminister(me.data, props.part) : mayAdministerAny(me.data);
  return (
    <>
      {allowed && props.part && <AdminNav />}
      <PageTitle
        back={props.back ? <BackLink to={props.back.to}>{props.back.label}</BackLink> : undefined}
        title={props.title}
        lead={allowed ? props.lead : undefined}
        actions={allowed ? props.actions : undefined}
      />
      {allowed ? (
        props.children
      ) : (
        <Alert kind="error" heading={t('error.forbidden.heading')}>
          <p>{t('admin.forbidden')}</p>
        </Alert>
      )}
    </>
  );
}

/** "Administration" in the header, for those who may use some part of it. */
export function AdminLink() {
  const t = useT();
  const me = useMe();
  if (!mayAdministerAny(me.data)) return null;
  return (
    <Link to={ADMIN} className="ids-header-link">
      {t('admin.title')}
    </Link>
  );
}
