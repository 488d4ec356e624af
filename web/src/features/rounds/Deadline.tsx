/** The days left to a round's deadline in Danish working days (weekends and public holidays excluded). */
import { workingDaysLeft } from '../../../../src/domain/working-days';
import { formatDate, formatNumber } from '../../../../src/domain/format';
import { useT } from '../../i18n/useT';
import { todayIso } from '../../lib/dates';

/** "3 arbejdsdage tilbage", "Fristen er i dag" or "Overskredet med 2 arbejdsdage". */
export function useDaysLeft(): (deadline: string) => string {
  const t = useT();
  const today = todayIso();
  return (deadline) => {
    const n = workingDaysLeft(today, deadline);
    if (n === 0) return t('round.dueToday');
    if (n > 0) return t('round.daysLeft', { count: n, n: formatNumber(n) });
    return t('round.overdue', { count: -n, n: formatNumber(-n) });
  };
}

/** The deadline, and while the round is open the working days left to it. */
export function Deadline(props: { deadline: string | null; open: boolean }) {
  const t = useT();
  const daysLeft = useDaysLeft();
  if (!props.deadline) return <>{t('round.noDeadline')}</>;
  if (!props.open) return <>{formatDate(props.deadline)}</>;
  return (
    <>
      {formatDate(props.deadline)} <span className="ids-muted">({daysLeft(props.deadline)})</span>
    </>
  );
}
