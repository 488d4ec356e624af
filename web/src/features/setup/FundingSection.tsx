/** An initiative's funding on its set-up page: the "Midler afsat" line as the memo prints it, and each row. */
import { formatFundingRow } from '../../../../src/domain/format';
import { useT } from '../../i18n/useT';
import { ButtonLink } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { useFunding } from '../initiatives/api';
import { fundingSentence } from '../plans/funding';
import { fundingPath } from './paths';
import type { SetupContext } from './SetupFrame';

export function FundingSection({ ctx }: { ctx: SetupContext }) {
  const t = useT();
  const { slug, initiative, plan } = ctx;
  const funding = useFunding({ initiativeId: initiative.id });
  const rows = funding.data ?? [];
  const sentence = fundingSentence(rows, plan.title);
  return (
    <section aria-labelledby="setup-funding" className="ids-setup-section">
      <h2 id="setup-funding">{t('initiative.funding')}</h2>
      {funding.isPending && <Loading label={t('state.loading')} />}
      <p className="ids-memo-line">
        <strong>{t('setup.funding.memoLabel')}</strong> {sentence || t('initiative.noFunding')}
      </p>
      {rows.length > 0 && (
        <ul className="ids-setup-list">
          {rows.map((f) => {
            const phrase = formatFundingRow(f) || t(`setup.funding.kind.${f.kind}`);
            return (
              <li key={f.id}>
                <span>
                  {phrase}
                  {f.source && f.kind !== 'existing_frame' ? ` (${f.source})` : ''}
                </span>{' '}
                <ButtonLink
                  to={fundingPath(slug, initiative, f.id)}
                  icon="edit"
                  variant="tertiary"
                  context={phrase}
                >
                  {t('setup.funding.edit')}
                </ButtonLink>
              </li>
            );
          })}
        </ul>
      )}
      <ButtonLink to={fundingPath(slug, initiative, 'ny')} icon="plus" variant="primary">
        {t('setup.funding.add')}
      </ButtonLink>
    </section>
  );
}
