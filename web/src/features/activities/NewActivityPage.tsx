/** Register a done or planned activity: the daily job. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { Alert } from '../../ui/Alert';
import { useTargets } from '../initiatives/api';
import { useCreateActivity } from './api';
import { ActivityFields } from './ActivityFields';
import { FormActions } from './FormActions';
import { ActivityFrame, type FrameContext } from './ActivityFrame';
import { emptyValues, fieldKey, toInput } from './form-model';
import { fieldErrorsOf, SaveProblem } from './SaveProblem';
import { checkActivity } from './validate';
import type { ApiError } from '../../api/client';

function NewActivityForm({ initiative, base }: FrameContext) {
  const t = useT();
  const navigate = useNavigate();
  const targets = useTargets(initiative.id);
  const draft = `activity-new-${initiative.id}`;
  const [values, setValues, clear, restored] = useDraft(draft, () => emptyValues('done'));
  const create = useCreateActivity(draft);
  const [reachOrder, setReachOrder] = useState<number[]>([]);
  const [invalid, setInvalid] = useState<ApiError | null>(null);
  const problem = invalid ?? create.error;
  const errors = fieldErrorsOf(problem, (p) => fieldKey(p, reachOrder));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = toInput(initiative.id, values);
    setReachOrder(input.reachOrder);
    const check = checkActivity(input.body, t);
    setInvalid(check);
    if (check) return;
    create.mutate(input.body, {
      onSuccess: (a) => {
        clear();
        void navigate(base, { state: { flash: 'created', title: a.title } });
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      {restored && <Alert kind="info" heading={t('activityForm.restored')} />}
      <SaveProblem error={problem} fieldErrors={errors} />
      <ActivityFields
        values={values}
        onChange={setValues}
        errors={errors}
        targets={targets.data ?? []}
        states={['done', 'planned']}
      />
      <FormActions
        label={t(values.state === 'planned' ? 'activityForm.savePlanned' : 'activityForm.saveDone')}
        busy={create.isPending}
        onCancel={() => {
          clear();
          void navigate(base);
        }}
      />
    </form>
  );
}

export function NewActivityPage() {
  const t = useT();
  return (
    <ActivityFrame title={t('activityForm.newTitle')}>{(ctx) => <NewActivityForm {...ctx} />}</ActivityFrame>
  );
}
