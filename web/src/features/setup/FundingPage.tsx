/**
 * Add or change a funding row, with the initiative's "Midler afsat" line rendered as the memo will print it — the
 * other rows as stored and this one as typed — so the sentence can be read before it is saved.
 */
import { useParams } from 'react-router';
import { fundingRules } from '../../../../src/domain/rules/funding';
import {
  AMOUNT_BASES,
  FUNDING_KINDS,
  type AmountBasis,
  type FundingKind,
} from '../../../../src/domain/types';
import { FundingInput } from '../../../../src/schemas/funding';
import type { Funding } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { Alert } from '../../ui/Alert';
import { FieldGroup, RadioGroup, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { may } from '../auth/permissions';
import { useFunding } from '../initiatives/api';
import { useRecordForm } from './record-form';
import { fundingSentence } from '../plans/funding';
import {
  emptyFunding,
  fundingPreviewRow,
  fundingValuesOf,
  toFundingInput,
  type FundingValues,
} from './model';
import { DeleteRecord, SetupForm } from './SetupForm';
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
  const { ctx, row, rows } = props;
  const { initiative, plan } = ctx;
  const f = useRecordForm({
    path: 'funding',
    input: FundingInput,
    rules: fundingRules,
    record: row,
    draftKey: row ? `funding-edit-${row.id}` : `funding-new-${initiative.id}`,
    initial: () => (row ? fundingValuesOf(row) : emptyFunding(rows.length)),
    setup: ctx.setup,
    reload: props.reload,
    saved: t('setup.funding.saved'),
    deleted: t('setup.funding.deleted'),
  });
  // The sentence in the row order the memo uses (by position), this row as typed in its place.
  const others = rows.filter((r) => r.id !== row?.id);
  const typed = { ...fundingPreviewRow(f.values), id: row?.id ?? 0 };
  const all = [...others, typed].sort(
    (a, b) => a.position - b.position || (a.id || Infinity) - (b.id || Infinity),
  );
  return (
    <>
      <SetupForm
        {...f.form}
        saveLabel={t(row ? 'setup.saveChanges' : 'setup.funding.create')}
        preview={<FundingPreview sentence={fundingSentence(all, plan.title)} plan={plan.title} />}
        onSubmit={() => f.submit(toFundingInput(initiative.id, f.values))}
      >
        {(errors) => <FundingFields values={f.values} onChange={f.setValues} errors={errors} />}
      </SetupForm>
      {row && (
        <DeleteRecord
          {...f.remove}
          label={t('setup.funding.delete')}
          question={t('setup.funding.deleteConfirm')}
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
