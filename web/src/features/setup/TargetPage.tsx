/**
 * Add or change a target with the guided form, watching what it would read today before saving; a target counted
 * by hand gets its measurements here too. The form is offered to those who may write targets, the measurements to
 * those who may register them (owners included).
 */
import { useNavigate, useParams } from 'react-router';
import { targetRules } from '../../../../src/domain/rules/target';
import { TargetInput } from '../../../../src/schemas/targets';
import { Target } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { may } from '../auth/permissions';
import { useTargets } from '../initiatives/api';
import { useCreate, useRemove, useUpdate } from './api';
import { checkInput } from './validate';
import { MeasurementsSection } from './MeasurementsSection';
import { emptyTarget, metricFields, targetValuesOf, toTargetInput } from './model';
import { DeleteRecord, SetupForm, useChecked } from './SetupForm';
import { SetupFrame, type SetupContext } from './SetupFrame';
import { TargetFields } from './TargetFields';
import { TargetPreview } from './TargetPreview';

type FormContext = SetupContext & { reloadTargets: () => Promise<unknown> };

function TargetForm({ ctx, target, count }: { ctx: FormContext; target: Target | null; count: number }) {
  const t = useT();
  const navigate = useNavigate();
  const { initiative, plan } = ctx;
  const scope = target ? `target-edit-${target.id}` : `target-new-${initiative.id}`;
  const [values, setValues, clear, restored] = useDraft(scope, () =>
    target ? targetValuesOf(target) : emptyTarget(plan.periodTo, count),
  );
  const create = useCreate('targets', Target, scope);
  const update = useUpdate('targets', target?.id ?? 0, Target);
  const remove = useRemove('targets');
  const save = target ? update : create;
  const checked = useChecked(TargetInput, targetRules);
  const body = toTargetInput(initiative.id, values);
  // The preview is asked only for a target that passes the same checks as saving it.
  const ready = checkInput(TargetInput, body, targetRules, 'da', '') === null;
  const back = (flash?: string) => {
    clear();
    void navigate(ctx.setup, flash ? { state: { flash } } : undefined);
  };
  return (
    <>
      <SetupForm
        problem={checked.invalid ?? save.error}
        restored={restored}
        busy={save.isPending}
        saveLabel={t(target ? 'setup.saveChanges' : 'setup.target.create')}
        onCancel={() => back()}
        onReload={() =>
          void ctx.reloadTargets().then(() => {
            setValues((v) => ({ ...v, version: undefined }));
            update.reset();
          })
        }
        preview={
          <TargetPreview body={ready ? { ...body, ...(target ? { targetId: target.id } : {}) } : null} />
        }
        onSubmit={() => {
          if (!checked.check(body)) return;
          const done = () => back(t('setup.target.saved'));
          if (target)
            update.mutate({ ...body, version: values.version ?? target.version }, { onSuccess: done });
          else create.mutate(body, { onSuccess: done });
        }}
      >
        {(errors) => <TargetFields values={values} onChange={setValues} errors={errors} />}
      </SetupForm>
      {target && (
        <DeleteRecord
          label={t('setup.target.delete')}
          question={t('setup.target.deleteConfirm')}
          busy={remove.isPending}
          error={remove.error}
          onDelete={() =>
            remove.mutate(
              { id: target.id, version: values.version ?? target.version },
              { onSuccess: () => back(t('setup.target.deleted')) },
            )
          }
        />
      )}
    </>
  );
}

function TargetBody({ ctx }: { ctx: SetupContext }) {
  const t = useT();
  const { targetId = '' } = useParams();
  const targets = useTargets(ctx.initiative.id);
  if (targets.isPending) return <Loading label={t('state.loading')} />;
  if (targets.isError) return <QueryError error={targets.error} />;
  const target = targetId === 'ny' ? null : targets.data.find((x) => x.id === Number(targetId));
  if (target === undefined) return <Alert kind="error" heading={t('error.notFound.heading')} />;
  const full: FormContext = { ...ctx, reloadTargets: () => targets.refetch() };
  const write = may(ctx.me, 'target:write', ctx.scope);
  const measure = target !== null && metricFields(target.metricKind).measurements;
  return (
    <>
      {write ? (
        <TargetForm ctx={full} target={target} count={targets.data.length} />
      ) : (
        !measure && <Alert kind="info" heading={t('setup.refused')} />
      )}
      {target && measure && may(ctx.me, 'measurement:write', ctx.scope) && (
        <MeasurementsSection target={target} />
      )}
    </>
  );
}

export function TargetPage() {
  const t = useT();
  const { targetId = '' } = useParams();
  return (
    <SetupFrame title={() => t(targetId === 'ny' ? 'setup.target.newTitle' : 'setup.target.editTitle')}>
      {(ctx) => <TargetBody key={targetId} ctx={ctx} />}
    </SetupFrame>
  );
}
