/**
 * Writing a status text: a plain editor beside a live preview in the memo's look, "Foreslå tekst" from the data,
 * save as draft, and submit (saving first when the text changed). What was typed is kept in the session.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { StatusUpdate } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { Alert } from '../../ui/Alert';
import { Button, ButtonRow } from '../../ui/Button';
import { TextArea } from '../../ui/Field';
import { fieldErrorsOf, SaveProblem } from '../activities/SaveProblem';
import { type Step, useDraftText, useSaveText, useStep, useTextTokens } from './api';
import { MemoText } from './MemoText';
import { TokenPicker, TokenWarnings, valuesOf } from './TokenPicker';

export type Done = 'saved' | 'submitted' | 'approved' | 'returned' | 'proposed';

export function TextEditor(props: { update: StatusUpdate; onDone: (what: Done) => void }) {
  const t = useT();
  const { update } = props;
  const [text, setText, clear] = useDraft(
    `status-text-${update.roundId}-${update.initiativeId}-${update.version}`,
    () => update.text,
  );
  const save = useSaveText(update.roundId, update.initiativeId);
  const step = useStep(update.roundId, update.initiativeId);
  const propose = useDraftText(update.roundId, update.initiativeId);
  const [empty, setEmpty] = useState(false);
  const tokens = useTextTokens(update.roundId, update.initiativeId);
  const area = useRef<HTMLTextAreaElement>(null);
  const [inserted, setInserted] = useState('');
  const problem = save.error ?? step.error ?? propose.error;
  const errors = fieldErrorsOf(problem, (p) => p);
  const busy = save.isPending || step.isPending || propose.isPending;
  const dirty = text !== update.text || update.state === 'missing';

  // mutateAsync, not mutate's callbacks: a step changes the version, which remounts this form before they run.
  const saveDraft = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await save.mutateAsync({ text, version: update.version });
      clear();
      props.onDone('saved');
    } catch {
      // Shown by SaveProblem from the mutation's error.
    }
  };
  const submit = async () => {
    setEmpty(text.trim() === '');
    if (text.trim() === '') return;
    try {
      const version = dirty
        ? (await save.mutateAsync({ text, version: update.version })).version
        : update.version;
      await step.mutateAsync({ step: 'submit', version });
      clear();
      props.onDone('submitted');
    } catch {
      // Shown by SaveProblem from the mutation's error.
    }
  };
  /** Put a reference where the cursor was (replacing a selection) and give the cursor back after it. */
  const insert = (token: string) => {
    const el = area.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? start;
    setText(text.slice(0, start) + token + text.slice(end));
    setInserted(t('statusText.tokens.inserted', { token }));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  const suggest = () =>
    propose.mutate(undefined, {
      onSuccess: (d) => {
        setText(d.text);
        props.onDone('proposed');
      },
    });

  return (
    <form onSubmit={(e) => void saveDraft(e)} noValidate>
      <SaveProblem error={problem} fieldErrors={errors} />
      <div className="ids-editor">
        <div>
          <TextArea
            label={t('statusText.editor')}
            hint={t('statusText.editorHint')}
            rows={12}
            ref={area}
            value={text}
            onChange={(e) => {
              setEmpty(false);
              setText(e.target.value);
            }}
            error={empty ? t('statusText.emptyText') : errors.text}
          />
          {tokens.data && <TokenWarnings text={text} tokens={tokens.data} />}
          <ButtonRow>
            <Button variant="secondary" icon="refresh" onClick={suggest} disabled={busy}>
              {t('statusText.suggest')}
            </Button>
          </ButtonRow>
          {tokens.data && <TokenPicker tokens={tokens.data} onInsert={insert} />}
          {tokens.isError && <p className="ids-muted">{t('statusText.tokens.loadError')}</p>}
          <p className="sr-only" role="status">
            {inserted}
          </p>
        </div>
        <section aria-labelledby="preview-heading" className="ids-memo-preview">
          <h2 id="preview-heading" className="h4">
            {t('statusText.preview')}
          </h2>
          <MemoText text={text} empty={t('statusText.previewEmpty')} values={valuesOf(tokens.data)} />
        </section>
      </div>
      <ButtonRow>
        <Button type="submit" variant="secondary" icon="check" disabled={busy}>
          {t('statusText.save')}
        </Button>
        <Button icon="flag" onClick={() => void submit()} disabled={busy}>
          {t('statusText.submit')}
        </Button>
      </ButtonRow>
    </form>
  );
}

/** Approve a submitted text, or return it (submitted or approved) with a comment to its author. */
export function Decision(props: { update: StatusUpdate; onDone: (what: Done) => void }) {
  const t = useT();
  const { update } = props;
  const step = useStep(update.roundId, update.initiativeId);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(step.error, (p) => p);
  /** Run a step; the page reports it (this section is gone once the step changed the text's state). */
  const run = async (body: { step: Step; version: number; comment?: string }, what: Done) => {
    try {
      await step.mutateAsync(body);
      props.onDone(what);
    } catch {
      // Shown by SaveProblem from the mutation's error.
    }
  };
  const sendBack = (e: FormEvent) => {
    e.preventDefault();
    setMissing(comment.trim() === '');
    if (comment.trim() === '') return;
    void run({ step: 'return', version: update.version, comment: comment.trim() }, 'returned');
  };
  return (
    <section aria-labelledby="decision-heading" className="ids-card">
      <h2 id="decision-heading" className="h3">
        {t('statusText.decisionHeading')}
      </h2>
      <SaveProblem error={step.error} fieldErrors={errors} />
      {update.state === 'submitted' && (
        <ButtonRow>
          <Button
            icon="check"
            disabled={step.isPending}
            onClick={() => void run({ step: 'approve', version: update.version }, 'approved')}
          >
            {t('statusText.approve')}
          </Button>
        </ButtonRow>
      )}
      <form onSubmit={sendBack} noValidate>
        <TextArea
          label={t('statusText.comment')}
          hint={t('statusText.commentHint')}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={missing ? t('statusText.commentMissing') : errors.comment}
        />
        <ButtonRow>
          <Button type="submit" variant="secondary" icon="arrow-back" disabled={step.isPending}>
            {t('statusText.return')}
          </Button>
        </ButtonRow>
      </form>
      {update.state === 'approved' && <Alert kind="info" heading={t('statusText.returnApproved')} />}
    </section>
  );
}
