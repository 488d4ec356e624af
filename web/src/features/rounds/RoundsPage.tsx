/** A plan's reporting rounds, newest first, and — for those who may — the way to open a new one. */
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../../../src/domain/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { QueryError } from '../../app/QueryError';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/Button';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { Table } from '../../ui/Table';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { usePlan } from '../plans/api';
import { planPath } from '../plans/paths';
import { useRounds } from './api';
import { newRoundPath, roundPath } from './paths';

export function RoundsPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const plan = usePlan(slug);
  const rounds = useRounds(plan.data?.id);
  const me = useMe();
  usePageTitle(plan.data ? t('rounds.title', { plan: plan.data.title }) : undefined);
  if (plan.isPending) return <Loading label={t('state.loading')} />;
  if (plan.isError) return <QueryError error={plan.error} />;
  if (!plan.data) return <Alert kind="error" heading={t('error.notFound.heading')} />;
  const mayOpen = may(me.data, 'round:write', { planId: plan.data.id });
  const sorted = [...(rounds.data ?? [])].sort((a, b) => b.asOf.localeCompare(a.asOf) || b.id - a.id);
  return (
    <>
      <PageTitle
        back={<BackLink to={planPath(slug)}>{plan.data.title}</BackLink>}
        title={t('rounds.title', { plan: plan.data.title })}
        lead={t('rounds.lead')}
        actions={
          mayOpen ? (
            <ButtonLink to={newRoundPath(slug)} variant="primary" icon="plus">
              {t('rounds.open')}
            </ButtonLink>
          ) : undefined
        }
      />
      {rounds.isPending && <Loading label={t('state.loading')} />}
      {rounds.isError && <QueryError error={rounds.error} />}
      {rounds.isSuccess && sorted.length === 0 && <p>{t('rounds.none')}</p>}
      {sorted.length > 0 && (
        <Table
          wide
          caption={t('rounds.caption')}
          head={[t('rounds.round'), t('rounds.asOf'), t('rounds.deadline'), t('rounds.stateHead')]}
          rows={sorted.map((r) => [
            <Link key="l" to={roundPath(r.id)}>
              {r.title}
            </Link>,
            formatDate(r.asOf),
            r.deadline ? formatDate(r.deadline) : t('common.dash'),
            t(`rounds.roundState.${r.state}`),
          ])}
        />
      )}
    </>
  );
}
