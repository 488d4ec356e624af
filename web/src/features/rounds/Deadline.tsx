/**
 * The days left to a round's deadline in Danish working days: weekends, public holidays and the customary days off
 * the administrators' setting names are excluded.
 */
import { workingDaysLeft } from '../../../../src/domain/working-days';
import { formatDate, formatNumber } from '../../../../src/domain/format';
import { useT } from '../../i18n/useT';
import { todayIso } from '../../lib/dates';
import { useDaysOff } from '../settings/api';

/**
 * "3 arbejdsdage tilbage", "Fristen er i dag" or "Overskredet med 2 arbejdsdage"; null until the days-off setting
 * is read (a count made without it could be a day off).
 */
export function useDaysLeft(): (deadline: string) => string | null {
  const t = useT();
  const today = todayIso();
  const setting = useDaysOff().data;
  return (deadline) => {
    if (!setting) return null;
    const n = workingDaysLeft(today, deadline, setting);
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
  const left = props.open ? daysLeft(props.deadline) : null;
  if (!left) return <>{formatDate(props.deadline)}</>;
  return (
    <>
      {formatDate(props.deadline)} <span className="ids-muted">({left})</span>
    </>
  );
}
