/**
 * API tokens for integrations: create one with its roles (the token is shown this once and never again — only its
 * first characters are kept in view), see when each was last used, revoke one after a confirmation.
 */
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { TokenInput, type CreatedToken, type Token } from '../../../../src/schemas/tokens';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { Alert } from '../../ui/Alert';
import { Button, ButtonRow } from '../../ui/Button';
import { Facts } from '../../ui/Card';
import { ConfirmAction } from '../../ui/Confirm';
import { TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { when } from '../rounds/when';
import { AdminFrame } from './AdminFrame';
import { useCreateToken, useRevokeToken, useTokens } from './api';
import { AdminProblem } from './Problem';
import { RoleEditor, useRoleWords, type Assignment } from './RoleEditor';
import { checkInput, fieldErrors } from './validate';

export function TokensPage() {
  const t = useT();
  return (
    <AdminFrame part="tokens" title={t('admin.tokens.title')} lead={t('admin.tokens.lead')}>
      <Tokens />
    </AdminFrame>
  );
}

function Tokens() {
  const t = useT();
  const tokens = useTokens();
  const [created, setCreated] = useState<z.infer<typeof CreatedToken> | null>(null);
  const sorted = [...(tokens.data ?? [])].sort(
    (a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.id - a.id,
  );
  return (
    <>
      {created && <ShownOnce token={created} onDismiss={() => setCreated(null)} />}
      <section aria-labelledby="token-new" className="ids-card">
        <h2 id="token-new" className="h3">
          {t('admin.tokens.create')}
        </h2>
        <NewToken onCreated={setCreated} />
      </section>
      <section aria-labelledby="token-list">
        <h2 id="token-list">{t('admin.tokens.list')}</h2>
        {tokens.isPending && <Loading label={t('state.loading')} />}
        {tokens.isError && <QueryError error={tokens.error} />}
        {tokens.isSuccess && sorted.length === 0 && <p>{t('admin.tokens.none')}</p>}
        <ul className="ids-plain">
          {sorted.map((tok) => (
            <li key={tok.id} className="ids-entry">
              <TokenItem token={tok} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The new token, shown this once, with the way to copy it. */
function ShownOnce(props: { token: z.infer<typeof CreatedToken>; onDismiss: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <Alert kind="success" heading={t('admin.tokens.created', { name: props.token.name })} live>
      <p>{t('admin.tokens.onlyOnce')}</p>
      <code className="ids-secret">{props.token.token}</code>
      <ButtonRow>
        <Button
          variant="secondary"
          icon="check"
          onClick={() =>
            void navigator.clipboard?.writeText(props.token.token).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('admin.tokens.copy')}
        </Button>
        <Button variant="tertiary" onClick={props.onDismiss}>
          {t('admin.tokens.dismiss')}
        </Button>
      </ButtonRow>
      {copied && <p role="status">{t('admin.tokens.copied')}</p>}
    </Alert>
  );
}

function NewToken(props: { onCreated: (token: z.infer<typeof CreatedToken>) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Assignment[]>([]);
  const [checked, setChecked] = useState<unknown>(null);
  // A new scope per token: the same name and roles twice are two tokens.
  const [scope, setScope] = useState(() => `admin-token-${Date.now()}`);
  const create = useCreateToken(scope);
  const error = checked ?? create.error;
  const errors = fieldErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { name: name.trim(), roles };
    const problem = checkInput(TokenInput, body, t);
    setChecked(problem);
    if (problem) return;
    create.mutate(body, {
      onSuccess: (created) => {
        setName('');
        setRoles([]);
        setScope(`admin-token-${Date.now()}`);
        props.onCreated(created);
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="ids-form">
      <AdminProblem error={error} fieldErrors={errors} />
      <TextField
        label={t('admin.tokens.name')}
        hint={t('admin.tokens.nameHint')}
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <RoleEditor value={roles} onChange={setRoles} errors={errors} legend={t('admin.tokens.roles')} />
      <ButtonRow>
        <Button type="submit" icon="plus" disabled={create.isPending}>
          {t('admin.tokens.submit')}
        </Button>
      </ButtonRow>
    </form>
  );
}

function TokenItem({ token }: { token: Token }) {
  const t = useT();
  const words = useRoleWords();
  const revoke = useRevokeToken();
  return (
    <>
      <h3 className="h4">{token.name}</h3>
      <Facts
        items={[
          { label: t('admin.tokens.prefix'), value: <code>{`${token.prefix}…`}</code> },
          { label: t('admin.tokens.roles'), value: token.roles.map(words.describe).join(', ') },
          {
            label: t('admin.tokens.createdBy'),
            value: t('admin.tokens.byAt', { who: token.createdBy, at: when(t, token.createdAt) }),
          },
          {
            label: t('admin.tokens.lastUsed'),
            value: token.lastUsedAt ? when(t, token.lastUsedAt) : t('admin.tokens.neverUsed'),
          },
        ]}
      />
      <AdminProblem error={revoke.error} />
      {token.revokedAt ? (
        <p>
          <strong>{t('admin.tokens.revokedAt', { at: when(t, token.revokedAt) })}</strong>
        </p>
      ) : (
        <ButtonRow>
          <ConfirmAction
            label={t('admin.tokens.revoke')}
            icon="close"
            heading={t('admin.tokens.revokeConfirm', { name: token.name })}
            yes={t('admin.tokens.revokeYes')}
            no={t('admin.tokens.revokeNo')}
            busy={revoke.isPending}
            onConfirm={(done) => revoke.mutate(token.id, { onSettled: done })}
          >
            <p>{t('admin.tokens.revokeExplain')}</p>
          </ConfirmAction>
        </ButtonRow>
      )}
    </>
  );
}
