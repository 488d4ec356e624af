/**
 * A reference list (venues with their kinds, partners, target groups, units): add, change and delete entries, and
 * merge a near-duplicate into the entry that stays ("N. Fælled Skole" into "Nørre Fælled Skole"), after which
 * what named the duplicate names the survivor and the figures count the place once.
 */
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { VENUE_KINDS } from '../../../../src/domain/types';
import { formatNumber } from '../../../../src/domain/format';
import { PartnerInput, TargetGroupInput, UnitInput, VenueInput } from '../../../../src/schemas/reference';
import type { MergeResult } from '../../../../src/schemas/reference';
import { QueryError } from '../../app/QueryError';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useT } from '../../i18n/useT';
import { Alert } from '../../ui/Alert';
import { Button, ButtonRow } from '../../ui/Button';
import { ConfirmAction } from '../../ui/Confirm';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { byId, usePartners, useTargetGroups, useUnits, useVenues } from '../reference/api';
import { AdminFrame } from './AdminFrame';
import { useDeleteEntry, useMergeEntry, useSaveEntry } from './api';
import { LIST_NAMES, LISTS, listOfSlug, type ListName } from './lists';
import { listPath } from './paths';
import { AdminProblem } from './Problem';
import { checkInput, fieldErrors } from './validate';

/** An entry of any of the lists, as the page needs it. */
interface Entry {
  id: number;
  version: number;
  name: string;
  code?: string;
  description?: string | null;
  kind?: string;
  unitId?: number | null;
}

type Values = Record<'name' | 'code' | 'description' | 'kind' | 'unitId', string>;

const SCHEMAS: Record<ListName, z.ZodType> = {
  venues: VenueInput,
  partners: PartnerInput,
  targetGroups: TargetGroupInput,
  units: UnitInput,
};

const valuesOf = (e?: Entry): Values => ({
  name: e?.name ?? '',
  code: e?.code ?? '',
  description: e?.description ?? '',
  kind: e?.kind ?? '',
  unitId: e?.unitId === null || e?.unitId === undefined ? '' : String(e.unitId),
});

/** The body the list's API takes. */
function bodyOf(list: ListName, v: Values): Record<string, unknown> {
  const name = v.name.trim();
  switch (list) {
    case 'units':
      return { code: v.code.trim(), name };
    case 'partners':
      return { name, description: v.description.trim() === '' ? null : v.description.trim() };
    case 'targetGroups':
      return { name };
    case 'venues':
      return { name, kind: v.kind, unitId: v.unitId === '' ? null : Number(v.unitId) };
  }
}

/** Every entry of the list, in the shape above. */
function useEntries(list: ListName) {
  const lists = {
    venues: useVenues(),
    partners: usePartners(),
    targetGroups: useTargetGroups(),
    units: useUnits(),
  };
  return lists[list] as { data?: Entry[]; isPending: boolean; isError: boolean; error: unknown };
}

export function ReferencePage() {
  const t = useT();
  const list = listOfSlug(useParams().list);
  if (!list) return <NotFoundPage />;
  return (
    <AdminFrame part="lists" title={t(`admin.lists.${list}.title`)} lead={t(`admin.lists.${list}.lead`)}>
      <nav aria-label={t('admin.lists.nav')} className="ids-admin-nav ids-admin-subnav">
        <ul className="no-max-width">
          {LIST_NAMES.map((l) => (
            <li key={l}>
              <Link to={listPath(l)} aria-current={l === list ? 'page' : undefined}>
                {t(`admin.lists.${l}.title`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ReferenceList key={list} list={list} />
    </AdminFrame>
  );
}

/** A flash after a change that removed an entry from the page. */
type Done =
  | { kind: 'deleted'; name: string }
  | { kind: 'merged'; name: string; into: string; moved: MergeResult['moved'] };

function ReferenceList({ list }: { list: ListName }) {
  const t = useT();
  const entries = useEntries(list);
  const [open, setOpen] = useState<{ id: number; mode: 'edit' | 'merge' } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [search, setSearch] = useState('');
  if (entries.isPending) return <Loading label={t('state.loading')} />;
  if (entries.isError) return <QueryError error={entries.error} />;
  const all = [...(entries.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const needle = search.trim().toLocaleLowerCase('da');
  const shown = needle
    ? all.filter((e) => `${e.name} ${e.code ?? ''}`.toLocaleLowerCase('da').includes(needle))
    : all;
  return (
    <>
      {done?.kind === 'deleted' && (
        <Alert kind="success" heading={t('admin.lists.deleted', { name: done.name })} live />
      )}
      {done?.kind === 'merged' && (
        <Alert kind="success" heading={t('admin.merge.done', { name: done.name, into: done.into })} live>
          <p>
            {t(`admin.merge.moved.${list}`, {
              activities: formatNumber(done.moved.activities),
              targets: formatNumber(done.moved.targets),
              initiatives: formatNumber(done.moved.initiatives),
            })}
          </p>
        </Alert>
      )}
      <section aria-labelledby="entry-new" className="ids-card">
        <h2 id="entry-new" className="h3">
          {t(`admin.lists.${list}.add`)}
        </h2>
        <EntryForm list={list} onSaved={() => setDone(null)} />
      </section>
      <section aria-labelledby="entries">
        <h2 id="entries">{t('admin.lists.all', { count: all.length, n: formatNumber(all.length) })}</h2>
        <TextField
          type="search"
          label={t('admin.lists.search')}
          width="l"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {shown.length === 0 && <p>{t('admin.lists.none')}</p>}
        <ul className="ids-plain">
          {shown.map((e) => (
            <li key={e.id} className="ids-entry">
              <EntryItem
                list={list}
                entry={e}
                all={all}
                mode={open?.id === e.id ? open.mode : null}
                onMode={(mode) => setOpen(mode ? { id: e.id, mode } : null)}
                onDone={(d) => {
                  setOpen(null);
                  setDone(d);
                }}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** What an entry shows besides its name: a venue's kind and unit, a partner's description, a unit's code. */
function EntryFacts({ list, entry }: { list: ListName; entry: Entry }) {
  const t = useT();
  const units = byId(useUnits().data);
  if (list === 'venues') {
    const unit = entry.unitId ? units.get(entry.unitId) : undefined;
    return (
      <p className="ids-muted">
        {t(`venueKind.${entry.kind}`)}
        {unit && ` · ${unit.code}`}
      </p>
    );
  }
  if (list === 'partners' && entry.description) return <p className="ids-muted">{entry.description}</p>;
  if (list === 'units') return <p className="ids-muted">{entry.code}</p>;
  return null;
}

function EntryItem(props: {
  list: ListName;
  entry: Entry;
  all: Entry[];
  mode: 'edit' | 'merge' | null;
  onMode: (mode: 'edit' | 'merge' | null) => void;
  onDone: (done: Done) => void;
}) {
  const t = useT();
  const { list, entry } = props;
  const del = useDeleteEntry(list);
  const mergeable = LISTS[list].mergeable && props.all.length > 1;
  return (
    <>
      <h3 className="h4">{entry.name}</h3>
      <EntryFacts list={list} entry={entry} />
      <AdminProblem error={del.error} />
      <ButtonRow>
        <Button
          variant="secondary"
          icon="edit"
          aria-expanded={props.mode === 'edit'}
          onClick={() => props.onMode(props.mode === 'edit' ? null : 'edit')}
        >
          {t('admin.lists.edit')}
          <span className="sr-only">: {entry.name}</span>
        </Button>
        {mergeable && (
          <Button
            variant="secondary"
            aria-expanded={props.mode === 'merge'}
            onClick={() => props.onMode(props.mode === 'merge' ? null : 'merge')}
          >
            {t('admin.merge.open')}
            <span className="sr-only">: {entry.name}</span>
          </Button>
        )}
        <ConfirmAction
          label={t('admin.lists.delete')}
          icon="delete"
          heading={t('admin.lists.deleteConfirm', { name: entry.name })}
          yes={t('admin.lists.deleteYes')}
          no={t('admin.lists.deleteNo')}
          busy={del.isPending}
          onConfirm={(done) =>
            del.mutate(entry, {
              onSuccess: () => props.onDone({ kind: 'deleted', name: entry.name }),
              // The refusal stands above the buttons; the question is closed.
              onError: done,
            })
          }
        />
      </ButtonRow>
      {props.mode === 'edit' && <EntryForm list={list} entry={entry} onSaved={() => props.onMode(null)} />}
      {props.mode === 'merge' && (
        <MergeForm list={list} entry={entry} all={props.all} onDone={props.onDone} />
      )}
    </>
  );
}

/** Add an entry, or change one. */
function EntryForm(props: { list: ListName; entry?: Entry; onSaved: () => void }) {
  const t = useT();
  const { list, entry } = props;
  const save = useSaveEntry(list);
  const units = useUnits().data ?? [];
  const [values, setValues] = useState<Values>(() => valuesOf(entry));
  const [checked, setChecked] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const error = checked ?? save.error;
  const errors = fieldErrors(error);
  const field = (key: keyof Values) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => {
      setSaved(null);
      setValues((v) => ({ ...v, [key]: e.target.value }));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = bodyOf(list, values);
    const problem = checkInput(SCHEMAS[list], body, t);
    setChecked(problem);
    if (problem) return;
    save.mutate(
      { id: entry?.id, version: entry?.version, values: body },
      {
        onSuccess: () => {
          setSaved(values.name.trim());
          if (!entry) setValues(valuesOf());
          props.onSaved();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="ids-form">
      <AdminProblem error={error} fieldErrors={errors} />
      {saved && !entry && <Alert kind="success" heading={t('admin.lists.added', { name: saved })} live />}
      {list === 'units' && <TextField label={t('admin.lists.code')} width="s" {...field('code')} />}
      <TextField label={t('admin.lists.name')} {...field('name')} />
      {list === 'partners' && (
        <TextArea label={t('admin.lists.description')} rows={3} {...field('description')} />
      )}
      {list === 'venues' && (
        <>
          <SelectField
            label={t('admin.lists.kind')}
            {...field('kind')}
            options={[
              { value: '', label: t('admin.lists.chooseKind') },
              ...VENUE_KINDS.map((k) => ({ value: k, label: t(`venueKind.${k}`) })),
            ]}
          />
          <SelectField
            label={t('admin.lists.unit')}
            {...field('unitId')}
            options={[
              { value: '', label: t('admin.person.noUnit') },
              ...units.map((u) => ({ value: String(u.id), label: `${u.code} – ${u.name}` })),
            ]}
          />
        </>
      )}
      <ButtonRow>
        <Button type="submit" icon={entry ? 'check' : 'plus'} disabled={save.isPending}>
          {entry ? t('admin.save') : t(`admin.lists.${list}.add`)}
        </Button>
        {entry && (
          <Button variant="tertiary" onClick={props.onSaved}>
            {t('admin.cancel')}
          </Button>
        )}
      </ButtonRow>
    </form>
  );
}

/** Merge this entry into another: choose the one that stays, then confirm. */
function MergeForm(props: { list: ListName; entry: Entry; all: Entry[]; onDone: (done: Done) => void }) {
  const t = useT();
  const { list, entry } = props;
  const merge = useMergeEntry(list);
  const [into, setInto] = useState('');
  const others = props.all.filter((e) => e.id !== entry.id);
  const survivor = others.find((e) => String(e.id) === into);
  const label = (e: Entry) => (e.kind ? `${e.name} (${t(`venueKind.${e.kind}`)})` : e.name);
  return (
    <div className="ids-form">
      <AdminProblem error={merge.error} />
      <SelectField
        label={t('admin.merge.into', { name: entry.name })}
        hint={t(`admin.merge.hint.${list}`)}
        value={into}
        onChange={(e) => setInto(e.target.value)}
        options={[
          { value: '', label: t('admin.merge.choose') },
          ...others.map((e) => ({ value: String(e.id), label: label(e) })),
        ]}
      />
      {survivor && (
        <ConfirmAction
          label={t('admin.merge.submit')}
          variant="primary"
          heading={t('admin.merge.confirm', { name: entry.name, into: survivor.name })}
          yes={t('admin.merge.yes')}
          yesIcon="check"
          no={t('admin.merge.no')}
          busy={merge.isPending}
          onConfirm={(done) =>
            merge.mutate(
              { id: entry.id, version: entry.version, into: survivor.id },
              {
                onSuccess: (r) =>
                  props.onDone({ kind: 'merged', name: entry.name, into: survivor.name, moved: r.moved }),
                onError: done,
              },
            )
          }
        >
          <p>{t('admin.merge.explain', { name: entry.name, into: survivor.name })}</p>
        </ConfirmAction>
      )}
    </div>
  );
}
