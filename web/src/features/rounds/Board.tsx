/**
 * The completeness board: per recommendation the state of its status text, who moved it last and when, and — until
 * it is submitted — the working days left to the deadline.
 */
import { Link } from 'react-router';
import type { Round, StatusUpdate } from '../../api/types';
import { useT } from '../../i18n/useT';
import { Table } from '../../ui/Table';
import { useDaysLeft } from './Deadline';
import { statusTextPath } from './paths';
import { UpdateStateBadge } from './UpdateStateBadge';
import { when } from './when';

/** Who last moved the text, and when: the decision, the submission, or the writer. */
function lastStep(u: StatusUpdate): { who: string; at: string | null } | null {
  if ((u.state === 'approved' || u.state === 'returned') && u.decidedBy)
    return { who: u.decidedBy, at: u.decidedAt };
  if (u.state === 'submitted' && u.submittedBy) return { who: u.submittedBy, at: u.submittedAt };
  if (u.author) return { who: u.author, at: null };
  return null;
}

export const initiativeLabel = (u: { initiativeNumber: number | null; initiativeTitle: string }) =>
  u.initiativeNumber === null ? u.initiativeTitle : `${u.initiativeNumber}. ${u.initiativeTitle}`;

export function Board(props: { round: Round; updates: StatusUpdate[] }) {
  const t = useT();
  const daysLeft = useDaysLeft();
  const { round } = props;
  const pending = (u: StatusUpdate) => u.state === 'missing' || u.state === 'draft' || u.state === 'returned';
  return (
    <Table
      wide
      caption={t('round.boardCaption')}
      head={[t('round.initiative'), t('round.textState'), t('round.lastStep'), t('round.deadlineHead')]}
      rows={props.updates.map((u) => {
        const step = lastStep(u);
        return [
          <Link key="l" to={statusTextPath(round.id, u.initiativeId)}>
            {initiativeLabel(u)}
          </Link>,
          <UpdateStateBadge key="s" state={u.state} />,
          step ? (
            <>
              {step.who}
              {step.at && (
                <>
                  <br />
                  <span className="ids-muted">{when(t, step.at)}</span>
                </>
              )}
            </>
          ) : (
            t('common.dash')
          ),
          (round.state === 'open' && round.deadline && pending(u) && daysLeft(round.deadline)) ||
            t('common.dash'),
        ];
      })}
    />
  );
}
