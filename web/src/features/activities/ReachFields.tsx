/** Reach per target group: how many were reached (done) or are expected (planned); more groups can be added. */
import { useT } from '../../i18n/useT';
import type { TargetGroup } from '../../api/types';
import { FieldGroup, SelectField, TextField } from '../../ui/Field';
import type { FormValues } from './form-model';

export function ReachFields(props: {
  values: FormValues;
  groups: number[];
  allGroups: TargetGroup[];
  errors: Record<string, string>;
  onChange: (v: FormValues) => void;
  /** The expected counts of a planned activity, shown as hints when marking it done. */
  expected?: Record<string, string>;
}) {
  const t = useT();
  const { values } = props;
  const name = (id: number) => props.allGroups.find((g) => g.id === id)?.name ?? String(id);
  const planned = values.state === 'planned';
  const addable = props.allGroups.filter((g) => !props.groups.includes(g.id));
  return (
    <FieldGroup
      legend={t(planned ? 'activityForm.expectedReach' : 'activityForm.reach')}
      hint={t(planned ? 'activityForm.expectedReachHint' : 'activityForm.reachHint')}
    >
      {props.errors.reach && <p className="ids-field-error">{props.errors.reach}</p>}
      {props.groups.map((g) => (
        <TextField
          key={g}
          label={t(planned ? 'activityForm.expectedCount' : 'activityForm.count', { group: name(g) })}
          hint={
            props.expected?.[String(g)]
              ? t('activityForm.expectedWas', { n: props.expected[String(g)] })
              : undefined
          }
          inputMode="numeric"
          width="s"
          value={values.reach[String(g)] ?? ''}
          error={props.errors[`reach-${g}`]}
          onChange={(e) =>
            props.onChange({ ...values, reach: { ...values.reach, [String(g)]: e.target.value } })
          }
        />
      ))}
      {addable.length > 0 && (
        <SelectField
          label={t('activityForm.addGroup')}
          value=""
          onChange={(e) =>
            e.target.value &&
            props.onChange({ ...values, extraGroups: [...values.extraGroups, Number(e.target.value)] })
          }
          options={[
            { value: '', label: t('activityForm.chooseGroup') },
            ...addable.map((g) => ({ value: String(g.id), label: g.name })),
          ]}
        />
      )}
    </FieldGroup>
  );
}
