/** Create a plan: its title, URL name, theme and period; then on to its set-up page to add initiatives. */
import { useNavigate } from 'react-router';
import { planRules } from '../../../../src/domain/rules/plan';
import { PlanInput } from '../../../../src/schemas/plans';
import { Plan } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { BackLink, PageTitle } from '../../ui/Layout';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { useCreate } from './api';
import { emptyPlan, toPlanInput } from './model';
import { planSetupPath } from './paths';
import { PlanFields } from './PlanFields';
import { SetupForm, useChecked } from './SetupForm';

export function NewPlanPage() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const scope = 'plan-new';
  const [values, setValues, clear, restored] = useDraft(scope, emptyPlan);
  const create = useCreate('plans', Plan, scope);
  const checked = useChecked(PlanInput, planRules);
  usePageTitle(t('setup.plan.newTitle'));
  const back = <BackLink to="/">{t('portfolio.title')}</BackLink>;
  if (me.data && !may(me.data, 'plan:write', { planId: null })) {
    return (
      <>
        <PageTitle back={back} title={t('setup.plan.newTitle')} />
        <Alert kind="info" heading={t('setup.plan.newRefused')} />
      </>
    );
  }
  return (
    <>
      <PageTitle back={back} title={t('setup.plan.newTitle')} lead={t('setup.plan.newLead')} />
      <SetupForm
        problem={checked.invalid ?? create.error}
        restored={restored}
        busy={create.isPending}
        saveLabel={t('setup.plan.create')}
        onCancel={() => {
          clear();
          void navigate('/');
        }}
        onSubmit={() => {
          const body = toPlanInput(values);
          if (!checked.check(body)) return;
          create.mutate(body, {
            onSuccess: (p) => {
              clear();
              void navigate(planSetupPath(p.slug), {
                state: { flash: t('setup.plan.created', { title: p.title }) },
              });
            },
          });
        }}
      >
        {(errors) => <PlanFields values={values} onChange={setValues} errors={errors} slugEditable />}
      </SetupForm>
    </>
  );
}
