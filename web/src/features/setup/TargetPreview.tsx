/**
 * What the target as typed reads today, computed by the server from the initiative's data with the same engine as
 * every figure (POST /targets/evaluate), before anything is saved. Asked again a moment after each change.
 */
import { useEffect, useState } from 'react';
import { formatDate } from '../../../../src/domain/format';
import { useT } from '../../i18n/useT';
import { todayIso } from '../../lib/dates';
import { TargetFigure } from '../plans/TargetFigure';
import { QueryError } from '../../app/QueryError';
import { Loading } from '../../ui/Loading';
import { useTargetEvaluation } from './api';

/** The value, once it has stayed the same for `ms` (so typing "2000" asks once, not four times). */
export function useSettled<T>(value: T, ms = 350): T {
  const [settled, setSettled] = useState(value);
  const json = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(json) as T), ms);
    return () => clearTimeout(timer);
  }, [json, ms]);
  return settled;
}

export function TargetPreview(props: { body: object | null }) {
  const t = useT();
  const body = useSettled(props.body);
  const result = useTargetEvaluation(body);
  const heading = t('setup.target.previewHeading', { date: formatDate(todayIso()) });
  return (
    <section aria-label={heading} className="ids-card ids-preview">
      <h2 className="h4">{heading}</h2>
      <div aria-live="polite">
        {props.body === null ? (
          <p>{t('setup.target.previewWaiting')}</p>
        ) : result.isError ? (
          <QueryError error={result.error} />
        ) : result.data ? (
          <TargetFigure target={result.data} headingLevel={3} />
        ) : (
          <Loading label={t('setup.target.previewLoading')} />
        )}
      </div>
      <p className="ids-muted">{t('setup.target.previewNote')}</p>
    </section>
  );
}
