import { Link } from 'react-router';
import { useT } from '../i18n/useT';
import { PageTitle } from '../ui/Layout';
import { usePageTitle } from '../lib/usePageTitle';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <PageTitle title={t('notFound.title')} lead={t('notFound.lead')} />
      <Link to="/">{t('notFound.home')}</Link>
    </>
  );
}
