/** A plan's set-up: its own fields, and its initiatives (numbered recommendations, then the other initiatives). */
import { Link, useNavigate, useParams } from 'react-router';
import { planRules } from '../../../../src/domain/rules/plan';
import { PlanInput } from '../../../../src/schemas/plans';
import type { Plan, Initiative } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { useInitiatives } from '../initiatives/api';
import { usePlan } from '../plans/api';
import { initiativeName } from '../plans/InitiativeCard';
import { planPath } from '../plans/paths';
import { useUpdate } from './api';
import { Flash } from './Flash';
import { planValuesOf, toPlanInput } from './model';
import { initiativeSetupPath, newInitiativePath } from './paths';
import { PlanFields } from './PlanFields';
import { SetupForm, useChecked } from './SetupForm';
import { reloadKeeping } from './record-form';
import { useFollow } from './useFollow';

function EditPlan({ plan, reload }: { plan: Plan; reload: () => Promise<unknown> }) {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues, clear, restored] = useDraft(`plan-edit-${plan.id}`, () => planValuesOf(plan));
  const update = useUpdate<Plan>('plans', plan.id);
  useFollow(plan, planValuesOf, values, setValues);
  const checked = useChecked(PlanInput, planRules);
  return (
    <SetupForm
      problem={checked.invalid ?? update.error}
      restored={restored}
      busy={update.isPending}
      saveLabel={t('setup.saveChanges')}
      onCancel={() => {
        clear();
        void navigate(planPath(plan.slug));
      }}
      onReload={reloadKeeping(() => reload(), setValues, update)}
      onSubmit={() => {
        const body = toPlanInput(values);
        if (!checked.check(body)) return;
        update.mutate(
          { ...body, version: values.version ?? plan.version },
          {
            onSuccess: (p) => {
              clear();
              setValues(planValuesOf(p));
            },
          },
        );
      }}
    >
      {(errors) => (
        <>
          {update.isSuccess && <Alert kind="success" heading={t('setup.plan.saved')} live />}
          <PlanFields values={values} onChange={setValues} errors={errors} slugEditable={false} />
        </>
      )}
    </SetupForm>
  );
}

function InitiativeList(props: { slug: string; items: Initiative[]; title: string; id: string }) {
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      <ul className="ids-setup-list">
        {props.items.map((i) => (
          <li key={i.id}>
            <Link to={initiativeSetupPath(props.slug, i)}>{initiativeName(i)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PlanSetupPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const plan = usePlan(slug);
  const initiatives = useInitiatives(plan.data?.id);
  const me = useMe();
  usePageTitle(plan.data ? t('setup.plan.setupTitle', { plan: plan.data.title }) : undefined);
  if (plan.isPending) return <Loading label={t('state.loading')} />;
  if (plan.isError) return <QueryError error={plan.error} />;
  if (!plan.data) return <Alert kind="error" heading={t('error.notFound.heading')} />;
  const scope = { planId: plan.data.id };
  const all = initiatives.data ?? [];
  return (
    <>
      <PageTitle
        back={<BackLink to={planPath(slug)}>{plan.data.title}</BackLink>}
        title={t('setup.plan.setupTitle', { plan: plan.data.title })}
        lead={t('setup.plan.setupLead')}
      />
      <Flash />
      <section aria-labelledby="plan-fields">
        <h2 id="plan-fields">{t('setup.plan.fieldsHeading')}</h2>
        {may(me.data, 'plan:write', scope) ? (
          <EditPlan plan={plan.data} reload={() => plan.refetch()} />
        ) : (
          <p>{t('setup.plan.editRefused')}</p>
        )}
      </section>
      <Card>
        <h2 id="plan-initiatives">{t('setup.plan.initiativesHeading')}</h2>
        {initiatives.isPending && <Loading label={t('state.loading')} />}
        {initiatives.isError && <QueryError error={initiatives.error} />}
        {initiatives.isSuccess && all.length === 0 && <p>{t('setup.plan.noInitiatives')}</p>}
        <InitiativeList
          slug={slug}
          id="setup-recommendations"
          title={t('dashboard.recommendations')}
          items={all.filter((i) => i.kind === 'recommendation')}
        />
        <InitiativeList
          slug={slug}
          id="setup-others"
          title={t('dashboard.others')}
          items={all.filter((i) => i.kind === 'other')}
        />
        {may(me.data, 'initiative:write', scope) && (
          <ButtonLink to={newInitiativePath(slug)} icon="plus" variant="primary">
            {t('setup.initiative.add')}
          </ButtonLink>
        )}
      </Card>
    </>
  );
}
