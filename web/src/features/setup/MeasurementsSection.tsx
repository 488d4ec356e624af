/** The measurements of a target counted by hand: the latest on or before a date is its figure. Add or remove. */
import { formatDate, formatNumber } from '../../../../src/domain/format';
import { MeasurementInput } from '../../../../src/schemas/measurements';
import type { Target } from '../../api/types';
import { useT } from '../../i18n/useT';
import { todayIso } from '../../lib/dates';
import { TextField } from '../../ui/Field';
import { useMeasurements } from './api';
import { RemovableRows } from './RemovableRows';
import { numberOrText } from './model';
import { SetupForm } from './SetupForm';
import { useAddRow } from './record-form';

export function MeasurementsSection({ target }: { target: Target }) {
  const t = useT();
  const rows = useMeasurements(target.id);
  const add = useAddRow({
    path: 'measurements',
    input: MeasurementInput,
    draftKey: `measurement-new-${target.id}`,
    empty: () => ({ asOf: todayIso(), value: '', note: '' }),
    toBody: (v) => ({
      targetId: target.id,
      asOf: v.asOf,
      value: numberOrText(v.value),
      note: v.note.trim() === '' ? null : v.note.trim(),
    }),
  });
  const milestone = target.metricKind === 'milestone';
  return (
    <section aria-labelledby="setup-measurements" className="ids-setup-section">
      <h2 id="setup-measurements">{t('setup.measurement.heading')}</h2>
      <p>{t(milestone ? 'setup.measurement.leadMilestone' : 'setup.measurement.lead')}</p>
      <RemovableRows
        path="measurements"
        items={rows.data ?? []}
        empty={t('setup.measurement.none')}
        caption={t('setup.measurement.caption')}
        head={[t('setup.measurement.asOf'), t('setup.measurement.value'), t('setup.measurement.note')]}
        cells={(m) => [formatDate(m.asOf), formatNumber(m.value), m.note ?? '']}
        removeLabel={(m) => t('setup.measurement.remove', { date: formatDate(m.asOf) })}
      />
      <h3 className="h4">{t('setup.measurement.addHeading')}</h3>
      <SetupForm {...add.form} saveLabel={t('setup.measurement.add')}>
        {(errors) => (
          <div className="ids-reach-row">
            <TextField type="date" label={t('setup.measurement.asOf')} {...add.bind(errors)('asOf')} />
            <TextField
              label={t('setup.measurement.value')}
              hint={t(milestone ? 'setup.measurement.valueHintMilestone' : 'setup.measurement.valueHint')}
              inputMode="decimal"
              width="s"
              {...add.bind(errors)('value')}
            />
            <TextField label={t('setup.measurement.note')} {...add.bind(errors)('note')} />
          </div>
        )}
      </SetupForm>
    </section>
  );
}
