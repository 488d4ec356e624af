/** Open a reporting round: title, as-of date, deadline and the memo's header fields. */
import { type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { todayIso } from '../../lib/dates';
import { useDraft } from '../../lib/useDraft';
import { usePageTitle } from '../../lib/usePageTitle';
import { QueryError } from '../../app/QueryError';
import { Alert } from '../../ui/Alert';
import { Button, ButtonRow } from '../../ui/Button';
import { FieldGroup, TextField } from '../../ui/Field';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { usePlan } from '../plans/api';
import { fieldErrorsOf, SaveProblem } from '../activities/SaveProblem';
import { useCreateRound } from './api';
import { roundPath, roundsPath } from './paths';

interface Values {
  title: string;
  asOf: string;
  deadline: string;
  organisation: string;
  unitName: string;
  recipient: string;
  appendixNumber: string;
  memoDate: string;
  caseNumber: string;
}

const empty = (): Values => ({
  title: '',
  asOf: todayIso(),
  deadline: '',
  organisation: '',
  unitName: '',
  recipient: '',
  appendixNumber: '1',
  memoDate: '',
  caseNumber: '',
});

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function NewRoundPage() {
  const t = useT();
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  const plan = usePlan(slug);
  const scope = `round-new-${slug}`;
  const [values, setValues, clear, restored] = useDraft(scope, empty);
  const create = useCreateRound(scope);
  usePageTitle(t('newRound.title'));
  if (plan.isPending) return <Loading label={t('state.loading')} />;
  if (plan.isError) return <QueryError error={plan.error} />;
  if (!plan.data) return <Alert kind="error" heading={t('error.notFound.heading')} />;
  const planId = plan.data.id;
  const errors = fieldErrorsOf(create.error, (p) => p);
  const field = (key: keyof Values) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(values.appendixNumber);
    create.mutate(
      {
        planId,
        title: values.title.trim(),
        asOf: values.asOf,
        deadline: orNull(values.deadline),
        organisation: orNull(values.organisation),
        unitName: orNull(values.unitName),
        recipient: orNull(values.recipient),
        appendixNumber: values.appendixNumber.trim() === '' || !Number.isInteger(n) ? null : n,
        memoDate: orNull(values.memoDate),
        caseNumber: orNull(values.caseNumber),
      },
      {
        onSuccess: (r) => {
          clear();
          void navigate(roundPath(r.id), { state: { flash: 'opened' } });
        },
      },
    );
  };
  return (
    <>
      <PageTitle
        back={<BackLink to={roundsPath(slug)}>{t('rounds.title', { plan: plan.data.title })}</BackLink>}
        title={t('newRound.title')}
        lead={t('newRound.lead', { plan: plan.data.title })}
      />
      <form onSubmit={submit} noValidate className="ids-form">
        {restored && <Alert kind="info" heading={t('activityForm.restored')} />}
        <SaveProblem error={create.error} fieldErrors={errors} />
        <TextField label={t('newRound.roundTitle')} hint={t('newRound.roundTitleHint')} {...field('title')} />
        <TextField type="date" label={t('newRound.asOf')} hint={t('newRound.asOfHint')} {...field('asOf')} />
        <TextField
          type="date"
          label={t('newRound.deadline')}
          hint={t('newRound.deadlineHint')}
          {...field('deadline')}
        />
        <FieldGroup legend={t('newRound.header')} hint={t('newRound.headerHint')}>
          <TextField label={t('newRound.organisation')} {...field('organisation')} />
          <TextField label={t('newRound.unitName')} {...field('unitName')} />
          <TextField label={t('newRound.recipient')} {...field('recipient')} />
          <TextField
            label={t('newRound.appendixNumber')}
            inputMode="numeric"
            width="xs"
            {...field('appendixNumber')}
          />
          <TextField type="date" label={t('newRound.memoDate')} {...field('memoDate')} />
          <TextField label={t('newRound.caseNumber')} width="m" {...field('caseNumber')} />
        </FieldGroup>
        <ButtonRow>
          <Button type="submit" icon="check" disabled={create.isPending}>
            {t('newRound.submit')}
          </Button>
          <Button
            variant="tertiary"
            onClick={() => {
              clear();
              void navigate(roundsPath(slug));
            }}
          >
            {t('activityForm.cancel')}
          </Button>
        </ButtonRow>
      </form>
    </>
  );
}
