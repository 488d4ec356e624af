/**
 * The days-off setting: which customary days off (grundlovsdag, 24 and 31 December) the working days to a round's
 * deadline leave out, besides weekends and public holidays — with this year's and next year's days off as the
 * choice would count them.
 */
import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../../src/domain/format';
import { daysOff, type DaysOffSetting } from '../../../../src/domain/working-days';
import { DaysOffInput, type DaysOff } from '../../../../src/schemas/settings';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { todayIso } from '../../lib/dates';
import { Alert } from '../../ui/Alert';
import { Button, ButtonRow } from '../../ui/Button';
import { Checkbox, FieldGroup } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { when } from '../rounds/when';
import { useDaysOff, useSetDaysOff } from '../settings/api';
import { AdminFrame } from './AdminFrame';
import { AdminProblem } from './Problem';
import { checkInput, fieldErrors } from './validate';

const DAYS = ['grundlovsdag', 'juleaftensdag', 'nytaarsaftensdag'] as const;

export function DaysOffPage() {
  const t = useT();
  const setting = useDaysOff();
  return (
    <AdminFrame part="daysOff" title={t('admin.daysOff.title')} lead={t('admin.daysOff.lead')}>
      {setting.isPending && <Loading label={t('state.loading')} />}
      {setting.isError && <QueryError error={setting.error} />}
      {setting.data && <DaysOffForm stored={setting.data} />}
    </AdminFrame>
  );
}

function DaysOffForm({ stored }: { stored: DaysOff }) {
  const t = useT();
  const save = useSetDaysOff();
  const [values, setValues] = useState<DaysOffSetting>(() => ({
    grundlovsdag: stored.grundlovsdag,
    juleaftensdag: stored.juleaftensdag,
    nytaarsaftensdag: stored.nytaarsaftensdag,
  }));
  const [checked, setChecked] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const error = checked ?? save.error;
  const year = Number(todayIso().slice(0, 4));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkInput(DaysOffInput, values, t);
    setChecked(problem);
    if (problem) return;
    save.mutate({ ...values, version: stored.version }, { onSuccess: () => setSaved(true) });
  };
  return (
    <>
      <form onSubmit={submit} noValidate className="ids-form ids-card">
        <AdminProblem error={error} fieldErrors={fieldErrors(error)} />
        {saved && <Alert kind="success" heading={t('admin.daysOff.saved')} live />}
        <FieldGroup legend={t('admin.daysOff.legend')} hint={t('admin.daysOff.hint')}>
          {DAYS.map((d) => (
            <Checkbox
              key={d}
              label={t(`admin.daysOff.${d}`)}
              checked={values[d]}
              onChange={(e) => {
                setSaved(false);
                setValues((v) => ({ ...v, [d]: e.target.checked }));
              }}
            />
          ))}
        </FieldGroup>
        <p className="ids-muted">
          {stored.updatedBy && stored.updatedAt
            ? t('admin.daysOff.changedBy', { who: stored.updatedBy, at: when(t, stored.updatedAt) })
            : t('admin.daysOff.default')}
        </p>
        <ButtonRow>
          <Button type="submit" icon="check" disabled={save.isPending}>
            {t('admin.save')}
          </Button>
        </ButtonRow>
      </form>
      {[year, year + 1].map((y) => (
        <section key={y} aria-labelledby={`days-off-${y}`}>
          <h2 id={`days-off-${y}`} className="h3">
            {t('admin.daysOff.yearHeading', { year: y })}
          </h2>
          <ul>
            {[...daysOff(y, values)]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([date, name]) => (
                <li key={date}>{t('admin.daysOff.day', { date: formatDate(date), name })}</li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
