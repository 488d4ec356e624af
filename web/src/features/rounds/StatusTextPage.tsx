/**
 * One recommendation's status text in a round: its state and the coordinator's comment, the editor with a live
 * preview (for its owners and the coordinators while it may be written), approve or return (for the coordinators),
 * and the text's history (for everyone who may read the round).
 */
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { usePageTitle } from '../../lib/usePageTitle';
import { QueryError } from '../../app/QueryError';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { useTextTokens, useUpdates } from './api';
import { initiativeLabel } from './Board';
import { MemoText } from './MemoText';
import { roundPath } from './paths';
import { StatusHistory } from './StatusHistory';
import { valuesOf } from './TokenPicker';
import { Decision, TextEditor, type Done } from './TextEditor';
import { UpdateStateBadge } from './UpdateStateBadge';
import { useRoundRoute } from './useRoundRoute';
import { when } from './when';

export function StatusTextPage() {
  const t = useT();
  const { initiativeId = '' } = useParams();
  const route = useRoundRoute();
  const me = useMe();
  const ready = route.state === 'ready' ? route : null;
  const updates = useUpdates(ready?.round.id ?? 0);
  const [done, setDone] = useState<Done | null>(null);
  const update = updates.data?.find((u) => u.initiativeId === Number(initiativeId));
  const tokens = useTextTokens(ready?.round.id ?? 0, update?.initiativeId ?? 0);
  usePageTitle(update ? initiativeLabel(update) : undefined);
  if (route.state === 'loading' || updates.isPending) return <Loading label={t('state.loading')} />;
  if (route.state === 'error') return <QueryError error={route.error} />;
  if (updates.isError) return <QueryError error={updates.error} />;
  if (!update) return <Alert kind="error" heading={t('error.notFound.heading')} />;
  const { round } = route;
  const scope = { planId: round.planId, initiativeId: update.initiativeId };
  const open = round.state === 'open';
  const mayWrite =
    open &&
    may(me.data, 'status:write', scope) &&
    (update.state === 'missing' || update.state === 'draft' || update.state === 'returned');
  const mayDecide =
    open &&
    may(me.data, 'status:approve', scope) &&
    (update.state === 'submitted' || update.state === 'approved');
  return (
    <>
      <PageTitle
        back={<BackLink to={roundPath(round.id)}>{round.title}</BackLink>}
        title={initiativeLabel(update)}
        lead={t('statusText.lead', { round: round.title })}
      />
      {done && <Alert kind="success" heading={t(`statusText.done.${done}`)} live />}
      <p className="ids-state-line">
        <span>{t('round.textState')}:</span> <UpdateStateBadge state={update.state} />
        {(update.state === 'submitted' || update.state === 'approved') &&
          update.submittedBy &&
          update.submittedAt && (
            <span className="ids-muted">
              {t('statusText.submittedBy', { who: update.submittedBy, when: when(t, update.submittedAt) })}
            </span>
          )}
      </p>
      {update.state === 'returned' && update.comment && (
        <Alert kind="warning" heading={t('statusText.returnedHeading', { who: update.decidedBy ?? '' })}>
          <p>{update.comment}</p>
        </Alert>
      )}
      {mayWrite ? (
        <TextEditor key={update.version} update={update} onDone={setDone} />
      ) : (
        <Card>
          <h2 className="h3">{t('statusText.current')}</h2>
          <MemoText text={update.text} empty={t('statusText.previewEmpty')} values={valuesOf(tokens.data)} />
        </Card>
      )}
      {mayDecide && <Decision key={update.version} update={update} onDone={setDone} />}
      <StatusHistory roundId={round.id} initiativeId={update.initiativeId} />
    </>
  );
}
