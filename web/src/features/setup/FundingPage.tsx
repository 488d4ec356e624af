/**
 * Add or change a funding row, with the initiative's "Midler afsat" line rendered as the memo will print it — the
 * other rows as stored and this one as typed — so the sentence can be read before it is saved.
 */
import { useNavigate, useParams } from 'react-router';
import { fundingRules } from '../../../../src/domain/rules/funding';
import {
  AMOUNT_BASES,
  FUNDING_KINDS,
  type AmountBasis,
  type FundingKind,
} from '../../../../src/domain/types';
import { FundingInput } from '../../../../src/schemas/funding';
import { Funding } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { Alert } from '../../ui/Alert';
import { FieldGroup, RadioGroup, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { may } from '../auth/permissions';
import { useFunding } from '../initiatives/api';
import { useCreate, useRemove, useUpdate } from './api';
import { fundingSentence } from '../plans/funding';
import {
  emptyFunding,
  fundingPreviewRow,
  fundingValuesOf,
  toFundingInput,
  type FundingValues,
} from './model';
import { DeleteRecord, SetupForm, useChecked } from './SetupForm';
import { SetupFrame, type SetupContext } from './SetupFrame';

function FundingFields(props: {
  values: FundingValues;
  onChange: (f: (v: FundingValues) => FundingValues) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  const { values, errors } = props;
  const text = (key: 'amount' | 'staffYears' | 'yearFrom' | 'yearTo' | 'source' | 'fundedUntil') => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => props.onChange((v) => ({ ...v, [key]: e.target.value })),
  });
  const frame = values.kind === 'existing_frame';
  return (
    <>
      <RadioGroup
        legend={t('setup.funding.kindLegend')}
        name="funding-kind"
        value={values.kind}
        error={errors.kind}
        options={FUNDING_KINDS.map((k) => ({ value: k, label: t(`setup.funding.kind.${k}`) }))}
        onChange={(k) => props.onChange((v) => ({ ...v, kind: k as FundingKind }))}
      />
      {values.kind === 'money' && (
        <>
          <TextField
            label={t('setup.funding.amount')}
            hint={t('setup.kronerHint')}
            inputMode="numeric"
            width="m"
            {...text('amount')}
          />
          <RadioGroup
            legend={t('setup.funding.basis')}
            name="amount-basis"
            value={values.amountBasis}
            error={errors.amountBasis}
            options={AMOUNT_BASES.map((b) => ({ value: b, label: t(`setup.funding.basisOption.${b}`) }))}
            onChange={(b) => props.onChange((v) => ({ ...v, amountBasis: b as AmountBasis }))}
          />
        </>
      )}
      {values.kind === 'staff_years' && (
        <TextField
          label={t('setup.funding.staffYears')}
          hint={t('setup.funding.staffYearsHint')}
          inputMode="decimal"
          width="s"
          {...text('staffYears')}
        />
      )}
      {!frame && (
        <>
          <FieldGroup legend={t('setup.funding.years')} hint={t('setup.funding.yearsHint')}>
            <div className="ids-reach-row">
              <TextField
                label={t('setup.funding.yearFrom')}
                inputMode="numeric"
                width="xs"
                {...text('yearFrom')}
              />
              <TextField
                label={t('setup.funding.yearTo')}
                inputMode="numeric"
                width="xs"
                {...text('yearTo')}
              />
            </div>
          </FieldGroup>
          <TextField
            label={t('setup.funding.source')}
            hint={t('setup.funding.sourceHint')}
            {...text('source')}
          />
          <TextField
            label={t('setup.funding.fundedUntil')}
            hint={t('setup.funding.fundedUntilHint')}
            inputMode="numeric"
            width="xs"
            {...text('fundedUntil')}
          />
        </>
      )}
    </>
  );
}

function FundingPreview(props: { sentence: string; plan: string }) {
  const t = useT();
  const heading = t('setup.funding.previewHeading');
  return (
    <section aria-label={heading} className="ids-card ids-preview">
      <h2 className="h4">{heading}</h2>
      <p className="ids-memo-line" aria-live="polite">
        <strong>{t('setup.funding.memoLabel')}</strong> {props.sentence || t('setup.funding.previewEmpty')}
      </p>
      <p className="ids-muted">{t('setup.funding.previewNote', { plan: props.plan })}</p>
    </section>
  );
}

function FundingForm(props: {
  ctx: SetupContext;
  row: Funding | null;
  rows: Funding[];
  reload: () => Promise<unknown>;
}) {
  const t = useT();
  const navigate = useNavigate();
  const { ctx, row, rows } = props;
  const { initiative, plan } = ctx;
  const scope = row ? `funding-edit-${row.id}` : `funding-new-${initiative.id}`;
  const [values, setValues, clear, restored] = useDraft(scope, () =>
    row ? fundingValuesOf(row) : emptyFunding(rows.length),
  );
  const create = useCreate('funding', Funding, scope);
  const update = useUpdate('funding', row?.id ?? 0, Funding);
  const remove = useRemove('funding');
  const save = row ? update : create;
  const checked = useChecked(FundingInput, fundingRules);
  // The sentence in the row order the memo uses (by position), this row as typed in its place.
  const others = rows.filter((r) => r.id !== row?.id);
  const typed = { ...fundingPreviewRow(values), id: row?.id ?? 0 };
  const all = [...others, typed].sort(
    (a, b) => a.position - b.position || (a.id || Infinity) - (b.id || Infinity),
  );
  const sentence = fundingSentence(all, plan.title);
  const back = (flash?: string) => {
    clear();
    void navigate(ctx.setup, flash ? { state: { flash } } : undefined);
  };
  return (
    <>
      <SetupForm
        problem={checked.invalid ?? save.error}
        restored={restored}
        busy={save.isPending}
        saveLabel={t(row ? 'setup.saveChanges' : 'setup.funding.create')}
        onCancel={() => back()}
        onReload={() =>
          void props.reload().then(() => {
            setValues((v) => ({ ...v, version: undefined }));
            update.reset();
          })
        }
        preview={<FundingPreview sentence={sentence} plan={plan.title} />}
        onSubmit={() => {
          const body = toFundingInput(initiative.id, values);
          if (!checked.check(body)) return;
          const done = () => back(t('setup.funding.saved'));
          if (row) update.mutate({ ...body, version: values.version ?? row.version }, { onSuccess: done });
          else create.mutate(body, { onSuccess: done });
        }}
      >
        {(errors) => <FundingFields values={values} onChange={setValues} errors={errors} />}
      </SetupForm>
      {row && (
        <DeleteRecord
          label={t('setup.funding.delete')}
          question={t('setup.funding.deleteConfirm')}
          busy={remove.isPending}
          error={remove.error}
          onDelete={() =>
            remove.mutate(
              { id: row.id, version: values.version ?? row.version },
              { onSuccess: () => back(t('setup.funding.deleted')) },
            )
          }
        />
      )}
    </>
  );
}

function FundingBody({ ctx }: { ctx: SetupContext }) {
  const t = useT();
  const { fundingId = '' } = useParams();
  const funding = useFunding({ initiativeId: ctx.initiative.id });
  if (!may(ctx.me, 'funding:write', ctx.scope)) return <Alert kind="info" heading={t('setup.refused')} />;
  if (funding.isPending) return <Loading label={t('state.loading')} />;
  if (funding.isError) return <QueryError error={funding.error} />;
  const row = fundingId === 'ny' ? null : funding.data.find((f) => f.id === Number(fundingId));
  if (row === undefined) return <Alert kind="error" heading={t('error.notFound.heading')} />;
  return <FundingForm ctx={ctx} row={row} rows={funding.data} reload={() => funding.refetch()} />;
}

export function FundingPage() {
  const t = useT();
  const { fundingId = '' } = useParams();
  return (
    <SetupFrame title={() => t(fundingId === 'ny' ? 'setup.funding.newTitle' : 'setup.funding.editTitle')}>
      {(ctx) => <FundingBody key={fundingId} ctx={ctx} />}
    </SetupFrame>
  );
}
