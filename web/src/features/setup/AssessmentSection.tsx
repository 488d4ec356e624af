/**
 * A person's assessment of the initiative's status, overriding the computed one, with its reason (kept with its
 * author and time); or back to the computation.
 */
import { formatDate } from '../../../../src/domain/format';
import { AssessmentInput } from '../../../../src/schemas/initiatives';
import { TARGET_STATUSES } from '../../../../src/domain/types';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField, TextArea } from '../../ui/Field';
import { useAssessment } from './api';
import { SetupForm, useChecked } from './SetupForm';
import type { SetupContext } from './SetupFrame';

export function AssessmentSection({ ctx }: { ctx: SetupContext }) {
  const t = useT();
  const { initiative } = ctx;
  const current = initiative.assessment;
  const key = `assessment-${initiative.id}`;
  const initial = () => ({ status: current?.status ?? '', reason: current?.reason ?? '' });
  const [values, setValues, clear, restored] = useDraft(key, initial);
  const save = useAssessment(initiative.id);
  const checked = useChecked(AssessmentInput);
  return (
    <section aria-labelledby="setup-assessment" className="ids-setup-section">
      <h2 id="setup-assessment">{t('setup.assessment.heading')}</h2>
      <p>{t('setup.assessment.lead')}</p>
      {current ? (
        <Alert kind="info" heading={t('setup.assessment.current', { status: t(`status.${current.status}`) })}>
          <p>{t('setup.assessment.reasonLine', { reason: current.reason })}</p>
          <p>{t('setup.assessment.byLine', { by: current.by, date: formatDate(current.at.slice(0, 10)) })}</p>
        </Alert>
      ) : (
        <p>{t('setup.assessment.noneNow')}</p>
      )}
      <SetupForm
        problem={checked.invalid ?? save.error}
        restored={restored}
        busy={save.isPending}
        saveLabel={t('setup.assessment.save')}
        onCancel={() => {
          clear();
          setValues(initial());
        }}
        onSubmit={() => {
          const body = { status: values.status, reason: values.reason.trim() };
          if (!checked.check(body)) return;
          save.mutate({ ...body, version: initiative.version }, { onSuccess: () => clear() });
        }}
      >
        {(errors) => (
          <>
            <SelectField
              label={t('setup.assessment.status')}
              value={values.status}
              error={errors.status}
              onChange={(e) => setValues((v) => ({ ...v, status: e.target.value }))}
              options={[
                { value: '', label: t('setup.assessment.choose') },
                ...[...TARGET_STATUSES].reverse().map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
            />
            <TextArea
              label={t('setup.assessment.reason')}
              hint={t('setup.assessment.reasonHint')}
              rows={3}
              value={values.reason}
              error={errors.reason}
              onChange={(e) => setValues((v) => ({ ...v, reason: e.target.value }))}
            />
          </>
        )}
      </SetupForm>
      {current && (
        <Button
          variant="secondary"
          icon="close"
          disabled={save.isPending}
          onClick={() =>
            save.mutate(
              { clear: true, version: initiative.version },
              {
                onSuccess: () => {
                  clear();
                  setValues({ status: '', reason: '' });
                },
              },
            )
          }
        >
          {t('setup.assessment.clear')}
        </Button>
      )}
    </section>
  );
}
