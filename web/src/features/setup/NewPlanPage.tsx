/** Create a plan: its title, URL name, theme and period; then on to its set-up page to add initiatives. */
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { planRules } from '../../../../src/domain/rules/plan';
import { PlanInput } from '../../../../src/schemas/plans';
import type { Plan } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { BackLink, PageTitle } from '../../ui/Layout';
import { ME_KEY, useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { mayCreatePlan } from './access';
import { useCreate } from './api';
import { emptyPlan, toPlanInput } from './model';
import { planSetupPath } from './paths';
import { PlanFields } from './PlanFields';
import { SetupForm, useChecked } from './SetupForm';

export function NewPlanPage() {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const me = useMe();
  const scope = 'plan-new';
  const [values, setValues, clear, restored] = useDraft(scope, emptyPlan);
  const create = useCreate<Plan>('plans', scope);
  const checked = useChecked(PlanInput, planRules);
  usePageTitle(t('setup.plan.newTitle'));
  const back = <BackLink to="/">{t('portfolio.title')}</BackLink>;
  if (me.data && !mayCreatePlan(me.data)) {
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
              // Whoever does not hold the plan's rights already (a coordinator of another plan) has just become its
              // coordinator: the set-up page needs the session's roles read again before it opens.
              const becameCoordinator = !may(me.data, 'plan:write', { planId: p.id });
              const flash = becameCoordinator ? 'setup.plan.createdCoordinator' : 'setup.plan.created';
              const state = { flash: t(flash, { title: p.title }) };
              void qc
                .invalidateQueries({ queryKey: ME_KEY })
                .then(() => navigate(planSetupPath(p.slug), { state }));
            },
          });
        }}
      >
        {(errors) => <PlanFields values={values} onChange={setValues} errors={errors} slugEditable />}
      </SetupForm>
    </>
  );
}
