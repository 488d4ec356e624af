/** The responsible unit ("forvaltning") of a plan or an initiative, or none. */
import { useT } from '../../i18n/useT';
import { SelectField } from '../../ui/Field';
import { useUnits } from '../reference/api';

export function UnitSelect(props: {
  value: string;
  error?: string;
  onChange: (e: { target: { value: string } }) => void;
}) {
  const t = useT();
  const units = useUnits();
  return (
    <SelectField
      label={t('setup.plan.unit')}
      value={props.value}
      error={props.error}
      onChange={props.onChange}
      options={[
        { value: '', label: t('setup.noUnit') },
        ...(units.data ?? []).map((u) => ({ value: String(u.id), label: `${u.code} – ${u.name}` })),
      ]}
    />
  );
}
