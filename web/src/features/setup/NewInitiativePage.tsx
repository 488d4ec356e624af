/** Add an initiative to a plan: a numbered recommendation or one of the other initiatives. */
import { useNavigate, useParams } from 'react-router';
import { initiativeRules } from '../../../../src/domain/rules/plan';
import { InitiativeInput } from '../../../../src/schemas/initiatives';
import type { Initiative, Plan } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { useInitiatives } from '../initiatives/api';
import { usePlan } from '../plans/api';
import { useCreate } from './api';
import { InitiativeFields } from './InitiativeFields';
import { emptyInitiative, toInitiativeInput } from './model';
import { initiativeSetupPath, planSetupPath } from './paths';
import { SetupForm, useChecked } from './SetupForm';

function NewInitiativeForm({ plan, existing }: { plan: Plan; existing: Initiative[] }) {
  const t = useT();
  const navigate = useNavigate();
  const scope = `initiative-new-${plan.id}`;
  const [values, setValues, clear, restored] = useDraft(scope, () => emptyInitiative(existing));
  const create = useCreate<Initiative>('initiatives', scope);
  const checked = useChecked(InitiativeInput, initiativeRules);
  return (
    <SetupForm
      problem={checked.invalid ?? create.error}
      restored={restored}
      busy={create.isPending}
      saveLabel={t('setup.initiative.create')}
      onCancel={() => {
        clear();
        void navigate(planSetupPath(plan.slug));
      }}
      onSubmit={() => {
        const body = toInitiativeInput(plan.id, values);
        if (!checked.check(body)) return;
        create.mutate(body, {
          onSuccess: (i) => {
            clear();
            void navigate(initiativeSetupPath(plan.slug, i), {
              state: { flash: t('setup.initiative.created', { title: i.title }) },
            });
          },
        });
      }}
    >
      {(errors) => <InitiativeFields values={values} onChange={setValues} errors={errors} />}
    </SetupForm>
  );
}

export function NewInitiativePage() {
  const t = useT();
  const { slug = '' } = useParams();
  const plan = usePlan(slug);
  const initiatives = useInitiatives(plan.data?.id);
  const me = useMe();
  usePageTitle(t('setup.initiative.newTitle'));
  if (plan.isPending || (plan.data && initiatives.isPending)) return <Loading label={t('state.loading')} />;
  if (plan.isError || initiatives.isError) return <QueryError error={plan.error ?? initiatives.error} />;
  if (!plan.data) return <Alert kind="error" heading={t('error.notFound.heading')} />;
  return (
    <>
      <PageTitle
        back={
          <BackLink to={planSetupPath(slug)}>
            {t('setup.plan.setupTitle', { plan: plan.data.title })}
          </BackLink>
        }
        title={t('setup.initiative.newTitle')}
        lead={plan.data.title}
      />
      {may(me.data, 'initiative:write', { planId: plan.data.id }) ? (
        <NewInitiativeForm plan={plan.data} existing={initiatives.data ?? []} />
      ) : (
        <Alert kind="info" heading={t('setup.refused')} />
      )}
    </>
  );
}
