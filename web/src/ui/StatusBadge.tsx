/** A status as text, icon and colour together (never colour alone). */
import type { TargetStatus } from '../../../src/domain/types';
import 'virtual:dkfds-icons.css';
import type { IconName } from './Icon';

const LOOK: Record<TargetStatus, { icon: IconName; tone: string }> = {
  met: { icon: 'success', tone: 'success' },
  on_track: { icon: 'check', tone: 'info' },
  at_risk: { icon: 'warning', tone: 'warning' },
  not_met: { icon: 'error', tone: 'error' },
  no_data: { icon: 'help', tone: 'neutral' },
};

/**
 * One element: the icon is drawn before the text from the badge's own `ids-icon-<name>` class (theme.css,
 * `.ids-status::before`). A dashboard draws four badges per initiative, and each element more costs render time.
 */
export function StatusBadge(props: { status: TargetStatus; label: string; note?: string }) {
  const look = LOOK[props.status];
  return (
    <span className={`ids-status ids-status-${look.tone} ids-icon-${look.icon}`}>
      {props.label}
      {props.note && <span className="ids-status-note">{props.note}</span>}
    </span>
  );
}
