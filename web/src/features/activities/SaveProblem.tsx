/**
 * Why a save failed, in words, with what to do next: a stale version (someone else saved first), no right to do
 * it, the server out of reach, or fields to correct (shown at the fields; listed here too).
 */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { ApiError } from '../../api/client';
import { errorKey } from '../../app/error-key';
import { Alert } from '../../ui/Alert';

export function SaveProblem(props: {
  error: unknown;
  fieldErrors: Record<string, string>;
  conflictAction?: ReactNode;
  /** Texts for another kind of record than an activity (the set-up forms). */
  texts?: { conflictHeading: string; conflictText: string; forbiddenNext: string };
}) {
  const t = useT();
  const e = props.error;
  if (!e) return null;
  if (e instanceof ApiError && e.status === 409 && e.code === 'stale_version') {
    return (
      <Alert kind="warning" heading={props.texts?.conflictHeading ?? t('activityForm.conflictHeading')} live>
        <p>{props.texts?.conflictText ?? t('activityForm.conflictText')}</p>
        {props.conflictAction}
      </Alert>
    );
  }
  if (e instanceof ApiError && e.status === 403) {
    return (
      <Alert kind="error" heading={t('activityForm.forbiddenHeading')} live>
        <p>{e.message}</p>
        <p>{props.texts?.forbiddenNext ?? t('activityForm.forbiddenNext')}</p>
      </Alert>
    );
  }
  const fields = Object.values(props.fieldErrors);
  if (e instanceof ApiError && (e.status === 400 || e.status === 422) && fields.length > 0) {
    return <FieldsProblem heading={t('activityForm.fixFields')} messages={fields} />;
  }
  return (
    <RequestProblem error={e}>
      <p>{t('activityForm.draftKept')}</p>
    </RequestProblem>
  );
}

/** The failing fields' messages in one list (each also stands at its field). */
export function FieldsProblem(props: { heading: string; messages: string[] }) {
  return (
    <Alert kind="error" heading={props.heading} live>
      <ul>
        {props.messages.map((m, n) => (
          <li key={n}>{m}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** A failure explained by its kind (server down, no access, expired, …) with the server's words when it gave any. */
export function RequestProblem(props: { error: unknown; children?: ReactNode }) {
  const t = useT();
  const e = props.error;
  const key = errorKey(e);
  return (
    <Alert kind="error" heading={t(`${key}.heading`)} live>
      {e instanceof ApiError && e.status > 0 && e.status < 500 && <p>{e.message}</p>}
      <p>{t(`${key}.next`)}</p>
      {props.children}
    </Alert>
  );
}

/** The field errors of a failed save, keyed by the form's field keys. */
export function fieldErrorsOf(error: unknown, toKey: (path: string) => string): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    if (path === 'version') continue;
    out[toKey(path)] ??= message;
  }
  return out;
}
