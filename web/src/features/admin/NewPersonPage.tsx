/** Create a person: name, e-mail, unit, role assignments and — unless they sign in with single sign-on — a password. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { UserInput } from '../../../../src/schemas/users';
import { useT } from '../../i18n/useT';
import { useDraft } from '../../lib/useDraft';
import { Button, ButtonRow } from '../../ui/Button';
import { PasswordField } from './PasswordField';
import { AdminFrame } from './AdminFrame';
import { useCreateUser } from './api';
import { peoplePath, personPath } from './paths';
import { PersonFields, personBody, personValues, type PersonValues } from './PersonFields';
import { AdminProblem } from './Problem';
import { checkInput, checkPassword, fieldErrors } from './validate';

const SCOPE = 'admin-person-new';

export function NewPersonPage() {
  const t = useT();
  return (
    <AdminFrame
      part="people"
      title={t('admin.newPerson.title')}
      lead={t('admin.newPerson.lead')}
      back={{ to: peoplePath(), label: t('admin.people.title') }}
    >
      <NewPersonForm />
    </AdminFrame>
  );
}

function NewPersonForm() {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues, clear] = useDraft<PersonValues>(SCOPE, () => personValues());
  // The password is never kept in the browser's storage with the draft.
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState<unknown>(null);
  const create = useCreateUser(SCOPE);
  const error = checked ?? create.error;
  const errors = fieldErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = personBody(values);
    const problem = checkInput(UserInput, body, t) ?? checkPassword(password, t);
    setChecked(problem);
    if (problem) return;
    create.mutate(
      { user: body, password },
      {
        onSuccess: (user) => {
          clear();
          void navigate(personPath(user.id), { state: { flash: 'created' } });
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="ids-form">
      <AdminProblem error={error} fieldErrors={errors} />
      <PersonFields values={values} onChange={(c) => setValues((v) => ({ ...v, ...c }))} errors={errors} />
      <PasswordField
        label={t('admin.password.first')}
        value={password}
        error={errors.password}
        onChange={setPassword}
      />
      <ButtonRow>
        <Button type="submit" icon="check" disabled={create.isPending}>
          {t('admin.newPerson.submit')}
        </Button>
        <Button
          variant="tertiary"
          onClick={() => {
            clear();
            void navigate(peoplePath());
          }}
        >
          {t('admin.cancel')}
        </Button>
      </ButtonRow>
    </form>
  );
}
