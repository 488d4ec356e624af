/** Delete an activity after an explicit confirmation in the page (no browser dialog). */
import { useT } from '../../i18n/useT';
import type { Activity } from '../../api/types';
import { ConfirmAction } from '../../ui/Confirm';
import { useDeleteActivity } from './api';
import { SaveProblem } from './SaveProblem';

export function DeleteActivity(props: { activity: Activity; version: number; onDeleted: () => void }) {
  const t = useT();
  const del = useDeleteActivity(props.activity.id);
  return (
    <section aria-labelledby="delete-heading" className="ids-danger-zone">
      <h2 id="delete-heading" className="h4">
        {t('activityForm.deleteHeading')}
      </h2>
      <SaveProblem error={del.error} fieldErrors={{}} />
      <ConfirmAction
        label={t('activityForm.delete')}
        icon="delete"
        heading={t('activityForm.deleteConfirm', { title: props.activity.title })}
        yes={t('activityForm.deleteYes')}
        no={t('activityForm.deleteNo')}
        busy={del.isPending}
        onConfirm={() => del.mutate(props.version, { onSuccess: props.onDeleted })}
      />
    </section>
  );
}
