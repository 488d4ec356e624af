/** Every version of a status text: who, when, what they did, the comment of a return, and the lines that changed. */
import type { StatusUpdateVersion } from '../../api/types';
import { useT } from '../../i18n/useT';
import { QueryError } from '../../app/QueryError';
import { Loading } from '../../ui/Loading';
import { useStatusHistory } from './api';
import { when } from './when';

function Changes(props: { changes: StatusUpdateVersion['changes'] }) {
  const t = useT();
  const changed = props.changes.filter((c) => c.kind !== 'same');
  if (changed.length === 0) return null;
  return (
    <ul className="ids-plain ids-diff" aria-label={t('textHistory.changes')}>
      {changed.map((c, n) =>
        c.kind === 'added' ? (
          <li key={n}>
            <ins>
              <span className="ids-diff-mark">{t('textHistory.added')}</span> {c.text}
            </ins>
          </li>
        ) : (
          <li key={n}>
            <del>
              <span className="ids-diff-mark">{t('textHistory.removed')}</span> {c.text}
            </del>
          </li>
        ),
      )}
    </ul>
  );
}

export function StatusHistory(props: { roundId: number; initiativeId: number }) {
  const t = useT();
  const history = useStatusHistory(props.roundId, props.initiativeId);
  const versions = [...(history.data ?? [])].reverse();
  return (
    <section aria-labelledby="text-history">
      <h2 id="text-history">{t('textHistory.heading')}</h2>
      {history.isPending && <Loading label={t('history.loading')} />}
      {history.isError && <QueryError error={history.error} />}
      {history.isSuccess && versions.length === 0 && <p>{t('textHistory.empty')}</p>}
      {versions.length > 0 && (
        <ol className="ids-card-list ids-history" aria-label={t('textHistory.caption')}>
          {versions.map((v) => (
            <li key={v.version}>
              <p className="ids-history-meta">
                <strong>{t(`textHistory.action.${v.action}`, { version: v.version })}</strong>
                <span className="ids-muted">
                  {t('textHistory.byAt', { actor: v.actor, when: when(t, v.at) })}
                </span>
              </p>
              {v.comment && (
                <blockquote className="ids-comment">
                  <p>{t('textHistory.comment', { comment: v.comment })}</p>
                </blockquote>
              )}
              <Changes changes={v.changes} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
