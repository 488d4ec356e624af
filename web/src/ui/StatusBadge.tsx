/** A status as text, icon and colour together (never colour alone). */
import type { TargetStatus } from '../../../src/domain/types';
import { Icon, type IconName } from './Icon';

const LOOK: Record<TargetStatus, { icon: IconName; tone: string }> = {
  met: { icon: 'success', tone: 'success' },
  on_track: { icon: 'check', tone: 'info' },
  at_risk: { icon: 'warning', tone: 'warning' },
  not_met: { icon: 'error', tone: 'error' },
  no_data: { icon: 'help', tone: 'neutral' },
};

export function StatusBadge(props: { status: TargetStatus; label: string; note?: string }) {
  const look = LOOK[props.status];
  return (
    <span className={`ids-status ids-status-${look.tone}`}>
      <Icon name={look.icon} />
      <span>{props.label}</span>
      {props.note && <span className="ids-status-note">{props.note}</span>}
    </span>
  );
}
