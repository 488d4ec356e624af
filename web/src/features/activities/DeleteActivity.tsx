/** Delete an activity after an explicit confirmation in the page (no browser dialog). */
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import type { Activity } from '../../api/types';
import { Alert } from '../../ui/Alert';
import { Button, ButtonRow } from '../../ui/Button';
import { useDeleteActivity } from './api';
import { SaveProblem } from './SaveProblem';

export function DeleteActivity(props: { activity: Activity; version: number; onDeleted: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const del = useDeleteActivity(props.activity.id);
  return (
    <section aria-labelledby="delete-heading" className="ids-danger-zone">
      <h2 id="delete-heading" className="h4">
        {t('activityForm.deleteHeading')}
      </h2>
      <SaveProblem error={del.error} fieldErrors={{}} />
      {asking ? (
        <Alert kind="warning" heading={t('activityForm.deleteConfirm', { title: props.activity.title })} live>
          <ButtonRow>
            <Button
              variant="warning"
              icon="delete"
              onClick={() => del.mutate(props.version, { onSuccess: props.onDeleted })}
            >
              {t('activityForm.deleteYes')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('activityForm.deleteNo')}
            </Button>
          </ButtonRow>
        </Alert>
      ) : (
        <Button variant="secondary" icon="delete" onClick={() => setAsking(true)}>
          {t('activityForm.delete')}
        </Button>
      )}
    </section>
  );
}
