/** An initiative's status; an assessment is shown as a person's assessment, beside the computed status. */
import { useT } from '../../i18n/useT';
import type { InitiativeProgress } from '../../api/types';
import { StatusBadge } from '../../ui/StatusBadge';

/** `compact`: the assessment's badge with the computed status in one line, without the reason (lists). */
export function InitiativeStatus({ ip, compact = false }: { ip: InitiativeProgress; compact?: boolean }) {
  const t = useT();
  if (!ip.isAssessment || !ip.assessment) {
    return <StatusBadge status={ip.computedStatus} label={t(`status.${ip.computedStatus}`)} />;
  }
  if (compact) {
    return (
      <div>
        <StatusBadge status={ip.status} label={t(`status.${ip.status}`)} note={t('assessment.marker')} />
        <p className="ids-muted">
          {t('assessment.computed')} {t(`status.${ip.computedStatus}`)}
        </p>
      </div>
    );
  }
  return (
    <div>
      <StatusBadge status={ip.status} label={t(`status.${ip.status}`)} note={t('assessment.marker')} />
      <div className="ids-assessment">
        <p>
          <strong>{t('assessment.computed')}</strong> {t(`status.${ip.computedStatus}`)}
        </p>
        <p>
          <strong>{t('assessment.reason')}</strong> {ip.assessment.reason}
        </p>
        <p className="ids-muted">{t('assessment.by', { by: ip.assessment.by })}</p>
      </div>
    </div>
  );
}
