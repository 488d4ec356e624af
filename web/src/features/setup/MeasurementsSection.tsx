/** The measurements of a target counted by hand: the latest on or before a date is its figure. Add or remove. */
import { formatDate, formatNumber } from '../../../../src/domain/format';
import { MeasurementInput } from '../../../../src/schemas/measurements';
import type { Target } from '../../api/types';
import { Measurement } from '../../../../src/schemas/measurements';
import { useT } from '../../i18n/useT';
import { todayIso } from '../../lib/dates';
import { useDraft } from '../../lib/useDraft';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Table } from '../../ui/Table';
import { SaveProblem } from '../activities/SaveProblem';
import { useCreate, useMeasurements, useRemove } from './api';
import { numberOrText } from './model';
import { SetupForm, useChecked, useSetupTexts } from './SetupForm';

export function MeasurementsSection({ target }: { target: Target }) {
  const t = useT();
  const texts = useSetupTexts();
  const rows = useMeasurements(target.id);
  const scope = `measurement-new-${target.id}`;
  const empty = () => ({ asOf: todayIso(), value: '', note: '' });
  const [values, setValues, clear, restored] = useDraft(scope, empty);
  const create = useCreate('measurements', Measurement, scope);
  const remove = useRemove('measurements');
  const checked = useChecked(MeasurementInput);
  const set = (key: 'asOf' | 'value' | 'note') => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const milestone = target.metricKind === 'milestone';
  return (
    <section aria-labelledby="setup-measurements" className="ids-setup-section">
      <h2 id="setup-measurements">{t('setup.measurement.heading')}</h2>
      <p>{t(milestone ? 'setup.measurement.leadMilestone' : 'setup.measurement.lead')}</p>
      <SaveProblem error={remove.error} fieldErrors={{}} texts={texts} />
      {(rows.data ?? []).length === 0 ? (
        <p>{t('setup.measurement.none')}</p>
      ) : (
        <Table
          caption={t('setup.measurement.caption')}
          head={[
            t('setup.measurement.asOf'),
            t('setup.measurement.value'),
            t('setup.measurement.note'),
            t('setup.actions'),
          ]}
          numeric={[1]}
          wide
          rows={(rows.data ?? []).map((m) => [
            formatDate(m.asOf),
            formatNumber(m.value),
            m.note ?? '',
            <Button
              key="del"
              variant="tertiary"
              icon="delete"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ id: m.id, version: m.version })}
            >
              {t('setup.measurement.remove', { date: formatDate(m.asOf) })}
            </Button>,
          ])}
        />
      )}
      <h3 className="h4">{t('setup.measurement.addHeading')}</h3>
      <SetupForm
        problem={checked.invalid ?? create.error}
        restored={restored}
        busy={create.isPending}
        saveLabel={t('setup.measurement.add')}
        onCancel={() => {
          clear();
          setValues(empty());
        }}
        onSubmit={() => {
          const body = {
            targetId: target.id,
            asOf: values.asOf,
            value: numberOrText(values.value),
            note: values.note.trim() === '' ? null : values.note.trim(),
          };
          if (!checked.check(body)) return;
          create.mutate(body, {
            onSuccess: () => {
              clear();
              setValues(empty());
            },
          });
        }}
      >
        {(errors) => (
          <div className="ids-reach-row">
            <TextField
              type="date"
              label={t('setup.measurement.asOf')}
              value={values.asOf}
              error={errors.asOf}
              onChange={set('asOf')}
            />
            <TextField
              label={t('setup.measurement.value')}
              hint={t(milestone ? 'setup.measurement.valueHintMilestone' : 'setup.measurement.valueHint')}
              inputMode="decimal"
              width="s"
              value={values.value}
              error={errors.value}
              onChange={set('value')}
            />
            <TextField
              label={t('setup.measurement.note')}
              value={values.note}
              error={errors.note}
              onChange={set('note')}
            />
          </div>
        )}
      </SetupForm>
    </section>
  );
}
