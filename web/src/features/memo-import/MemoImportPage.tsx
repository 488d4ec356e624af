/**
 * Import a status memo: upload the memo (DOCX, PDF or text), review the proposed plan with everything the reader
 * was unsure of marked, resolve what must be resolved, and confirm to save it as a new plan. Administrators only
 * (memo:import); the server decides again on every request.
 */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { Button, ButtonRow } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { planPath } from '../plans/paths';
import { useApplyProposal, useReadMemo, type Proposal } from './api';
import { ProposalView } from './ProposalView';

export function MemoImportPage() {
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t('memoImport.title'));
  const me = useMe();
  const read = useReadMemo();
  const save = useApplyProposal();
  const [file, setFile] = useState<File | null>(null);
  const [asOf, setAsOf] = useState('');
  const [slug, setSlug] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  const [proposal, setProposal] = useState<Proposal | null>(null);
  if (me.isPending) return <Loading label={t('state.loading')} />;
  const back = <BackLink to="/">{t('portfolio.title')}</BackLink>;
  if (!may(me.data, 'memo:import', {}))
    return (
      <>
        <PageTitle back={back} title={t('memoImport.title')} />
        <Alert kind="error" heading={t('memoImport.notAllowed')} />
      </>
    );
  const readWith = (date: string) => {
    if (!file) return setFileError(t('memoImport.chooseFile'));
    setFileError(undefined);
    save.reset();
    read.mutate({ file, asOf: date, slug: slug.trim() }, { onSuccess: setProposal });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    readWith(asOf);
  };
  const onAsOf = (date: string) => {
    setAsOf(date);
    readWith(date);
  };
  const blocking = proposal?.review.filter((m) => m.blocking).length ?? 0;
  const confirm = () => {
    if (!proposal) return;
    save.mutate(proposal, {
      onSuccess: (r) => void navigate(planPath(r.slug), { state: { flash: 'imported' } }),
    });
  };
  return (
    <>
      <PageTitle back={back} title={t('memoImport.title')} lead={t('memoImport.lead')} />
      <form onSubmit={submit} noValidate className="ids-form">
        <TextField
          type="file"
          label={t('memoImport.file')}
          hint={t('memoImport.fileHint')}
          accept=".docx,.pdf,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          error={fileError}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <TextField
          type="date"
          label={t('memoImport.asOfField')}
          hint={t('memoImport.asOfHint')}
          value={asOf}
          onChange={(e) => setAsOf(e.target.value)}
        />
        <TextField
          label={t('memoImport.slugField')}
          hint={t('memoImport.slugHint')}
          width="l"
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
        />
        {read.error && (
          <Alert kind="error" heading={t('memoImport.readFailed')} live>
            {read.error.message}
          </Alert>
        )}
        <ButtonRow>
          <Button type="submit" disabled={read.isPending}>
            {read.isPending ? t('memoImport.reading') : t('memoImport.read')}
          </Button>
        </ButtonRow>
      </form>
      {proposal && (
        <>
          <ProposalView proposal={proposal} onChange={setProposal} onAsOf={onAsOf} />
          {save.error && (
            <Alert kind="error" heading={t('memoImport.saveFailed')} live>
              {save.error.message}
            </Alert>
          )}
          {blocking > 0 && <p>{t('memoImport.resolveFirst')}</p>}
          <ButtonRow>
            <Button icon="check" disabled={blocking > 0 || save.isPending} onClick={confirm}>
              {t('memoImport.save')}
            </Button>
          </ButtonRow>
        </>
      )}
    </>
  );
}
