/** The plan dashboard: every initiative with status, figures, funding and unit, as of a chosen date. */
import { useParams, useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { TARGET_STATUSES, type TargetStatus } from '../../../../src/domain/types';
import { formatDate } from '../../../../src/domain/format';
import { asOfIn, todayIso } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { QueryError } from '../../app/QueryError';
import { Alert } from '../../ui/Alert';
import { SelectField } from '../../ui/Field';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { useFunding } from '../initiatives/api';
import { byId, useUnits } from '../reference/api';
import { usePlan, usePlanProgress } from './api';
import { AsOfControl } from './AsOfControl';
import { fundingByInitiative, fundingSentence } from './funding';
import { InitiativeCard } from './InitiativeCard';
import { initiativePath } from './paths';
import { Totals } from './Totals';
import { ButtonLink } from '../../ui/Button';
import { useRouteClicks } from '../../ui/RouteClicks';
import { roundsPath } from '../rounds/paths';
import { useMe } from '../auth/api';
import { maySetUpPlan } from '../setup/access';
import { planSetupPath } from '../setup/paths';

export function DashboardPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const asOf = asOfIn(params);
  const unitFilter = params.get('forvaltning') ?? '';
  const statusFilter = params.get('status') ?? '';
  const plan = usePlan(slug);
  const progress = usePlanProgress(slug, asOf);
  const funding = useFunding({ planId: slug });
  const units = useUnits();
  const me = useMe();
  usePageTitle(plan.data?.title);
  const followLink = useRouteClicks();

  // A filter answers at once: the list is updated in one synchronous render, not as a transition that yields to
  // the browser every few milliseconds (the router runs no loader for a filter, router.tsx, and has React DOM's
  // flushSync, main.tsx).
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { flushSync: true },
    );

  // One render with everything: funding and units are small and fast, and drawing the cards twice costs more.
  if (plan.isPending || progress.isPending || funding.isPending || units.isPending)
    return <Loading label={t('state.loading')} />;
  if (plan.isError || progress.isError) return <QueryError error={plan.error ?? progress.error} />;
  if (!plan.data) return <Alert kind="error" heading={t('error.notFound.heading')} />;

  const unitMap = byId(units.data);
  const fundMap = fundingByInitiative(funding.data ?? []);
  const all = progress.data.initiatives;
  const shown = all.filter(
    (i) => (!unitFilter || String(i.unitId) === unitFilter) && (!statusFilter || i.status === statusFilter),
  );
  const planFunding = (funding.data ?? []).filter((f) => all.some((i) => i.id === f.initiativeId));
  const unitIds = [...new Set(all.map((i) => i.unitId).filter((u) => u !== null))];
  const sections = [
    {
      key: 'recommendation',
      title: t('dashboard.recommendations'),
      items: shown.filter((i) => i.kind === 'recommendation'),
    },
    { key: 'other', title: t('dashboard.others'), items: shown.filter((i) => i.kind === 'other') },
  ];

  return (
    <>
      <PageTitle
        back={<BackLink to="/">{t('portfolio.title')}</BackLink>}
        title={plan.data.title}
        lead={t('dashboard.lead', {
          theme: plan.data.theme,
          from: formatDate(plan.data.periodFrom),
          to: formatDate(plan.data.periodTo),
        })}
        actions={
          <>
            <ButtonLink to={roundsPath(slug)} icon="calendar-month">
              {t('dashboard.rounds')}
            </ButtonLink>
            {maySetUpPlan(me.data, plan.data.id) && (
              <ButtonLink to={planSetupPath(slug)} icon="edit">
                {t('setup.plan.setupLink')}
              </ButtonLink>
            )}
          </>
        }
      />
      <div className="ids-filters">
        <AsOfControl key={asOf} asOf={asOf} onChange={(d) => set('dato', d)} />
        <SelectField
          label={t('dashboard.filterUnit')}
          value={unitFilter}
          onChange={(e) => set('forvaltning', e.target.value)}
          options={[
            { value: '', label: t('dashboard.allUnits') },
            ...unitIds.map((u) => ({ value: String(u), label: unitMap.get(u)?.code ?? String(u) })),
          ]}
        />
        <SelectField
          label={t('dashboard.filterStatus')}
          value={statusFilter}
          onChange={(e) => set('status', e.target.value)}
          options={[
            { value: '', label: t('dashboard.allStatuses') },
            ...[...TARGET_STATUSES]
              .reverse()
              .map((s: TargetStatus) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
      </div>
      <p role="status">
        {t('dashboard.showing', { shown: shown.length, total: all.length, date: formatDate(asOf) })}
      </p>
      <Totals
        initiatives={shown}
        funding={planFunding.filter((f) => shown.some((i) => i.id === f.initiativeId))}
      />
      {shown.length === 0 && <Alert kind="info" heading={t('dashboard.noneMatch')} />}
      {sections
        .filter((s) => s.items.length > 0)
        .map((s) => (
          <section key={s.key} aria-labelledby={`sec-${s.key}`}>
            <h2 id={`sec-${s.key}`}>{s.title}</h2>
            <ul className="ids-card-list" onClick={followLink}>
              {s.items.map((ip) => (
                <InitiativeCard
                  key={ip.id}
                  ip={ip}
                  href={`${initiativePath(slug, ip)}${asOf === today ? '' : `?dato=${asOf}`}`}
                  unit={ip.unitId === null ? undefined : unitMap.get(ip.unitId)}
                  funding={fundingSentence(fundMap.get(ip.id) ?? [], plan.data.title)}
                />
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
