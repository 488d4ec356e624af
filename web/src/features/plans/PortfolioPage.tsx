/** The start page: the person's own initiatives first (owners, contributors), then every plan with its figures. */
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { TARGET_STATUSES } from '../../../../src/domain/types';
import { formatDate, formatNumber } from '../../../../src/domain/format';
import { todayIso } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { QueryError } from '../../app/QueryError';
import { Alert } from '../../ui/Alert';
import { Card, Facts } from '../../ui/Card';
import { PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useMe } from '../auth/api';
import { may, myInitiativeIds } from '../auth/permissions';
import { useFunding } from '../initiatives/api';
import { usePlans, usePortfolioProgress } from './api';
import { fundingPerYear } from './funding';
import { MyInitiatives } from './MyInitiatives';
import { planPath } from './paths';
import { capitalise, formatMoney } from '../../../../src/domain/format';
import { ButtonLink } from '../../ui/Button';
import { mayCreatePlan } from '../setup/access';
import { newPlanPath } from '../setup/paths';

export function PortfolioPage() {
  const t = useT();
  usePageTitle(t('portfolio.title'));
  const asOf = todayIso();
  const me = useMe();
  const plans = usePlans();
  const progress = usePortfolioProgress(asOf);
  const funding = useFunding();
  if (plans.isPending || progress.isPending) return <Loading label={t('state.loading')} />;
  if (plans.isError || progress.isError) return <QueryError error={plans.error ?? progress.error} />;
  const mine = myInitiativeIds(me.data);
  const all = progress.data.initiatives;

  // What the person may start from here: a new plan, or a plan read from an existing status memo.
  const actions = [
    mayCreatePlan(me.data) && (
      <ButtonLink key="new" to={newPlanPath()} icon="plus">
        {t('setup.plan.newLink')}
      </ButtonLink>
    ),
    may(me.data, 'memo:import', {}) && (
      <ButtonLink key="import" to="/importer-notat" icon="plus">
        {t('portfolio.importMemo')}
      </ButtonLink>
    ),
  ].filter(Boolean);

  return (
    <>
      <PageTitle
        title={t('portfolio.title')}
        lead={t('portfolio.lead', { date: formatDate(asOf) })}
        actions={actions.length > 0 ? <>{actions}</> : undefined}
      />
      {mine.length > 0 && <MyInitiatives ids={mine} plans={plans.data} initiatives={all} />}
      <h2>{t('portfolio.plans')}</h2>
      {plans.data.length === 0 && <Alert kind="info" heading={t('portfolio.empty')} />}
      <ul className="ids-card-list">
        {plans.data.map((plan) => {
          const items = all.filter((i) => i.planId === plan.id);
          const money = fundingPerYear(
            (funding.data ?? []).filter((f) => items.some((i) => i.id === f.initiativeId)),
          );
          const total = money.perYear.reduce((s, [, kr]) => s + kr, 0) + money.totals;
          return (
            <Card as="li" key={plan.id}>
              <h3>
                <Link to={planPath(plan.slug)}>{plan.title}</Link>
              </h3>
              <p>{capitalise(plan.theme)}</p>
              <Facts
                items={[
                  {
                    label: t('portfolio.period'),
                    value: `${formatDate(plan.periodFrom)} – ${formatDate(plan.periodTo)}`,
                  },
                  { label: t('portfolio.initiatives'), value: formatNumber(items.length) },
                  {
                    label: t('portfolio.funding'),
                    value: total > 0 ? formatMoney(total) : t('dashboard.noFunding'),
                  },
                ]}
              />
              <ul className="ids-inline-statuses">
                {[...TARGET_STATUSES].reverse().map((s) => {
                  const n = items.filter((i) => i.status === s).length;
                  return n === 0 ? null : (
                    <li key={s}>
                      <StatusBadge
                        status={s}
                        label={t(`status.${s}`)}
                        note={t('dashboard.initiativeCount', { count: n, n: formatNumber(n) })}
                      />
                    </li>
                  );
                })}
              </ul>
            </Card>
          );
        })}
      </ul>
    </>
  );
}
