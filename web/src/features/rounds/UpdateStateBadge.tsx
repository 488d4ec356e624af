/** A status text's workflow state as text, icon and colour together (never colour alone). */
import type { StatusUpdate } from '../../api/types';
import { useT } from '../../i18n/useT';
import type { IconName } from '../../ui/Icon';

type State = StatusUpdate['state'];

const LOOK: Record<State, { icon: IconName; cls: string }> = {
  missing: { icon: 'help', cls: 'ids-status ids-status-neutral' },
  draft: { icon: 'edit', cls: 'ids-status ids-status-info' },
  submitted: { icon: 'hourglass', cls: 'ids-status ids-status-warning' },
  approved: { icon: 'success', cls: 'ids-status ids-status-success' },
  returned: { icon: 'refresh', cls: 'ids-status ids-status-error' },
};

export function UpdateStateBadge(props: { state: State }) {
  const t = useT();
  const look = LOOK[props.state];
  return <span className={`${look.cls} ids-icon-${look.icon}`}>{t(`round.state.${props.state}`)}</span>;
}
