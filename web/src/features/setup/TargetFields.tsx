/**
 * The guided target form: first what the target counts (the metric kind, explained), then only the fields that
 * kind asks for — target groups, activity kinds, venue kinds, the population of a share, at least or at most, a
 * baseline — and the memo sentence with the value filled in as it will read.
 */
import { fillSentence } from '../../../../src/domain/format';
import {
  ACTIVITY_KINDS,
  METRIC_KINDS,
  VENUE_KINDS,
  type Comparator,
  type MetricKind,
} from '../../../../src/domain/types';
import { useT } from '../../i18n/useT';
import { FieldGroup, RadioGroup, TextArea, TextField } from '../../ui/Field';
import { MultiCombobox } from '../../ui/MultiCombobox';
import { useTargetGroups } from '../reference/api';
import { metricFields, numberOrText, type TargetValues } from './model';

/** A fixed list as combobox options: ids are positions (1-based) in the list. */
function listOptions<K extends string>(list: readonly K[], label: (k: K) => string) {
  return list.map((k, n) => ({ id: n + 1, label: label(k) }));
}
const idsOf = <K extends string>(list: readonly K[], chosen: K[]) =>
  chosen.map((k) => list.indexOf(k) + 1).filter((n) => n > 0);
const kindsOf = <K extends string>(list: readonly K[], ids: number[]) =>
  ids.map((n) => list[n - 1]).filter((k): k is K => k !== undefined);

export function TargetFields(props: {
  values: TargetValues;
  onChange: (f: (v: TargetValues) => TargetValues) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  const groups = useTargetGroups();
  const { values, errors } = props;
  const f = metricFields(values.metricKind);
  const set = <K extends keyof TargetValues>(key: K, value: TargetValues[K]) =>
    props.onChange((v) => ({ ...v, [key]: value }));
  const text = (
    key: 'value' | 'unitLabel' | 'dueDate' | 'baseline' | 'baselineDate' | 'sentence' | 'population',
  ) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });
  const value = numberOrText(values.value);
  const share = values.metricKind === 'share';
  return (
    <>
      <RadioGroup
        legend={t('setup.target.metricKind')}
        name="metric-kind"
        value={values.metricKind}
        error={errors.metricKind}
        options={METRIC_KINDS.map((k) => ({ value: k, label: t(`setup.metric.${k}.name`) }))}
        onChange={(k) => set('metricKind', k as MetricKind)}
      />
      <p className="ids-guide" aria-live="polite">
        {t(`setup.metric.${values.metricKind}.help`)}
      </p>
      <FieldGroup legend={t('setup.target.countsHeading')}>
        {f.targetGroups && (
          <MultiCombobox
            label={t('setup.target.targetGroups')}
            hint={t('setup.target.targetGroupsHint')}
            error={errors.targetGroupIds}
            options={(groups.data ?? []).map((g) => ({ id: g.id, label: g.name }))}
            selected={values.targetGroupIds}
            onChange={(ids) => set('targetGroupIds', ids)}
            removeLabel={(name) => t('activityForm.removeVenue', { name })}
            noMatches={t('setup.target.noMatch')}
            selectedLabel={t('setup.target.chosen')}
          />
        )}
        {f.venueKinds && (
          <MultiCombobox
            label={t('setup.target.venueKinds')}
            hint={t('setup.target.venueKindsHint')}
            error={errors.venueKinds}
            options={listOptions(VENUE_KINDS, (k) => t(`venueKind.${k}`))}
            selected={idsOf(VENUE_KINDS, values.venueKinds)}
            onChange={(ids) => set('venueKinds', kindsOf(VENUE_KINDS, ids))}
            removeLabel={(name) => t('activityForm.removeVenue', { name })}
            noMatches={t('setup.target.noMatch')}
            selectedLabel={t('setup.target.chosen')}
          />
        )}
        {f.activityKinds && (
          <MultiCombobox
            label={t('setup.target.activityKinds')}
            hint={t('setup.target.activityKindsHint')}
            error={errors.activityKinds}
            options={listOptions(ACTIVITY_KINDS, (k) => t(`activityKind.${k}`))}
            selected={idsOf(ACTIVITY_KINDS, values.activityKinds)}
            onChange={(ids) => set('activityKinds', kindsOf(ACTIVITY_KINDS, ids))}
            removeLabel={(name) => t('activityForm.removeVenue', { name })}
            noMatches={t('setup.target.noMatch')}
            selectedLabel={t('setup.target.chosen')}
          />
        )}
        {f.population && (
          <TextField
            label={t('setup.target.population')}
            hint={t('setup.target.populationHint')}
            inputMode="numeric"
            width="s"
            {...text('population')}
          />
        )}
        {!f.targetGroups && !f.venueKinds && !f.activityKinds && !f.population && (
          <p>{t('setup.target.countsNothing')}</p>
        )}
      </FieldGroup>
      <FieldGroup legend={t('setup.target.goalHeading')}>
        {f.comparator && (
          <RadioGroup
            legend={t('setup.target.comparator')}
            name="comparator"
            value={values.comparator}
            error={errors.comparator}
            options={(['>=', '<='] as const).map((c) => ({
              value: c,
              label: t(c === '>=' ? 'setup.target.atLeast' : 'setup.target.atMost'),
            }))}
            onChange={(c) => set('comparator', c as Comparator)}
          />
        )}
        {f.value && (
          <TextField
            label={t(share ? 'setup.target.valueShare' : 'setup.target.value')}
            hint={t(share ? 'setup.target.valueShareHint' : 'setup.target.valueHint')}
            inputMode="decimal"
            width="s"
            {...text('value')}
          />
        )}
        <TextField
          label={t(share ? 'setup.target.populationLabel' : 'setup.target.unitLabel')}
          hint={t(share ? 'setup.target.populationLabelHint' : 'setup.target.unitLabelHint')}
          width="l"
          {...text('unitLabel')}
        />
        <TextField type="date" label={t('setup.target.dueDate')} {...text('dueDate')} />
        {f.baseline && (
          <div className="ids-reach-row">
            <TextField
              label={t('setup.target.baseline')}
              hint={t('setup.target.baselineHint')}
              inputMode="decimal"
              width="s"
              {...text('baseline')}
            />
            <TextField type="date" label={t('setup.target.baselineDate')} {...text('baselineDate')} />
          </div>
        )}
      </FieldGroup>
      <TextArea
        label={t('setup.target.sentence')}
        hint={t('setup.target.sentenceHint')}
        rows={2}
        {...text('sentence')}
      />
      {values.sentence.trim() !== '' && (
        <p className="ids-memo-line" aria-live="polite">
          <strong>{t('setup.target.sentenceReads')}</strong>{' '}
          {typeof value === 'number' || !f.value
            ? fillSentence(values.sentence.trim(), f.value ? (value as number) : 1)
            : values.sentence.trim()}
        </p>
      )}
    </>
  );
}
