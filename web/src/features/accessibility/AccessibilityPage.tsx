/** Tilgængelighedserklæring: what we comply with, what we know does not work, and how to tell us. */
import { Trans } from 'react-i18next';
import { useT } from '../../i18n/useT';
import { usePageTitle } from '../../lib/usePageTitle';
import { PageTitle } from '../../ui/Layout';

const SECTIONS = ['scope', 'status', 'known', 'testing', 'feedback', 'complaint'] as const;

export function AccessibilityPage() {
  const t = useT();
  usePageTitle(t('a11y.title'));
  return (
    <div className="ids-prose">
      <PageTitle title={t('a11y.title')} lead={t('a11y.lead')} />
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`a11y-${s}`}>
          <h2 id={`a11y-${s}`}>{t(`a11y.${s}.heading`)}</h2>
          <p>
            <Trans i18nKey={`a11y.${s}.text`} />
          </p>
        </section>
      ))}
    </div>
  );
}
