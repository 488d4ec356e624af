/** An initiative's expenditure ("forbrug") per year: the rows, remove one, add one. */
import { useState } from 'react';
import { formatMoney } from '../../../../src/domain/format';
import { ExpenditureInput } from '../../../../src/schemas/funding';
import type { Expenditure } from '../../api/types';
import { useT } from '../../i18n/useT';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/Field';
import { useExpenditures } from '../initiatives/api';
import { RemovableRows } from './RemovableRows';
import { numberOrText } from './model';
import { SetupForm } from './SetupForm';
import { useAddRow } from './record-form';
import type { SetupContext } from './SetupFrame';

const empty = () => ({ year: '', amount: '', note: '' });

export function ExpenditureSection({ ctx }: { ctx: SetupContext }) {
  const t = useT();
  const { initiative } = ctx;
  const rows = useExpenditures(initiative.id);
  const [added, setAdded] = useState<string | null>(null);
  const add = useAddRow({
    path: 'expenditures',
    input: ExpenditureInput,
    draftKey: `expenditure-new-${initiative.id}`,
    empty,
    toBody: (v) => ({
      initiativeId: initiative.id,
      year: numberOrText(v.year),
      amount: numberOrText(v.amount),
      note: v.note.trim() === '' ? null : v.note.trim(),
    }),
    onAdded: (r: Expenditure) =>
      setAdded(t('setup.expenditure.added', { year: r.year, amount: formatMoney(r.amount, 'kr') })),
  });
  return (
    <section aria-labelledby="setup-expenditure" className="ids-setup-section">
      <h2 id="setup-expenditure">{t('setup.expenditure.heading')}</h2>
      <RemovableRows
        path="expenditures"
        items={rows.data ?? []}
        empty={t('setup.expenditure.none')}
        caption={t('setup.expenditure.caption')}
        head={[t('initiative.year'), t('initiative.spent'), t('setup.expenditure.note')]}
        cells={(r) => [String(r.year), formatMoney(r.amount, 'kr'), r.note ?? '']}
        removeLabel={(r) => t('setup.expenditure.remove', { year: r.year })}
      />
      <h3 className="h4">{t('setup.expenditure.addHeading')}</h3>
      {added && <Alert kind="success" heading={added} live />}
      <SetupForm {...add.form} saveLabel={t('setup.expenditure.add')}>
        {(errors) => (
          <div className="ids-reach-row">
            <TextField
              label={t('initiative.year')}
              inputMode="numeric"
              width="xs"
              {...add.bind(errors)('year')}
            />
            <TextField
              label={t('setup.expenditure.amount')}
              hint={t('setup.kronerHint')}
              inputMode="numeric"
              width="s"
              {...add.bind(errors)('amount')}
            />
            <TextField label={t('setup.expenditure.note')} {...add.bind(errors)('note')} />
          </div>
        )}
      </SetupForm>
    </section>
  );
}
