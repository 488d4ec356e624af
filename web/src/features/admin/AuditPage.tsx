/**
 * The audit log: who did what to which record and when, newest first, filtered by what, who, action and period
 * (the filters live in the address, so a filtered view can be linked), a page at a time, and the same selection
 * as CSV for Excel.
 */
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { formatNumber } from '../../../../src/domain/format';
import { AuditQuery, type AuditEntry } from '../../../../src/schemas/audit';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { Button, ButtonAnchor, ButtonRow } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { Table } from '../../ui/Table';
import { when } from '../rounds/when';
import { AdminFrame } from './AdminFrame';
import { AUDIT_PAGE_SIZE, auditCsvUrl, useAudit, type AuditFilters } from './api';
import { AdminProblem } from './Problem';
import { checkInput, fieldErrors } from './validate';

/** What the log records changes of, and the actions it records. */
const ENTITY_TYPES = [
  'activity',
  'apiToken',
  'database',
  'expenditure',
  'funding',
  'initiative',
  'measurement',
  'partner',
  'plan',
  'round',
  'setting',
  'statusUpdate',
  'target',
  'targetGroup',
  'unit',
  'user',
  'venue',
] as const;
const ACTIONS = [
  'create',
  'update',
  'delete',
  'merge',
  'submit',
  'approve',
  'return',
  'assess',
  'clear_assessment',
  'close',
  'reopen',
  'import',
  'login',
  'logout',
  'set_password',
  'link_oidc',
  'revoke',
  'wipe',
] as const;

/** Filter → its name in the address. */
const PARAMS = { entityType: 'hvad', actor: 'hvem', action: 'handling', from: 'fra', to: 'til' } as const;
type FilterKey = keyof typeof PARAMS;
const KEYS = Object.keys(PARAMS) as FilterKey[];

function filtersIn(params: URLSearchParams): AuditFilters {
  const out: AuditFilters = {};
  for (const k of KEYS) {
    const v = params.get(PARAMS[k]);
    if (v) out[k] = v;
  }
  return out;
}

export function AuditPage() {
  const t = useT();
  return (
    <AdminFrame part="audit" title={t('admin.audit.title')} lead={t('admin.audit.lead')}>
      <Audit />
    </AdminFrame>
  );
}

function Audit() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const applied = filtersIn(params);
  const page = Math.max(1, Number(params.get('side')) || 1);
  const log = useAudit(applied, page);
  const go = (filters: AuditFilters, p: number) => {
    const next = new URLSearchParams();
    for (const k of KEYS) if (filters[k]) next.set(PARAMS[k], filters[k]);
    if (p > 1) next.set('side', String(p));
    setParams(next);
  };
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / AUDIT_PAGE_SIZE)) : 1;
  return (
    <>
      <Filters key={params.toString()} applied={applied} onApply={(f) => go(f, 1)} />
      <ButtonRow>
        <ButtonAnchor href={auditCsvUrl(applied)}>{t('admin.audit.csv')}</ButtonAnchor>
      </ButtonRow>
      {log.isPending && <Loading label={t('state.loading')} />}
      {log.isError && <QueryError error={log.error} />}
      {log.data && (
        <>
          <p role="status">
            {t('admin.audit.count', { count: log.data.total, n: formatNumber(log.data.total) })}
          </p>
          {log.data.items.length > 0 && (
            <Table
              wide
              region={t('admin.audit.title')}
              caption={t('admin.audit.caption', { page: formatNumber(page), pages: formatNumber(pages) })}
              head={[
                t('admin.audit.at'),
                t('admin.audit.actor'),
                t('admin.audit.action'),
                t('admin.audit.entity'),
                t('admin.audit.changed'),
              ]}
              rows={log.data.items.map((e) => [
                <time key="t" dateTime={e.at}>
                  {when(t, e.at)}
                </time>,
                e.actor,
                t(`admin.audit.actions.${e.action}`, { defaultValue: e.action }),
                entityLabel(t, e),
                changedFields(e)
                  .map((f) => t(`history.field.${f}`, { defaultValue: f }))
                  .join(', ') || t('common.dash'),
              ])}
            />
          )}
          {pages > 1 && (
            <nav aria-label={t('admin.audit.pages')}>
              <ButtonRow>
                <Button variant="secondary" disabled={page <= 1} onClick={() => go(applied, page - 1)}>
                  {t('admin.audit.newer')}
                </Button>
                <span>{t('admin.audit.page', { page: formatNumber(page), pages: formatNumber(pages) })}</span>
                <Button variant="secondary" disabled={page >= pages} onClick={() => go(applied, page + 1)}>
                  {t('admin.audit.older')}
                </Button>
              </ButtonRow>
            </nav>
          )}
        </>
      )}
    </>
  );
}

function entityLabel(t: ReturnType<typeof useT>, e: AuditEntry): string {
  const what = t(`admin.audit.entities.${e.entityType}`, { defaultValue: e.entityType });
  return e.entityId === null ? what : t('admin.audit.entityId', { what, id: e.entityId });
}

/** The fields a change changed, without bookkeeping (a creation or deletion names every field: none shown). */
function changedFields(e: AuditEntry): string[] {
  if (e.before === null || e.after === null) return [];
  const keys = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
  for (const k of ['version', 'updatedAt', 'createdAt', 'id']) keys.delete(k);
  return [...keys];
}

function Filters(props: { applied: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const t = useT();
  const [values, setValues] = useState<AuditFilters>(props.applied);
  const [checked, setChecked] = useState<unknown>(null);
  const errors = fieldErrors(checked);
  const field = (key: FilterKey) => ({
    value: values[key] ?? '',
    error: errors[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const filters: AuditFilters = {};
    for (const k of KEYS) if (values[k]?.trim()) filters[k] = values[k].trim();
    const problem = checkInput(AuditQuery, filters, t);
    setChecked(problem);
    if (!problem) props.onApply(filters);
  };
  return (
    <form onSubmit={submit} noValidate className="ids-card" aria-labelledby="audit-filters">
      <h2 id="audit-filters" className="h3">
        {t('admin.audit.filters')}
      </h2>
      <AdminProblem error={checked} fieldErrors={errors} />
      <div className="ids-filters">
        <SelectField
          label={t('admin.audit.entity')}
          {...field('entityType')}
          options={[
            { value: '', label: t('admin.audit.all') },
            ...ENTITY_TYPES.map((v) => ({ value: v, label: t(`admin.audit.entities.${v}`) })),
          ]}
        />
        <SelectField
          label={t('admin.audit.action')}
          {...field('action')}
          options={[
            { value: '', label: t('admin.audit.all') },
            ...ACTIONS.map((v) => ({ value: v, label: t(`admin.audit.actions.${v}`) })),
          ]}
        />
        <TextField label={t('admin.audit.actor')} hint={t('admin.audit.actorHint')} {...field('actor')} />
        <TextField type="date" label={t('admin.audit.from')} {...field('from')} />
        <TextField type="date" label={t('admin.audit.to')} {...field('to')} />
      </div>
      <ButtonRow>
        <Button type="submit" icon="check">
          {t('admin.audit.apply')}
        </Button>
        <Button
          variant="tertiary"
          onClick={() => {
            setValues({});
            setChecked(null);
            props.onApply({});
          }}
        >
          {t('admin.audit.clear')}
        </Button>
      </ButtonRow>
    </form>
  );
}
