/**
 * One person: change name, e-mail, unit and role assignments; deactivate (after a confirmation) or activate again;
 * set a new password (their sessions end).
 */
import { useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { patchOf } from '../../../../src/schemas/common';
import { UserInput, type User } from '../../../../src/schemas/users';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { Alert } from '../../ui/Alert';
import { Button, ButtonRow } from '../../ui/Button';
import { ConfirmAction } from '../../ui/Confirm';
import { PasswordField } from './PasswordField';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { AdminFrame } from './AdminFrame';
import { useSetPassword, useUpdateUser, useUser } from './api';
import { peoplePath } from './paths';
import { PersonFields, personBody, personValues, type PersonValues } from './PersonFields';
import { AdminProblem } from './Problem';
import { checkInput, checkPassword, fieldErrors } from './validate';

export function PersonPage() {
  const t = useT();
  const id = Number(useParams().id);
  const user = useUser(id);
  return (
    <AdminFrame
      part="people"
      title={user.data?.name ?? t('admin.person.title')}
      lead={user.data ? t('admin.person.lead', { email: user.data.email }) : undefined}
      back={{ to: peoplePath(), label: t('admin.people.title') }}
    >
      {user.isPending && <Loading label={t('state.loading')} />}
      {user.isError && <QueryError error={user.error} />}
      {user.data && <Person user={user.data} />}
    </AdminFrame>
  );
}

function Person({ user }: { user: User }) {
  const t = useT();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  return (
    <>
      {flash === 'created' && (
        <Alert kind="success" heading={t('admin.person.created', { name: user.name })} live />
      )}
      {!user.active && (
        <Alert kind="warning" heading={t('admin.person.inactiveHeading')}>
          <p>{t('admin.person.inactiveText')}</p>
        </Alert>
      )}
      <EditPerson user={user} />
      <Activation user={user} />
      <Password user={user} />
    </>
  );
}

function EditPerson({ user }: { user: User }) {
  const t = useT();
  const update = useUpdateUser(user.id);
  const [values, setValues] = useState<PersonValues>(() => personValues(user));
  const [checked, setChecked] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const error = checked ?? update.error;
  const errors = fieldErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const body = personBody(values);
    const problem = checkInput(patchOf(UserInput), body, t);
    setChecked(problem);
    if (problem) return;
    update.mutate({ ...body, version: user.version }, { onSuccess: () => setSaved(true) });
  };
  return (
    <section aria-labelledby="person-edit" className="ids-card">
      <h2 id="person-edit" className="h3">
        {t('admin.person.editHeading')}
      </h2>
      <form onSubmit={submit} noValidate className="ids-form">
        <AdminProblem error={error} fieldErrors={errors} />
        {saved && <Alert kind="success" heading={t('admin.person.saved')} live />}
        <PersonFields
          values={values}
          onChange={(c) => {
            setSaved(false);
            setValues((v) => ({ ...v, ...c }));
          }}
          errors={errors}
        />
        <ButtonRow>
          <Button type="submit" icon="check" disabled={update.isPending}>
            {t('admin.save')}
          </Button>
        </ButtonRow>
      </form>
    </section>
  );
}

/** Deactivate (asks first: the person is signed out and cannot sign in) or activate again. */
function Activation({ user }: { user: User }) {
  const t = useT();
  const me = useMe();
  const update = useUpdateUser(user.id);
  const self = me.data?.kind === 'user' && me.data.id === user.id;
  return (
    <section aria-labelledby="person-active" className="ids-card">
      <h2 id="person-active" className="h3">
        {t(user.active ? 'admin.person.deactivateHeading' : 'admin.person.activateHeading')}
      </h2>
      <AdminProblem error={update.error} />
      {user.active ? (
        self ? (
          <p>{t('admin.person.notSelf')}</p>
        ) : (
          <>
            <p>{t('admin.person.deactivateLead')}</p>
            <ConfirmAction
              label={t('admin.person.deactivate')}
              icon="close"
              heading={t('admin.person.deactivateConfirm', { name: user.name })}
              yes={t('admin.person.deactivateYes')}
              no={t('admin.person.deactivateNo')}
              busy={update.isPending}
              onConfirm={(done) =>
                update.mutate({ active: false, version: user.version }, { onSettled: done })
              }
            />
          </>
        )
      ) : (
        <>
          <p>{t('admin.person.activateLead')}</p>
          <Button
            variant="secondary"
            icon="refresh"
            disabled={update.isPending}
            onClick={() => update.mutate({ active: true, version: user.version })}
          >
            {t('admin.person.activate')}
          </Button>
        </>
      )}
    </section>
  );
}

function Password({ user }: { user: User }) {
  const t = useT();
  const set = useSetPassword(user.id);
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState<unknown>(null);
  const error = checked ?? set.error;
  const errors = fieldErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkPassword(password, t, true);
    setChecked(problem);
    if (problem) return;
    set.mutate(password, { onSuccess: () => setPassword('') });
  };
  return (
    <section aria-labelledby="person-password" className="ids-card">
      <h2 id="person-password" className="h3">
        {t('admin.password.heading')}
      </h2>
      <p>
        {t(user.hasPassword ? 'admin.password.has' : 'admin.password.hasNot')}{' '}
        {user.singleSignOn && t('admin.password.singleSignOn')}
      </p>
      <form onSubmit={submit} noValidate className="ids-form">
        <AdminProblem error={error} fieldErrors={errors} />
        {set.isSuccess && (
          <Alert kind="success" heading={t('admin.password.set', { name: user.name })} live />
        )}
        <PasswordField
          label={t('admin.password.new')}
          value={password}
          error={errors.password}
          onChange={setPassword}
        />
        <ButtonRow>
          <Button type="submit" variant="secondary" icon="check" disabled={set.isPending}>
            {t('admin.password.submit')}
          </Button>
        </ButtonRow>
      </form>
    </section>
  );
}
