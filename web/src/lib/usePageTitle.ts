import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Set the browser tab's title: "<page> – indsats". */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
