/**
 * An initiative's history from the audit log (GET /api/v1/initiatives/:id/history): who changed what and when,
 * newest first, in Danish words. Shown only to those the server lets read it — administrators, the plan's
 * coordinators and the initiative's owners — so nobody else is sent a request that would only be refused.
 */
import type { TFunction } from 'i18next';
import { useT } from '../../i18n/useT';
import { copenhagenTime } from '../../../../src/domain/audit-period';
import { formatDate, formatNumber } from '../../../../src/domain/format';
import type { AuditEntry } from '../../../../src/schemas/audit';
import { QueryError } from '../../app/QueryError';
import { isIsoDate } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import type { Initiative } from '../../api/types';
import { useInitiativeHistory } from './api';

/** Values longer than this are cut, so one long text does not fill the page. */
const MAX_VALUE = 80;

/** The history section, or nothing for people who may not read it. */
export function InitiativeHistory(props: { initiative: Initiative }) {
  const me = useMe();
  const { id, planId } = props.initiative;
  if (!may(me.data, 'history:read', { planId, initiativeId: id })) return null;
  return <HistorySection initiativeId={id} />;
}

function HistorySection(props: { initiativeId: number }) {
  const t = useT();
  const history = useInitiativeHistory(props.initiativeId, true);
  const entries = history.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('history.heading')}</h2>
      {history.isPending && <Loading label={t('history.loading')} />}
      {history.isError && <QueryError error={history.error} />}
      {history.isSuccess && entries.length === 0 && <p>{t('history.empty')}</p>}
      {entries.length > 0 && (
        <ol className="ids-card-list ids-history" aria-label={t('history.caption')}>
          {entries.map((e) => (
            <li key={e.id}>
              <p className="ids-history-meta">
                <strong>
                  <time dateTime={e.at}>{when(t, e.at)}</time>
                </strong>
                <span className="ids-muted">{t('history.by', { actor: e.actor })}</span>
              </p>
              <Change entry={e} />
            </li>
          ))}
        </ol>
      )}
      {history.hasNextPage && (
        <Button
          variant="secondary"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? t('history.loadingOlder') : t('history.older')}
        </Button>
      )}
    </section>
  );
}

/** "oprettede aktivitet »Workshop«" (or "aktivitet #12"), and for an update the changed fields as "Titel: før → efter". */
function Change({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const changed = entry.action === 'create' || entry.action === 'delete' ? [] : changedFields(entry);
  const record = t(`history.entity.${entry.entityType}`, { defaultValue: entry.entityType });
  const action = t(`history.action.${entry.action}`, { defaultValue: entry.action });
  const named = entry.after?.title ?? entry.before?.title;
  const title = typeof named === 'string' ? shorten(named) : undefined;
  return (
    <>
      {t(title ? 'history.sentenceTitled' : 'history.sentence', {
        action,
        record,
        title,
        id: entry.entityId,
      })}
      {changed.length > 0 && (
        <ul>
          {changed.map((f) => (
            <li key={f}>
              {t('history.change', {
                field: t(`history.field.${f}`, { defaultValue: f }),
                before: value(t, f, entry.before?.[f]),
                after: value(t, f, entry.after?.[f]),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The fields an entry changed (before and after hold only those), without bookkeeping fields. */
function changedFields(e: AuditEntry): string[] {
  const keys = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
  for (const k of ['version', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'id']) keys.delete(k);
  return [...keys];
}

/** "25. november 2026 kl. 14.05", Copenhagen time. */
function when(t: TFunction, at: string): string {
  const [date = '', time = ''] = copenhagenTime(at).split(' ');
  return t('history.at', { date: formatDate(date), time: time.slice(0, 5).replace(':', '.') });
}

/** A field's value as a person reads it, cut to MAX_VALUE characters. */
function value(t: TFunction, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return t('common.dash');
  if (typeof v === 'boolean') return t(v ? 'history.yes' : 'history.no');
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v !== 'string') return shorten(JSON.stringify(v));
  if (field === 'state') return t(`activity.state.${v}`, { defaultValue: v });
  return isIsoDate(v) ? formatDate(v) : shorten(v);
}

function shorten(s: string): string {
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1).trimEnd()}…` : s;
}
