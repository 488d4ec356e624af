/**
 * Add or change a target with the guided form, watching what it would read today before saving; a target counted
 * by hand gets its measurements here too. The form is offered to those who may write targets, the measurements to
 * those who may register them (owners included).
 */
import { useParams } from 'react-router';
import { issue } from '../../../../src/domain/rules/issue';
import { targetRules } from '../../../../src/domain/rules/target';
import { TargetInput } from '../../../../src/schemas/targets';
import type { Target } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { may } from '../auth/permissions';
import { useTargets } from '../initiatives/api';
import { useRecordForm } from './record-form';
import { checkInput } from './validate';
import { MeasurementsSection } from './MeasurementsSection';
import { emptyTarget, metricFields, targetValuesOf, toTargetInput } from './model';
import { DeleteRecord, SetupForm } from './SetupForm';
import { SetupFrame, type SetupContext } from './SetupFrame';
import { TargetFields } from './TargetFields';
import { TargetPreview } from './TargetPreview';

type FormContext = SetupContext & { reloadTargets: () => Promise<unknown> };

function TargetForm({ ctx, target, count }: { ctx: FormContext; target: Target | null; count: number }) {
  const t = useT();
  const { initiative, plan } = ctx;
  const f = useRecordForm({
    path: 'targets',
    input: TargetInput,
    // The memo prints the sentence under "Samlet mål", and every page heads the target's figure with it.
    rules: (p) => [
      ...targetRules(p),
      ...(p.sentence.trim() === ''
        ? [issue('sentence', t('setup.target.sentenceMissing'), t('setup.target.sentenceMissing'))]
        : []),
    ],
    record: target,
    draftKey: target ? `target-edit-${target.id}` : `target-new-${initiative.id}`,
    initial: () => (target ? targetValuesOf(target) : emptyTarget(plan.periodTo, count)),
    setup: ctx.setup,
    reload: ctx.reloadTargets,
    saved: t('setup.target.saved'),
    deleted: t('setup.target.deleted'),
  });
  const body = toTargetInput(initiative.id, f.values);
  // The preview is asked only for a target that passes the same checks as saving it.
  const ready = checkInput(TargetInput, body, targetRules, 'da', '') === null;
  return (
    <>
      <SetupForm
        {...f.form}
        saveLabel={t(target ? 'setup.saveChanges' : 'setup.target.create')}
        preview={
          <TargetPreview body={ready ? { ...body, ...(target ? { targetId: target.id } : {}) } : null} />
        }
        onSubmit={() => f.submit(body)}
      >
        {(errors) => <TargetFields values={f.values} onChange={f.setValues} errors={errors} />}
      </SetupForm>
      {target && (
        <DeleteRecord
          {...f.remove}
          label={t('setup.target.delete')}
          question={t('setup.target.deleteConfirm')}
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
