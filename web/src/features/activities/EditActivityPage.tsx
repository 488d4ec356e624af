/** Edit or delete an activity; a stale edit (409) is explained and can be retried without losing the input. */
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatPeriod } from '../../../../src/domain/format';
import type { Activity } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { useDraft } from '../../lib/useDraft';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useTargets } from '../initiatives/api';
import { useActivity, useUpdateActivity } from './api';
import { ActivityFields } from './ActivityFields';
import { Button } from '../../ui/Button';
import { FormActions } from './FormActions';
import { ActivityFrame, type FrameContext } from './ActivityFrame';
import { DeleteActivity } from './DeleteActivity';
import { fieldKey, toInput, valuesOf } from './form-model';
import { fieldErrorsOf, SaveProblem } from './SaveProblem';
import { checkActivity } from './validate';
import type { ApiError } from '../../api/client';

function EditActivityForm({
  ctx,
  activity,
  reload,
}: {
  ctx: FrameContext;
  activity: Activity;
  reload: () => Promise<Activity | undefined>;
}) {
  const t = useT();
  const navigate = useNavigate();
  const targets = useTargets(ctx.initiative.id);
  const [values, setValues, clear, restored] = useDraft(`activity-edit-${activity.id}`, () =>
    valuesOf(activity),
  );
  const update = useUpdateActivity(activity.id);
  const [reachOrder, setReachOrder] = useState<number[]>([]);
  const [reloaded, setReloaded] = useState<Activity | null>(null);
  const [invalid, setInvalid] = useState<ApiError | null>(null);
  const problem = invalid ?? update.error;
  const errors = fieldErrorsOf(problem, (p) => fieldKey(p, reachOrder));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = toInput(ctx.initiative.id, values);
    setReachOrder(input.reachOrder);
    const check = checkActivity(input.body, t);
    setInvalid(check);
    if (check) return;
    setReloaded(null);
    update.mutate(
      { ...input.body, version: values.version ?? activity.version },
      {
        onSuccess: (a) => {
          clear();
          void navigate(ctx.base, { state: { flash: 'saved', title: a.title } });
        },
      },
    );
  };
  const takeLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    setValues((v) => ({ ...v, version: latest.version }));
    setReloaded(latest);
    update.reset();
  };
  return (
    <>
      <form onSubmit={submit} noValidate>
        {restored && !reloaded && <Alert kind="info" heading={t('activityForm.restored')} />}
        {reloaded && (
          <Alert kind="info" heading={t('activityForm.reloadedHeading')} live>
            <p>
              {t('activityForm.reloadedText', {
                title: reloaded.title,
                period: formatPeriod({ from: reloaded.dateFrom, to: reloaded.dateTo }),
              })}
            </p>
          </Alert>
        )}
        <SaveProblem
          error={problem}
          fieldErrors={errors}
          conflictAction={
            <Button variant="secondary" icon="refresh" onClick={() => void takeLatest()}>
              {t('activityForm.conflictReload')}
            </Button>
          }
        />
        <ActivityFields
          values={values}
          onChange={setValues}
          errors={errors}
          targets={targets.data ?? []}
          states={['done', 'planned', 'cancelled']}
        />
        <FormActions
          label={t('activityForm.saveChanges')}
          busy={update.isPending}
          onCancel={() => {
            clear();
            void navigate(ctx.base);
          }}
        />
      </form>
      <DeleteActivity
        activity={activity}
        version={values.version ?? activity.version}
        onDeleted={() => {
          clear();
          void navigate(ctx.base, { state: { flash: 'deleted', title: activity.title } });
        }}
      />
    </>
  );
}

export function EditActivityPage() {
  const t = useT();
  const { activityId = '' } = useParams();
  const activity = useActivity(Number(activityId));
  return (
    <ActivityFrame title={t('activityForm.editTitle')}>
      {(ctx) =>
        activity.isPending ? (
          <Loading label={t('state.loading')} />
        ) : activity.isError ? (
          <QueryError error={activity.error} />
        ) : (
          <EditActivityForm
            ctx={ctx}
            activity={activity.data}
            reload={async () => (await activity.refetch()).data}
          />
        )
      }
    </ActivityFrame>
  );
}
