/** An initiative's fields: recommendation or other, number, title, purpose or running text, responsible unit. */
import type { InitiativeKind } from '../../../../src/domain/types';
import { useT } from '../../i18n/useT';
import { RadioGroup, TextArea, TextField } from '../../ui/Field';
import { UnitSelect } from './UnitSelect';
import type { InitiativeValues } from './model';

export function InitiativeFields(props: {
  values: InitiativeValues;
  onChange: (f: (v: InitiativeValues) => InitiativeValues) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  const { values, errors } = props;
  const set = (key: keyof InitiativeValues) => (e: { target: { value: string } }) =>
    props.onChange((v) => ({ ...v, [key]: e.target.value }));
  const recommendation = values.kind === 'recommendation';
  return (
    <>
      <RadioGroup
        legend={t('setup.initiative.kind')}
        name="initiative-kind"
        value={values.kind}
        error={errors.kind}
        options={(['recommendation', 'other'] as const).map((k) => ({
          value: k,
          label: t(`setup.initiative.kindOption.${k}`),
        }))}
        onChange={(k) => props.onChange((v) => ({ ...v, kind: k as InitiativeKind }))}
      />
      <TextField
        label={t('setup.initiative.number')}
        hint={t(recommendation ? 'setup.initiative.numberHint' : 'setup.initiative.numberHintOther')}
        inputMode="numeric"
        width="xs"
        value={values.number}
        error={errors.number}
        onChange={set('number')}
      />
      <TextField
        label={t('setup.initiative.title')}
        hint={t('setup.initiative.titleHint')}
        value={values.title}
        error={errors.title}
        onChange={set('title')}
      />
      {recommendation ? (
        <TextArea
          label={t('setup.initiative.purpose')}
          hint={t('setup.initiative.purposeHint')}
          rows={4}
          value={values.purpose}
          error={errors.purpose}
          onChange={set('purpose')}
        />
      ) : (
        <TextArea
          label={t('setup.initiative.description')}
          hint={t('setup.initiative.descriptionHint')}
          rows={6}
          value={values.description}
          error={errors.description}
          onChange={set('description')}
        />
      )}
      <UnitSelect value={values.unitId} error={errors.unitId} onChange={set('unitId')} />
    </>
  );
}
