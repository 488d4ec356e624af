/** A status as text, icon and colour together (never colour alone). */
import type { TargetStatus } from '../../../src/domain/types';
import 'virtual:dkfds-icons.css';
import type { IconName } from './Icon';

const LOOK: Record<TargetStatus, { icon: IconName; tone: Tone }> = {
  met: { icon: 'success', tone: 'success' },
  on_track: { icon: 'check', tone: 'info' },
  at_risk: { icon: 'warning', tone: 'warning' },
  not_met: { icon: 'error', tone: 'error' },
  no_data: { icon: 'help', tone: 'neutral' },
};

export type Tone = 'success' | 'info' | 'warning' | 'error' | 'neutral';

/**
 * A badge of text, icon and colour. One element: the icon is drawn before the text from the badge's own
 * `ids-icon-<name>` class (theme.css, `.ids-status::before`); a dashboard draws four per initiative, and each
 * element more costs render time.
 */
export function Badge(props: { tone: Tone; icon: IconName; label: string; note?: string }) {
  return (
    <span className={`ids-status ids-status-${props.tone} ids-icon-${props.icon}`}>
      {props.label}
      {props.note && <span className="ids-status-note">{props.note}</span>}
    </span>
  );
}

export function StatusBadge(props: { status: TargetStatus; label: string; note?: string }) {
  return <Badge {...LOOK[props.status]} label={props.label} note={props.note} />;
}
