/** A person's name, e-mail, unit and role assignments: the fields creating and editing a person share. */
import type { z } from 'zod';
import type { UserInput } from '../../../../src/schemas/users';
import { useT } from '../../i18n/useT';
import { SelectField, TextField } from '../../ui/Field';
import { useUnits } from '../reference/api';
import { RoleEditor, type Assignment } from './RoleEditor';

export interface PersonValues {
  name: string;
  email: string;
  unitId: string;
  roles: Assignment[];
}

export const personValues = (u?: {
  name: string;
  email: string;
  unitId: number | null;
  roles: Assignment[];
}) => ({
  name: u?.name ?? '',
  email: u?.email ?? '',
  unitId: u?.unitId === null || u?.unitId === undefined ? '' : String(u.unitId),
  roles: u?.roles ?? [],
});

/** The body the API takes. */
export const personBody = (v: PersonValues): z.input<typeof UserInput> => ({
  name: v.name.trim(),
  email: v.email.trim(),
  unitId: v.unitId === '' ? null : Number(v.unitId),
  roles: v.roles,
});

export function PersonFields(props: {
  values: PersonValues;
  onChange: (change: Partial<PersonValues>) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  const units = useUnits().data ?? [];
  const { values, errors } = props;
  return (
    <>
      <TextField
        label={t('admin.person.name')}
        autoComplete="off"
        value={values.name}
        error={errors.name}
        onChange={(e) => props.onChange({ name: e.target.value })}
      />
      <TextField
        type="email"
        label={t('admin.person.email')}
        hint={t('admin.person.emailHint')}
        autoComplete="off"
        width="l"
        value={values.email}
        error={errors.email}
        onChange={(e) => props.onChange({ email: e.target.value })}
      />
      <SelectField
        label={t('admin.person.unit')}
        value={values.unitId}
        error={errors.unitId}
        onChange={(e) => props.onChange({ unitId: e.target.value })}
        options={[
          { value: '', label: t('admin.person.noUnit') },
          ...units.map((u) => ({ value: String(u.id), label: `${u.code} – ${u.name}` })),
        ]}
      />
      <RoleEditor value={values.roles} onChange={(roles) => props.onChange({ roles })} errors={errors} />
    </>
  );
}
