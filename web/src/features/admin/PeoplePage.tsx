/** Everyone who can sign in: name, e-mail, roles with their scope, and whether they are active. */
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { QueryError } from '../../app/QueryError';
import { ButtonLink } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { Table } from '../../ui/Table';
import { AdminFrame } from './AdminFrame';
import { useUsers } from './api';
import { newPersonPath, personPath } from './paths';
import { useRoleWords } from './RoleEditor';

export function PeoplePage() {
  const t = useT();
  return (
    <AdminFrame
      part="people"
      title={t('admin.people.title')}
      lead={t('admin.people.lead')}
      actions={
        <ButtonLink to={newPersonPath()} variant="primary" icon="plus">
          {t('admin.people.create')}
        </ButtonLink>
      }
    >
      <People />
    </AdminFrame>
  );
}

function People() {
  const t = useT();
  const users = useUsers();
  const words = useRoleWords();
  if (users.isPending) return <Loading label={t('state.loading')} />;
  if (users.isError) return <QueryError error={users.error} />;
  const sorted = [...users.data].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return (
    <Table
      wide
      caption={t('admin.people.caption', { count: sorted.length })}
      head={[
        t('admin.person.name'),
        t('admin.person.email'),
        t('admin.people.roles'),
        t('admin.people.state'),
      ]}
      rows={sorted.map((u) => [
        <Link key="n" to={personPath(u.id)}>
          {u.name}
        </Link>,
        u.email,
        u.roles.length === 0 ? (
          t('admin.roles.none')
        ) : (
          <ul key="r" className="ids-plain ids-admin-roles">
            {u.roles.map((a) => (
              <li key={`${a.role}-${a.planId}-${a.initiativeId}`}>{words.describe(a)}</li>
            ))}
          </ul>
        ),
        u.active ? t('admin.people.active') : t('admin.people.inactive'),
      ])}
    />
  );
}
