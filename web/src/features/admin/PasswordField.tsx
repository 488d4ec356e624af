/** A password an administrator gives a person: never filled in by the browser, with the rule as its hint. */
import { useT } from '../../i18n/useT';
import { TextField } from '../../ui/Field';

export function PasswordField(props: {
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <TextField
      type="password"
      label={props.label}
      hint={t('admin.password.hint')}
      autoComplete="new-password"
      width="l"
      value={props.value}
      error={props.error}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
