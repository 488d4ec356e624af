/** An initiative: purpose, targets with figure and forecast, activities, funding and expenditure, assessment. */
import { useLocation, useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../../../src/domain/format';
import { renderTokens, tokenValues, type TokenTarget } from '../../../../src/domain/text-tokens';
import type { InitiativeProgress } from '../../api/types';
import { asOfIn } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { QueryError } from '../../app/QueryError';
import { Alert } from '../../ui/Alert';
import { Card, Facts } from '../../ui/Card';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { ActivityList } from '../activities/ActivityList';
import { usePlanProgress } from '../plans/api';
import { fundingSentence } from '../plans/funding';
import { initiativeName } from '../plans/InitiativeCard';
import { InitiativeStatus } from '../plans/InitiativeStatus';
import { initiativePath, planPath } from '../plans/paths';
import { TargetFigure } from '../plans/TargetFigure';
import { byId, useUnits } from '../reference/api';
import { useExpenditures, useFunding } from './api';
import { InitiativeHistory } from './InitiativeHistory';
import { MoneyTable } from './MoneyTable';
import { TargetHistory } from './TargetHistory';
import { useInitiativeRoute } from './useInitiativeRoute';
import { ButtonLink } from '../../ui/Button';
import { useMe } from '../auth/api';
import { maySetUpInitiative } from '../setup/access';
import { metricFields } from '../setup/model';
import { initiativeSetupPath } from '../setup/paths';

type TargetProgress = InitiativeProgress['targets'][number];

/** A target's figures as the text tokens need them (a share's expected people from its expected percentage). */
function tokenTarget(tp: TargetProgress): TokenTarget {
  const share =
    tp.shareCount !== null && tp.population !== null
      ? {
          count: tp.shareCount,
          population: tp.population,
          expected: Math.round((tp.expected * tp.population) / 100),
        }
      : undefined;
  return {
    metricKind: tp.metricKind,
    value: tp.value,
    unitLabel: tp.unitLabel,
    result: { actual: tp.actual, expected: tp.expected, forecast: tp.forecast, ...(share ? { share } : {}) },
  };
}

export function InitiativePage() {
  const t = useT();
  const route = useInitiativeRoute();
  const [params] = useSearchParams();
  const flash = (useLocation().state as { flash?: string; title?: string } | null) ?? null;
  const asOf = asOfIn(params);
  const ready = route.state === 'ready' ? route : null;
  const progress = usePlanProgress(ready?.slug ?? '', asOf);
  const funding = useFunding({ initiativeId: ready?.initiative.id }, ready !== undefined);
  const expenditures = useExpenditures(ready?.initiative.id);
  const units = useUnits();
  const me = useMe();
  usePageTitle(ready ? initiativeName(ready.initiative) : undefined);

  if (route.state === 'loading') return <Loading label={t('state.loading')} />;
  if (route.state === 'error') return <QueryError error={route.error} />;
  if (route.state === 'missing') return <Alert kind="error" heading={t('error.notFound.heading')} />;
  const { initiative, plan, slug } = route;
  const ip = progress.data?.initiatives.find((i) => i.id === initiative.id);
  const unit = initiative.unitId === null ? undefined : byId(units.data).get(initiative.unitId);
  const base = initiativePath(slug, initiative);
  // The purpose may refer to the figures ({{faktisk}}, {{midler}} …): shown with their values as of the page's date.
  const purpose = initiative.purpose ?? initiative.description;
  const shownPurpose =
    purpose !== null && ip && funding.data
      ? renderTokens(purpose, tokenValues({ targets: ip.targets.map(tokenTarget), fundings: funding.data }))
          .text
      : purpose;
  const handCounted = ip?.targets.some((x) => metricFields(x.metricKind).measurements) ?? false;
  const setUp = maySetUpInitiative(me.data, { planId: plan.id, initiativeId: initiative.id }, handCounted);

  return (
    <>
      <PageTitle
        back={
          <BackLink to={`${planPath(slug)}${params.get('dato') ? `?dato=${asOf}` : ''}`}>
            {plan.title}
          </BackLink>
        }
        title={initiativeName(initiative)}
        actions={
          setUp && (
            <ButtonLink to={initiativeSetupPath(slug, initiative)} icon="edit">
              {t('setup.initiative.setupLink')}
            </ButtonLink>
          )
        }
      />
      {flash?.flash && (
        <Alert kind="success" heading={t(`activity.flash.${flash.flash}`, { title: flash.title })} live />
      )}
      <Card>
        <h2 className="h3">{t('initiative.status', { date: formatDate(asOf) })}</h2>
        {progress.isPending && <Loading label={t('state.loading')} />}
        {progress.isError && <QueryError error={progress.error} />}
        {ip && <InitiativeStatus ip={ip} />}
        <Facts
          items={[
            {
              label: t('initiative.purpose'),
              value: shownPurpose ?? t('common.none'),
            },
            { label: t('initiative.unit'), value: unit ? `${unit.code} – ${unit.name}` : t('common.none') },
          ]}
        />
      </Card>
      <section aria-labelledby="targets">
        <h2 id="targets">{t('initiative.targets')}</h2>
        {ip && ip.targets.length === 0 && <p>{t('initiative.noTargets')}</p>}
        {ip?.targets.map((tp) => (
          <Card key={tp.id}>
            <TargetFigure target={tp} headingLevel={3} />
            <TargetHistory initiativeId={initiative.id} targetId={tp.id} asOf={asOf} />
          </Card>
        ))}
      </section>
      <section aria-labelledby="activities">
        <h2 id="activities">{t('initiative.activities')}</h2>
        <ActivityList initiative={initiative} base={base} />
      </section>
      <section aria-labelledby="money">
        <h2 id="money">{t('initiative.fundingHeading')}</h2>
        <p>{fundingSentence(funding.data ?? [], plan.title) || t('initiative.noFunding')}</p>
        <MoneyTable funding={funding.data ?? []} expenditures={expenditures.data ?? []} />
      </section>
      <InitiativeHistory initiative={initiative} />
    </>
  );
}
