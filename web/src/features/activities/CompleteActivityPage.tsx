/** "Markér som gennemført": a planned activity becomes a done one with its actual reach, in one step. */
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatPeriod } from '../../../../src/domain/format';
import type { Activity } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { useDraft } from '../../lib/useDraft';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useTargets } from '../initiatives/api';
import { useTargetGroups } from '../reference/api';
import { useActivity, useUpdateActivity } from './api';
import { ActivityFrame, type FrameContext } from './ActivityFrame';
import { fieldKey, reachGroups, toInput, valuesOf, type FormValues } from './form-model';
import { FormActions } from './FormActions';
import { ReachFields } from './ReachFields';
import { fieldErrorsOf, SaveProblem } from './SaveProblem';
import { checkActivity } from './validate';
import type { ApiError } from '../../api/client';

function CompleteForm({ ctx, activity }: { ctx: FrameContext; activity: Activity }) {
  const t = useT();
  const navigate = useNavigate();
  const targets = useTargets(ctx.initiative.id);
  const groups = useTargetGroups();
  const planned = valuesOf(activity);
  const [values, setValues, clear, restored] = useDraft<FormValues>(`activity-done-${activity.id}`, () => ({
    ...planned,
    state: 'done',
    reach: {},
  }));
  const update = useUpdateActivity(activity.id);
  const [reachOrder, setReachOrder] = useState<number[]>([]);
  const [invalid, setInvalid] = useState<ApiError | null>(null);
  const problem = invalid ?? update.error;
  const errors = fieldErrorsOf(problem, (p) => fieldKey(p, reachOrder));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { body, reachOrder: order } = toInput(ctx.initiative.id, values);
    setReachOrder(order);
    const check = checkActivity(body, t);
    setInvalid(check);
    if (check) return;
    update.mutate(
      {
        state: 'done',
        dateFrom: body.dateFrom,
        dateTo: body.dateTo,
        reach: body.reach,
        version: activity.version,
      },
      {
        onSuccess: (a) => {
          clear();
          void navigate(ctx.base, { state: { flash: 'completed', title: a.title } });
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>
        {t('completeForm.intro', {
          title: activity.title,
          period: formatPeriod({ from: activity.dateFrom, to: activity.dateTo }),
        })}
      </p>
      {restored && <Alert kind="info" heading={t('activityForm.restored')} />}
      <SaveProblem error={problem} fieldErrors={errors} />
      <div className="ids-reach-row">
        <TextField
          label={t('completeForm.dateFrom')}
          type="date"
          value={values.dateFrom}
          error={errors.dateFrom}
          onChange={(e) => setValues({ ...values, dateFrom: e.target.value })}
        />
        <TextField
          label={t('activityForm.dateTo')}
          hint={t('activityForm.dateToHint')}
          type="date"
          value={values.dateTo}
          error={errors.dateTo}
          onChange={(e) => setValues({ ...values, dateTo: e.target.value })}
        />
      </div>
      <ReachFields
        values={values}
        groups={reachGroups({ ...values, reach: { ...planned.reach, ...values.reach } }, targets.data ?? [])}
        allGroups={groups.data ?? []}
        errors={errors}
        onChange={setValues}
        expected={planned.reach}
      />
      <FormActions
        label={t('activity.markDone')}
        busy={update.isPending}
        onCancel={() => {
          clear();
          void navigate(ctx.base);
        }}
      />
    </form>
  );
}

export function CompleteActivityPage() {
  const t = useT();
  const { activityId = '' } = useParams();
  const activity = useActivity(Number(activityId));
  return (
    <ActivityFrame title={t('completeForm.title')}>
      {(ctx) =>
        activity.isPending ? (
          <Loading label={t('state.loading')} />
        ) : activity.isError ? (
          <QueryError error={activity.error} />
        ) : activity.data.state !== 'planned' ? (
          <>
            <Alert kind="info" heading={t('completeForm.notPlanned')} />
            <ButtonLink to={ctx.base}>{t('completeForm.back')}</ButtonLink>
          </>
        ) : (
          <CompleteForm ctx={ctx} activity={activity.data} />
        )
      }
    </ActivityFrame>
  );
}
