/** The activity form's fields: state, title, date or period, kind, venues, partner and reach. */
import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { ACTIVITY_KINDS, type ActivityState } from '../../../../src/domain/types';
import type { Target } from '../../api/types';
import { RadioGroup, SelectField, TextField } from '../../ui/Field';
import { MultiCombobox } from '../../ui/MultiCombobox';
import { usePartners, useTargetGroups, useVenues } from '../reference/api';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { NewVenue } from './NewVenue';
import { reachGroups, type FormValues } from './form-model';
import { ReachFields } from './ReachFields';

export function ActivityFields(props: {
  values: FormValues;
  onChange: (v: FormValues) => void;
  errors: Record<string, string>;
  targets: Target[];
  states: ActivityState[];
}) {
  const t = useT();
  const venues = useVenues();
  const partners = usePartners();
  const groups = useTargetGroups();
  const me = useMe();
  // A place not in the list yet is added here, by whoever registers activities.
  const mayAddVenue = may(me.data, 'venue:create', {});
  const [newVenue, setNewVenue] = useState<string | null>(null);
  const [venueNotice, setVenueNotice] = useState('');
  const { values, errors } = props;
  const venueInput = useRef<HTMLInputElement>(null);
  // The venue is added when the server answers: by then the person may have changed other fields.
  const latest = useRef(values);
  latest.current = values;
  const set = <K extends keyof FormValues>(k: K, v: FormValues[K]) => props.onChange({ ...values, [k]: v });
  return (
    <>
      <RadioGroup
        legend={t('activityForm.state')}
        name="state"
        value={values.state}
        error={errors.state}
        options={props.states.map((s) => ({ value: s, label: t(`activityForm.stateOption.${s}`) }))}
        onChange={(v) => set('state', v as ActivityState)}
      />
      <TextField
        label={t('activityForm.title')}
        hint={t('activityForm.titleHint')}
        value={values.title}
        error={errors.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <div className="ids-reach-row">
        <TextField
          label={t('activityForm.dateFrom')}
          type="date"
          value={values.dateFrom}
          error={errors.dateFrom}
          onChange={(e) => set('dateFrom', e.target.value)}
        />
        <TextField
          label={t('activityForm.dateTo')}
          hint={t('activityForm.dateToHint')}
          type="date"
          value={values.dateTo}
          error={errors.dateTo}
          onChange={(e) => set('dateTo', e.target.value)}
        />
      </div>
      <SelectField
        label={t('activityForm.kind')}
        value={values.kind}
        error={errors.kind}
        onChange={(e) => set('kind', e.target.value as FormValues['kind'])}
        options={[
          { value: '', label: t('activityForm.chooseKind') },
          ...ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKind.${k}`) })),
        ]}
      />
      <MultiCombobox
        label={t('activityForm.venues')}
        hint={t('activityForm.venuesHint')}
        error={errors.venueIds}
        options={(venues.data ?? []).map((v) => ({
          id: v.id,
          label: v.name,
          detail: t(`venueKind.${v.kind}`),
        }))}
        selected={values.venueIds}
        onChange={(ids) => set('venueIds', ids)}
        removeLabel={(name) => t('activityForm.removeVenue', { name })}
        noMatches={t('activityForm.noVenueMatch')}
        selectedLabel={t('activityForm.chosenVenues')}
        inputRef={venueInput}
        create={
          mayAddVenue
            ? {
                label: (name) => t('newVenue.offer', { name }),
                onCreate: (name) => {
                  setVenueNotice('');
                  setNewVenue(name);
                },
              }
            : undefined
        }
      />
      {newVenue !== null && (
        <NewVenue
          name={newVenue}
          onChosen={(id, notice) => {
            setNewVenue(null);
            setVenueNotice(notice);
            const now = latest.current;
            if (!now.venueIds.includes(id)) props.onChange({ ...now, venueIds: [...now.venueIds, id] });
            venueInput.current?.focus();
          }}
          onCancel={() => {
            setNewVenue(null);
            venueInput.current?.focus();
          }}
        />
      )}
      <p role="status" className="ids-muted ids-notice">
        {venueNotice}
      </p>
      <SelectField
        label={t('activityForm.partner')}
        value={values.partnerId}
        error={errors.partnerId}
        onChange={(e) => set('partnerId', e.target.value)}
        options={[
          { value: '', label: t('activityForm.noPartner') },
          ...(partners.data ?? []).map((p) => ({ value: String(p.id), label: p.name })),
        ]}
      />
      <ReachFields
        values={values}
        groups={reachGroups(values, props.targets)}
        allGroups={groups.data ?? []}
        errors={errors}
        onChange={props.onChange}
      />
    </>
  );
}
