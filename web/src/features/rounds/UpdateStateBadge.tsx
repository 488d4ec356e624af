/** A status text's workflow state as text, icon and colour together (never colour alone). */
import type { StatusUpdate } from '../../api/types';
import { useT } from '../../i18n/useT';
import type { IconName } from '../../ui/Icon';
import { Badge, type Tone } from '../../ui/StatusBadge';

type State = StatusUpdate['state'];

const LOOK: Record<State, { icon: IconName; tone: Tone }> = {
  missing: { icon: 'help', tone: 'neutral' },
  draft: { icon: 'edit', tone: 'info' },
  submitted: { icon: 'hourglass', tone: 'warning' },
  approved: { icon: 'success', tone: 'success' },
  returned: { icon: 'refresh', tone: 'error' },
};

export function UpdateStateBadge(props: { state: State }) {
  const t = useT();
  return <Badge {...LOOK[props.state]} label={t(`round.state.${props.state}`)} />;
}
