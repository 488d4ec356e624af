/**
 * Close the round (freezing its figures and approved texts), naming what is missing first; or reopen a closed
 * round with a reason. Offered only to those who may (the server refuses the rest anyway).
 */
import { useState, type FormEvent } from 'react';
import type { Round, StatusUpdate } from '../../api/types';
import { useT } from '../../i18n/useT';
import { Button, ButtonRow } from '../../ui/Button';
import { ConfirmAction } from '../../ui/Confirm';
import { TextArea } from '../../ui/Field';
import { fieldErrorsOf, SaveProblem } from '../activities/SaveProblem';
import { useCloseRound, useReopenRound } from './api';
import { initiativeLabel } from './Board';

export function CloseRound(props: { round: Round; updates: StatusUpdate[] }) {
  const t = useT();
  const close = useCloseRound(props.round.id);
  const missing = props.updates.filter((u) => u.state !== 'approved');
  const send = (done: () => void) =>
    close.mutate(
      { version: props.round.version, missing: missing.map((u) => u.initiativeId) },
      { onSuccess: done },
    );
  return (
    <section aria-labelledby="close-heading" className="ids-card">
      <h2 id="close-heading" className="h3">
        {t('round.closeHeading')}
      </h2>
      <p>{t('round.closeLead')}</p>
      <SaveProblem error={close.error} fieldErrors={fieldErrorsOf(close.error, (p) => p)} />
      {missing.length === 0 ? (
        <p>{t('round.allApproved')}</p>
      ) : (
        <>
          <p>{t('round.missingIntro', { count: missing.length })}</p>
          <ul>
            {missing.map((u) => (
              <li key={u.initiativeId}>
                {initiativeLabel(u)} ({t(`round.state.${u.state}`)})
              </li>
            ))}
          </ul>
        </>
      )}
      <ConfirmAction
        label={t('round.close')}
        icon="flag"
        variant="primary"
        ask={missing.length > 0}
        heading={t('round.closeConfirm', { count: missing.length })}
        yes={t('round.closeYes')}
        yesIcon="check"
        yesVariant="primary"
        no={t('round.closeNo')}
        busy={close.isPending}
        onConfirm={send}
      />
    </section>
  );
}

export function ReopenRound(props: { round: Round }) {
  const t = useT();
  const reopen = useReopenRound(props.round.id);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const errors = fieldErrorsOf(reopen.error, (p) => p);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissingReason(reason.trim() === '');
    if (reason.trim() === '') return;
    reopen.mutate(
      { version: props.round.version, reason: reason.trim() },
      { onSuccess: () => setReason('') },
    );
  };
  return (
    <section aria-labelledby="reopen-heading" className="ids-card">
      <h2 id="reopen-heading" className="h3">
        {t('round.reopenHeading')}
      </h2>
      <p>{t('round.reopenLead')}</p>
      <form onSubmit={submit} noValidate>
        <SaveProblem error={reopen.error} fieldErrors={errors} />
        <TextArea
          label={t('round.reopenReason')}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={missingReason ? t('round.reopenReasonMissing') : errors.reason}
        />
        <ButtonRow>
          <Button type="submit" variant="secondary" icon="refresh" disabled={reopen.isPending}>
            {t('round.reopen')}
          </Button>
        </ButtonRow>
      </form>
    </section>
  );
}
