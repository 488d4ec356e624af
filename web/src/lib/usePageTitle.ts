import { useEffect } from 'react';
import { useT } from '../i18n/useT';

/** Set the browser tab's title: "<page> – indsats". */
export function usePageTitle(title: string | undefined): void {
  const t = useT();
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
