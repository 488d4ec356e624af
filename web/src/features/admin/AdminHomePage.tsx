/** The administration's front page: each part the person may use, with what it is for. */
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { useMe } from '../auth/api';
import { mayAdminister } from './access';
import { AdminFrame } from './AdminFrame';
import { ADMIN_PARTS } from './paths';

export function AdminHomePage() {
  const t = useT();
  const me = useMe();
  return (
    <AdminFrame title={t('admin.title')} lead={t('admin.lead')}>
      <ul className="ids-card-list ids-admin-parts">
        {ADMIN_PARTS.filter((p) => mayAdminister(me.data, p.part)).map((p) => (
          <li key={p.part} className="ids-card">
            <h2 className="h3">
              <Link to={p.to}>{t(`admin.nav.${p.part}`)}</Link>
            </h2>
            <p>{t(`admin.home.${p.part}`)}</p>
          </li>
        ))}
      </ul>
    </AdminFrame>
  );
}
