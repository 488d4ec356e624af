/**
 * The frame every set-up form shares: the kept draft's notice, why a save failed (409 explained, with "fetch the
 * latest" keeping the input), the fields, and save and cancel. `useChecked` runs the shared schema and the
 * domain's rules before a request is sent, so a person sees the same messages at the fields either way.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RuleIssue } from '../../../../src/domain/rules/issue';
import type { ApiError } from '../../api/client';
import { useT } from '../../i18n/useT';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormActions } from '../activities/FormActions';
import { fieldErrorsOf, SaveProblem } from '../activities/SaveProblem';
import { checkInput } from './validate';

/** What a failed set-up save says about a stale version or a missing right. */
export function useSetupTexts() {
  const t = useT();
  return {
    conflictHeading: t('setup.conflictHeading'),
    conflictText: t('setup.conflictText'),
    forbiddenNext: t('setup.forbiddenNext'),
  };
}

/** The local check of a body and the errors to show: the local check's, else the server's answer's. */
export function useChecked<T>(schema: z.ZodType<T>, rules: (parsed: T) => RuleIssue[] = () => []) {
  const t = useT();
  const { i18n } = useTranslation();
  const [invalid, setInvalid] = useState<ApiError | null>(null);
  return {
    invalid,
    /** true when the body may be sent. */
    check(body: unknown): boolean {
      const e = checkInput(schema, body, rules, i18n.language, t('activityForm.fixFields'));
      setInvalid(e);
      return e === null;
    },
  };
}

export function SetupForm(props: {
  problem: unknown;
  restored: boolean;
  busy: boolean;
  saveLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** Fetch the stored record again after a 409, keeping the input. */
  onReload?: () => void;
  children: (errors: Record<string, string>) => ReactNode;
  /**
   * What the record will read (the target's figure, the memo's sentence): beside the form on a wide screen, so it
   * stays in view while the fields change; just above the save button on a narrow one, where it is read last.
   */
  preview?: ReactNode;
}) {
  const t = useT();
  const texts = useSetupTexts();
  const errors = fieldErrorsOf(props.problem, (p) => p.split('.')[0]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  const form = (
    <form onSubmit={submit} noValidate className="ids-form">
      {props.restored && <Alert kind="info" heading={t('activityForm.restored')} />}
      <SaveProblem
        error={props.problem}
        fieldErrors={errors}
        texts={texts}
        conflictAction={
          props.onReload && (
            <Button variant="secondary" icon="refresh" onClick={props.onReload}>
              {t('activityForm.conflictReload')}
            </Button>
          )
        }
      />
      {props.children(errors)}
      {props.preview && <div className="ids-preview-inline">{props.preview}</div>}
      <FormActions label={props.saveLabel} busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
  if (!props.preview) return form;
  return (
    <div className="ids-setup-grid">
      {form}
      <div className="ids-preview-side">{props.preview}</div>
    </div>
  );
}

/** Delete a record after an explicit confirmation in the page (no browser dialog). */
export function DeleteRecord(props: {
  label: string;
  question: string;
  busy: boolean;
  error: unknown;
  onDelete: () => void;
}) {
  const t = useT();
  const texts = useSetupTexts();
  const [asking, setAsking] = useState(false);
  return (
    <div className="ids-danger-zone">
      <SaveProblem error={props.error} fieldErrors={{}} texts={texts} />
      {asking ? (
        <Alert kind="warning" heading={props.question} live>
          <div className="ids-button-row">
            <Button variant="warning" icon="delete" disabled={props.busy} onClick={props.onDelete}>
              {t('setup.deleteYes')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('setup.deleteNo')}
            </Button>
          </div>
        </Alert>
      ) : (
        <Button variant="secondary" icon="delete" onClick={() => setAsking(true)}>
          {props.label}
        </Button>
      )}
    </div>
  );
}
