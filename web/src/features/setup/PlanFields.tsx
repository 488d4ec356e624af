/** The plan's fields: title, URL name, theme, period, unit and organisation. */
import { useT } from '../../i18n/useT';
import { TextField } from '../../ui/Field';
import { UnitSelect } from './UnitSelect';
import { slugify, type PlanValues } from './model';

export function PlanFields(props: {
  values: PlanValues;
  onChange: (f: (v: PlanValues) => PlanValues) => void;
  errors: Record<string, string>;
  /** The URL name can be changed only while the plan is new (links to it would break). */
  slugEditable: boolean;
}) {
  const t = useT();
  const { values, errors } = props;
  const set = (key: keyof PlanValues) => (e: { target: { value: string } }) =>
    props.onChange((v) => ({ ...v, [key]: e.target.value }));
  return (
    <>
      <TextField
        label={t('setup.plan.title')}
        hint={t('setup.plan.titleHint')}
        value={values.title}
        error={errors.title}
        onChange={(e) => {
          const title = e.target.value;
          props.onChange((v) => ({ ...v, title, slug: v.slugTouched ? v.slug : slugify(title) }));
        }}
      />
      {props.slugEditable && (
        <TextField
          label={t('setup.plan.slug')}
          hint={t('setup.plan.slugHint')}
          value={values.slug}
          error={errors.slug}
          onChange={(e) => {
            const slug = e.target.value;
            props.onChange((v) => ({ ...v, slug, slugTouched: true }));
          }}
        />
      )}
      <TextField
        label={t('setup.plan.theme')}
        hint={t('setup.plan.themeHint')}
        value={values.theme}
        error={errors.theme}
        onChange={set('theme')}
      />
      <div className="ids-reach-row">
        <TextField
          type="date"
          label={t('setup.plan.periodFrom')}
          value={values.periodFrom}
          error={errors.periodFrom}
          onChange={set('periodFrom')}
        />
        <TextField
          type="date"
          label={t('setup.plan.periodTo')}
          value={values.periodTo}
          error={errors.periodTo}
          onChange={set('periodTo')}
        />
      </div>
      <UnitSelect value={values.unitId} error={errors.unitId} onChange={set('unitId')} />
      <TextField
        label={t('setup.plan.organisation')}
        hint={t('setup.plan.organisationHint')}
        value={values.organisation}
        error={errors.organisation}
        onChange={set('organisation')}
      />
    </>
  );
}
