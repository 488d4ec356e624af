/**
 * The state of a page that adds or changes one record of an initiative (a target, a funding row): the kept draft,
 * the local check, create or update at the version read, delete, and the way back to the initiative's set-up page
 * with a message. The page supplies the fields and the body.
 */
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { RuleIssue } from '../../../../src/domain/rules/issue';
import { useDraft } from '../../lib/useDraft';
import { useCreate, useRemove, useUpdate } from './api';
import { useChecked } from './SetupForm';

/** After a 409: fetch the stored record, keep the input, and save against the new version next time. */
export function reloadKeeping<V extends { version?: number }>(
  reload: () => Promise<unknown>,
  setValues: (f: (v: V) => V) => void,
  mutation: { reset: () => void },
): () => void {
  return () =>
    void reload().then(() => {
      setValues((v) => ({ ...v, version: undefined }));
      mutation.reset();
    });
}

export function useRecordForm<
  R extends { id: number; version: number },
  V extends { version?: number },
  T,
>(o: {
  /** The API's resource path ("targets", "funding"). */
  path: string;
  input: z.ZodType<T>;
  rules: (parsed: T) => RuleIssue[];
  /** null for a new record. */
  record: R | null;
  draftKey: string;
  initial: () => V;
  /** The initiative's set-up page, where the person goes back to. */
  setup: string;
  reload: () => Promise<unknown>;
  saved: string;
  deleted: string;
}) {
  const navigate = useNavigate();
  const [values, setValues, clear, restored] = useDraft(o.draftKey, o.initial);
  const create = useCreate<R>(o.path, o.draftKey);
  const update = useUpdate<R>(o.path, o.record?.id ?? 0);
  const remove = useRemove(o.path);
  const save = o.record ? update : create;
  const checked = useChecked(o.input, o.rules);
  const version = values.version ?? o.record?.version ?? 0;
  const back = (flash?: string) => {
    clear();
    void navigate(o.setup, flash ? { state: { flash } } : undefined);
  };
  return {
    values,
    setValues,
    /** The props SetupForm takes from the state. */
    form: {
      problem: checked.invalid ?? save.error,
      restored,
      busy: save.isPending,
      onCancel: () => back(),
      onReload: reloadKeeping(o.reload, setValues, update),
    },
    submit(body: object): void {
      if (!checked.check(body)) return;
      const done = () => back(o.saved);
      if (o.record) update.mutate({ ...body, version }, { onSuccess: done });
      else create.mutate(body, { onSuccess: done });
    },
    /** The props DeleteRecord takes from the state. */
    remove: {
      busy: remove.isPending,
      error: remove.error,
      onDelete: () => {
        if (o.record) remove.mutate({ id: o.record.id, version }, { onSuccess: () => back(o.deleted) });
      },
    },
  };
}

/**
 * A small form that adds a row under a table (expenditure for a year, a measurement): its draft, the local check,
 * create, and back to empty once the row is stored. `bind(errors)(key)` gives a text field its value, error and
 * change handler.
 */
export function useAddRow<V extends Record<string, string>, R, T>(o: {
  path: string;
  input: z.ZodType<T>;
  draftKey: string;
  empty: () => V;
  toBody: (v: V) => object;
  onAdded?: (r: R) => void;
}) {
  const [values, setValues, clear, restored] = useDraft(o.draftKey, o.empty);
  const create = useCreate<R>(o.path, o.draftKey);
  const checked = useChecked(o.input);
  const reset = () => {
    clear();
    setValues(o.empty());
  };
  return {
    form: {
      problem: checked.invalid ?? create.error,
      restored,
      busy: create.isPending,
      onCancel: reset,
      onSubmit: () => {
        const body = o.toBody(values);
        if (!checked.check(body)) return;
        create.mutate(body, {
          onSuccess: (r) => {
            reset();
            o.onAdded?.(r);
          },
        });
      },
    },
    bind: (errors: Record<string, string>) => (key: keyof V & string) => ({
      value: values[key],
      error: errors[key],
      onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
    }),
  };
}
