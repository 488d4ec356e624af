/** An activity form's buttons: save (busy while the request runs) and cancel, which drops the kept draft. */
import { useT } from '../../i18n/useT';
import { Button, ButtonRow } from '../../ui/Button';

export function FormActions(props: { label: string; busy: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <ButtonRow>
      <Button type="submit" icon="check" disabled={props.busy}>
        {props.label}
      </Button>
      <Button variant="tertiary" onClick={props.onCancel}>
        {t('activityForm.cancel')}
      </Button>
    </ButtonRow>
  );
}
