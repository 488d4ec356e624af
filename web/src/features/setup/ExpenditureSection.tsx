/** An initiative's expenditure ("forbrug") per year: the rows, remove one, add one. */
import { useState } from 'react';
import { formatMoney } from '../../../../src/domain/format';
import { ExpenditureInput } from '../../../../src/schemas/funding';
import { Expenditure } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Table } from '../../ui/Table';
import { SaveProblem } from '../activities/SaveProblem';
import { useExpenditures } from '../initiatives/api';
import { useCreate, useRemove } from './api';
import { numberOrText } from './model';
import { SetupForm, useChecked, useSetupTexts } from './SetupForm';
import type { SetupContext } from './SetupFrame';

const empty = () => ({ year: '', amount: '', note: '' });

export function ExpenditureSection({ ctx }: { ctx: SetupContext }) {
  const t = useT();
  const texts = useSetupTexts();
  const { initiative } = ctx;
  const rows = useExpenditures(initiative.id);
  const scope = `expenditure-new-${initiative.id}`;
  const [values, setValues, clear, restored] = useDraft(scope, empty);
  const create = useCreate('expenditures', Expenditure, scope);
  const remove = useRemove('expenditures');
  const checked = useChecked(ExpenditureInput);
  const [added, setAdded] = useState<string | null>(null);
  const set = (key: 'year' | 'amount' | 'note') => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <section aria-labelledby="setup-expenditure" className="ids-setup-section">
      <h2 id="setup-expenditure">{t('setup.expenditure.heading')}</h2>
      <SaveProblem error={remove.error} fieldErrors={{}} texts={texts} />
      {(rows.data ?? []).length === 0 ? (
        <p>{t('setup.expenditure.none')}</p>
      ) : (
        <Table
          caption={t('setup.expenditure.caption')}
          head={[
            t('initiative.year'),
            t('initiative.spent'),
            t('setup.expenditure.note'),
            t('setup.actions'),
          ]}
          numeric={[1]}
          wide
          rows={(rows.data ?? []).map((r) => [
            String(r.year),
            formatMoney(r.amount, 'kr'),
            r.note ?? '',
            <Button
              key="del"
              variant="tertiary"
              icon="delete"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ id: r.id, version: r.version })}
            >
              {t('setup.expenditure.remove', { year: r.year })}
            </Button>,
          ])}
        />
      )}
      <h3 className="h4">{t('setup.expenditure.addHeading')}</h3>
      {added && <Alert kind="success" heading={added} live />}
      <SetupForm
        problem={checked.invalid ?? create.error}
        restored={restored}
        busy={create.isPending}
        saveLabel={t('setup.expenditure.add')}
        onCancel={() => {
          clear();
          setValues(empty());
        }}
        onSubmit={() => {
          const body = {
            initiativeId: initiative.id,
            year: numberOrText(values.year),
            amount: numberOrText(values.amount),
            note: values.note.trim() === '' ? null : values.note.trim(),
          };
          if (!checked.check(body)) return;
          create.mutate(body, {
            onSuccess: (r) => {
              clear();
              setValues(empty());
              setAdded(t('setup.expenditure.added', { year: r.year, amount: formatMoney(r.amount, 'kr') }));
            },
          });
        }}
      >
        {(errors) => (
          <div className="ids-reach-row">
            <TextField
              label={t('initiative.year')}
              inputMode="numeric"
              width="xs"
              value={values.year}
              error={errors.year}
              onChange={set('year')}
            />
            <TextField
              label={t('setup.expenditure.amount')}
              hint={t('setup.kronerHint')}
              inputMode="numeric"
              width="s"
              value={values.amount}
              error={errors.amount}
              onChange={set('amount')}
            />
            <TextField
              label={t('setup.expenditure.note')}
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
