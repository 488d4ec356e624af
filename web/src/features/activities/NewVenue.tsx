/**
 * A new venue, added from the activity form when the place is not in the list yet: its name (as typed in the
 * venue field), its kind and, if known, its unit. Inside the activity's own form, so it is a group, not a form of
 * its own: Enter in its fields adds the venue instead of saving the activity.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { VENUE_KINDS } from '../../../../src/domain/types';
import { ApiError } from '../../api/client';
import type { Venue } from '../../api/types';
import { errorKey } from '../../app/error-key';
import { Alert } from '../../ui/Alert';
import { Button, ButtonRow } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { useCreateVenue, useUnits, useVenuesNow } from '../reference/api';

export function NewVenue(props: {
  name: string;
  /** The venue to choose: the new one, or the one that already had the name; and what to tell the person. */
  onChosen: (venueId: number, notice: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const units = useUnits();
  const create = useCreateVenue();
  const venuesNow = useVenuesNow();
  const [values, setValues] = useState({ name: props.name, kind: '', unitId: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const first = useRef<HTMLInputElement>(null);
  // The person chose to add a venue: the name they typed is the first field.
  useEffect(() => first.current?.focus(), []);
  // Saving the activity while the venue is still open would leave it out unnoticed: the activity's form waits, and
  // the person is told to add the venue or cancel it first. (A listener on the form itself runs before React's
  // own, which listens where the app is mounted.)
  useEffect(() => {
    const form = first.current?.closest('form');
    if (!form) return;
    const hold = (e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      setErrors({ name: t('newVenue.notAdded') });
      first.current?.focus();
    };
    form.addEventListener('submit', hold);
    return () => form.removeEventListener('submit', hold);
  }, [t]);

  const submit = () => {
    const name = values.name.trim();
    const missing: Record<string, string> = {};
    if (!name) missing.name = t('newVenue.nameMissing');
    if (!values.kind) missing.kind = t('newVenue.kindMissing');
    setErrors(missing);
    setProblem(null);
    if (Object.keys(missing).length > 0) return;
    create.mutate(
      { name, kind: values.kind as Venue['kind'], unitId: values.unitId ? Number(values.unitId) : null },
      {
        onSuccess: (venue) => props.onChosen(venue.id, t('newVenue.created', { name: venue.name })),
        onError: (e) => {
          if (e instanceof ApiError && e.code === 'duplicate' && e.existingId !== undefined) {
            // The list has been read again by now (useCreateVenue): it names the venue as stored.
            const existing = venuesNow().find((v) => v.id === e.existingId);
            props.onChosen(e.existingId, t('newVenue.existed', { name: existing?.name ?? name }));
          } else if (e instanceof ApiError && Object.keys(e.fieldErrors).length > 0) {
            setErrors(e.fieldErrors);
          } else {
            setProblem(e);
          }
        },
      },
    );
  };
  // Enter adds the venue; the activity's form is not sent from here.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
    }
  };
  return (
    <div className="ids-subform" role="group" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <p className="h4" id={headingId}>
        {t('newVenue.heading')}
      </p>
      <TextField
        ref={first}
        label={t('newVenue.name')}
        value={values.name}
        error={errors.name}
        maxLength={200}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
      />
      <SelectField
        label={t('newVenue.kind')}
        value={values.kind}
        error={errors.kind}
        onChange={(e) => setValues({ ...values, kind: e.target.value })}
        options={[
          { value: '', label: t('newVenue.chooseKind') },
          ...VENUE_KINDS.map((k) => ({ value: k, label: t(`venueKind.${k}`) })),
        ]}
      />
      <SelectField
        label={t('newVenue.unit')}
        hint={t('newVenue.unitHint')}
        value={values.unitId}
        error={errors.unitId}
        onChange={(e) => setValues({ ...values, unitId: e.target.value })}
        options={[
          { value: '', label: t('newVenue.noUnit') },
          ...(units.data ?? []).map((u) => ({ value: String(u.id), label: `${u.code} – ${u.name}` })),
        ]}
      />
      {problem !== null && (
        <Alert kind="error" heading={t(`${errorKey(problem)}.heading`)} live>
          <p>
            {problem instanceof ApiError && problem.status === 403
              ? problem.message
              : t(`${errorKey(problem)}.next`)}
          </p>
        </Alert>
      )}
      <ButtonRow>
        <Button icon="plus" onClick={submit} disabled={create.isPending}>
          {t('newVenue.add')}
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          {t('newVenue.cancel')}
        </Button>
      </ButtonRow>
    </div>
  );
}
