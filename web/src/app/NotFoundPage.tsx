import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../ui/Layout';
import { usePageTitle } from '../lib/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <PageTitle title={t('notFound.title')} lead={t('notFound.lead')} />
      <Link to="/">{t('notFound.home')}</Link>
    </>
  );
}
