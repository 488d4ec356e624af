/**
 * A proposed plan read from a memo, for review: the plan, then each initiative with its targets, funding, opening
 * balances and planned activities; every review mark is shown beside the part it is about, those that must be
 * resolved before saving as errors with a field to resolve them.
 */
import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import {
  fillSentence,
  formatDate,
  formatFundingSentence,
  formatNumber,
  formatPeriod,
} from '../../../../src/domain/format';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card, Facts } from '../../ui/Card';
import { TextField } from '../../ui/Field';
import { Table } from '../../ui/Table';
import type { Proposal } from './api';
import { corrected, fieldOf, isDateField, marksUnder, type Mark } from './review';

/** The mark of a memo that does not state its as-of date. */
const AS_OF_PATH = 'rounds.0.asOf';

type Initiative = Proposal['document']['initiatives'][number];
type Target = Initiative['targets'][number];
type Activity = Initiative['activities'][number];

function Marks({ marks }: { marks: Mark[] }) {
  const t = useT();
  if (marks.length === 0) return null;
  return (
    <ul className="ids-plain">
      {marks.map((m, n) => (
        <li key={`${m.path}-${n}`}>
          <Alert
            kind={m.blocking ? 'error' : 'warning'}
            heading={m.blocking ? t('memoImport.mustResolve') : t('memoImport.toReview')}
          >
            {m.message}
          </Alert>
        </li>
      ))}
    </ul>
  );
}

/** A field to resolve one blocking mark. */
function Resolve(props: {
  mark: Mark;
  proposal: Proposal;
  onChange: (p: Proposal) => void;
  onAsOf: (date: string) => void;
}) {
  const t = useT();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const field = fieldOf(props.mark.path);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The as-of date dates the opening balances too: the memo is read again with it.
    if (props.mark.path === AS_OF_PATH && /^\d{4}-\d{2}-\d{2}$/.test(value)) return props.onAsOf(value);
    const next = corrected(props.proposal, props.mark.path, value);
    if (!next) return setError(t('memoImport.invalidValue'));
    setError(undefined);
    props.onChange(next);
  };
  return (
    <form onSubmit={submit} noValidate className="ids-form">
      <Alert kind="error" heading={t('memoImport.mustResolve')}>
        {props.mark.message}
      </Alert>
      <TextField
        label={t(`memoImport.field.${field === 'population' || field === 'asOf' ? field : 'other'}`)}
        type={isDateField(props.mark.path) ? 'date' : 'text'}
        inputMode={isDateField(props.mark.path) ? undefined : 'decimal'}
        width="m"
        value={value}
        error={error}
        onChange={(e) => setValue(e.target.value)}
      />
      <Button type="submit" variant="secondary" icon="check">
        {t('memoImport.resolve')}
      </Button>
    </form>
  );
}

function targetText(t: ReturnType<typeof useT>, target: Target): string {
  const sentence = target.sentence ? fillSentence(target.sentence, target.value) : '';
  const figure =
    target.metricKind === 'milestone'
      ? t('memoImport.milestone')
      : t('memoImport.targetFigure', {
          comparator: t(`memoImport.comparator.${target.comparator === '<=' ? 'atMost' : 'atLeast'}`),
          value: formatNumber(target.value),
          unit: target.metricKind === 'share' ? t('memoImport.percent') : target.unitLabel,
          metric: t(`memoImport.metric.${target.metricKind}`),
        });
  return sentence ? `${sentence} ${t('memoImport.readAs', { figure })}` : figure;
}

function reachText(a: Activity): string {
  const parts = Object.entries(a.reach).map(([g, n]) => `${formatNumber(n)} ${g}`);
  if (a.unnamedVenues > 0) parts.push(`${formatNumber(a.unnamedVenues)} steder`);
  if (a.occurrences > 1) parts.push(`${formatNumber(a.occurrences)} × ${a.kind}`);
  return parts.join(', ');
}

function InitiativeCard(props: { initiative: Initiative; index: number; review: Mark[] }) {
  const t = useT();
  const i = props.initiative;
  const at = `initiatives.${props.index}`;
  const own = props.review.filter(
    (m) =>
      m.path === at ||
      (m.path.startsWith(`${at}.`) && !/^initiatives\.\d+\.(targets|activities|funding)\.\d+/.test(m.path)),
  );
  const balances = i.activities.filter((a) => a.imported);
  const planned = i.activities.map((a, n) => ({ a, n })).filter(({ a }) => !a.imported);
  const funding = formatFundingSentence(
    i.funding.map((f, n) => ({ ...f, id: n + 1, initiativeId: 0, position: n, version: 1 })),
    { includeSource: true },
  );
  const heading = `${i.number === null ? '' : `${i.number}. `}${i.title}`;
  return (
    <Card as="section">
      <h3>{heading}</h3>
      <p>
        {i.kind === 'recommendation' ? t('memoImport.recommendation') : t('memoImport.otherInitiative')}
        {i.unit ? ` · ${i.unit}` : ''}
      </p>
      {i.purpose && <p>{i.purpose}</p>}
      <Marks marks={own.filter((m) => !m.blocking)} />
      <h4>{t('memoImport.targets')}</h4>
      {i.targets.length === 0 ? (
        <p>{t('memoImport.noTargets')}</p>
      ) : (
        <ul>
          {i.targets.map((target, n) => (
            <li key={n}>
              {targetText(t, target)}
              <Marks marks={marksUnder(props.review, `${at}.targets.${n}`).filter((m) => !m.blocking)} />
            </li>
          ))}
        </ul>
      )}
      <h4>{t('memoImport.funding')}</h4>
      <p>{funding || t('memoImport.noFunding')}</p>
      <Marks marks={marksUnder(props.review, `${at}.funding`).filter((m) => !m.blocking)} />
      {balances.length > 0 && (
        <>
          <h4>{t('memoImport.balances')}</h4>
          <ul>
            {balances.map((a, n) => (
              <li key={n}>
                {t('memoImport.balance', { figures: reachText(a) || a.title, date: formatDate(a.dateFrom) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {planned.length > 0 && (
        <>
          <Table
            caption={t('memoImport.planned', { initiative: heading })}
            head={[t('memoImport.activity'), t('memoImport.kind'), t('memoImport.expectedReach')]}
            rows={planned.map(({ a }) => [a.title, t(`activityKind.${a.kind}`), reachText(a) || '–'])}
            wide
          />
          <Marks
            marks={planned
              .flatMap(({ n }) => marksUnder(props.review, `${at}.activities.${n}`))
              .filter((m) => !m.blocking)}
          />
        </>
      )}
    </Card>
  );
}

export function ProposalView(props: {
  proposal: Proposal;
  onChange: (p: Proposal) => void;
  onAsOf: (date: string) => void;
}) {
  const t = useT();
  const { document: doc, review } = props.proposal;
  const round = doc.rounds[0];
  const blocking = review.filter((m) => m.blocking);
  const general = review.filter((m) => !m.blocking && !/^initiatives\.\d+/.test(m.path));
  const activities = doc.initiatives.flatMap((i) => i.activities);
  return (
    <section aria-labelledby="forslag">
      <h2 id="forslag">{t('memoImport.proposal', { title: doc.plan.title })}</h2>
      <Facts
        items={[
          { label: t('memoImport.slug'), value: doc.plan.slug },
          { label: t('memoImport.theme'), value: doc.plan.theme },
          {
            label: t('memoImport.period'),
            value: formatPeriod({ from: doc.plan.periodFrom, to: doc.plan.periodTo }),
          },
          { label: t('memoImport.asOf'), value: round ? formatDate(round.asOf) : t('common.none') },
          {
            label: t('memoImport.contents'),
            value: t('memoImport.counts', {
              initiatives: formatNumber(doc.initiatives.length),
              targets: formatNumber(doc.initiatives.flatMap((i) => i.targets).length),
              activities: formatNumber(activities.filter((a) => !a.imported).length),
              balances: formatNumber(activities.filter((a) => a.imported).length),
            }),
          },
        ]}
      />
      <Alert kind={blocking.length > 0 ? 'error' : review.length > 0 ? 'warning' : 'success'} live>
        {t('memoImport.reviewSummary', {
          marks: formatNumber(review.length),
          blocking: formatNumber(blocking.length),
        })}
      </Alert>
      {blocking.map((m) => (
        <Resolve
          key={m.path}
          mark={m}
          proposal={props.proposal}
          onChange={props.onChange}
          onAsOf={props.onAsOf}
        />
      ))}
      <Marks marks={general} />
      <h2>{t('memoImport.initiatives')}</h2>
      {doc.initiatives.map((i, n) => (
        <InitiativeCard key={n} initiative={i} index={n} review={review} />
      ))}
    </section>
  );
}
