/**
 * A reporting round: its facts and deadline, the completeness board, the memo (preview and downloads), and closing
 * or reopening it for those who may.
 */
import { useLocation } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../../../src/domain/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { QueryError } from '../../app/QueryError';
import { Alert } from '../../ui/Alert';
import { Card, Facts } from '../../ui/Card';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { memoUrl, useUpdates } from './api';
import { Board } from './Board';
import { CloseRound, ReopenRound } from './CloseRound';
import { Deadline } from './Deadline';
import { roundsPath } from './paths';
import { useRoundRoute } from './useRoundRoute';
import { when } from './when';

function Memo(props: { roundId: number; closed: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="memo-heading" className="ids-card">
      <h2 id="memo-heading" className="h3">
        {t('round.memoHeading')}
      </h2>
      <p>{t(props.closed ? 'round.memoClosed' : 'round.memoOpen')}</p>
      {(['committee', 'working'] as const).map((variant) => {
        const which = t(variant === 'committee' ? 'round.memoCommitteeWhich' : 'round.memoWorkingWhich');
        return (
          <div key={variant}>
            <h3 className="h5">{t(variant === 'committee' ? 'round.memoCommittee' : 'round.memoWorking')}</h3>
            <p>{t(variant === 'committee' ? 'round.memoCommitteeHelp' : 'round.memoWorkingHelp')}</p>
            <ul className="ids-plain ids-memo-links">
              <li>
                <a href={memoUrl(props.roundId, 'html', variant)} target="_blank" rel="noopener">
                  {t('round.memoHtml', { which })}
                  <span className="sr-only"> {t('round.newWindow')}</span>
                </a>
              </li>
              <li>
                <a href={memoUrl(props.roundId, 'docx', variant)} download>
                  {t('round.memoDocx', { which })}
                </a>
              </li>
              <li>
                <a href={memoUrl(props.roundId, 'pdf', variant)} download>
                  {t('round.memoPdf', { which })}
                </a>
              </li>
            </ul>
          </div>
        );
      })}
    </section>
  );
}

export function RoundPage() {
  const t = useT();
  const route = useRoundRoute();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const me = useMe();
  const ready = route.state === 'ready' ? route : null;
  const updates = useUpdates(ready?.round.id ?? 0);
  usePageTitle(ready?.round.title);
  if (route.state === 'loading') return <Loading label={t('state.loading')} />;
  if (route.state === 'error') return <QueryError error={route.error} />;
  const { round, plan } = route;
  const closed = round.state === 'closed';
  const mayClose = may(me.data, 'round:write', { planId: round.planId });
  const header = [
    { label: t('newRound.organisation'), value: round.organisation },
    { label: t('newRound.unitName'), value: round.unitName },
    { label: t('newRound.recipient'), value: round.recipient },
    { label: t('newRound.appendixNumber'), value: round.appendixNumber?.toString() ?? null },
    { label: t('newRound.memoDate'), value: round.memoDate ? formatDate(round.memoDate) : null },
    { label: t('newRound.caseNumber'), value: round.caseNumber },
  ];
  return (
    <>
      <PageTitle
        back={<BackLink to={roundsPath(plan.slug)}>{t('rounds.title', { plan: plan.title })}</BackLink>}
        title={round.title}
        lead={t('round.lead', { plan: plan.title, date: formatDate(round.asOf) })}
      />
      {flash === 'opened' && (
        <Alert kind="success" heading={t('round.opened', { title: round.title })} live />
      )}
      {closed && (
        <Alert
          kind="info"
          heading={t('round.closedBy', { who: round.closedBy ?? '', when: when(t, round.closedAt ?? '') })}
          live
        />
      )}
      <Card>
        <Facts
          items={[
            { label: t('round.stateLabel'), value: t(`rounds.roundState.${round.state}`) },
            { label: t('rounds.asOf'), value: formatDate(round.asOf) },
            { label: t('rounds.deadline'), value: <Deadline deadline={round.deadline} open={!closed} /> },
            ...header.map((h) => ({ label: h.label, value: h.value ?? t('common.none') })),
          ]}
        />
      </Card>
      <section aria-labelledby="board-heading">
        <h2 id="board-heading">{t('round.boardHeading')}</h2>
        {updates.isPending && <Loading label={t('state.loading')} />}
        {updates.isError && <QueryError error={updates.error} />}
        {updates.data && <Board round={round} updates={updates.data} />}
      </section>
      <Memo roundId={round.id} closed={closed} />
      {mayClose && !closed && updates.data && <CloseRound round={round} updates={updates.data} />}
      {mayClose && closed && <ReopenRound round={round} />}
    </>
  );
}
