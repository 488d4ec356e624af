/** "Se planen pr. dato": the as-of date of every figure on the page, kept in the URL. */
import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../../../src/domain/format';
import { isIsoDate } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';

export function AsOfControl(props: { asOf: string; onChange: (asOf: string) => void }) {
  const t = useT();
  const [value, setValue] = useState(props.asOf);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (isIsoDate(value)) props.onChange(value);
  };
  return (
    <form onSubmit={submit} className="ids-asof">
      <TextField
        label={t('dashboard.asOf')}
        hint={t('dashboard.asOfHint', { date: formatDate(props.asOf) })}
        type="date"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <Button type="submit" variant="secondary">
        {t('dashboard.asOfShow')}
      </Button>
    </form>
  );
}
