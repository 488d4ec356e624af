/** The history of a status text: every version kept, who wrote or decided it, the comments, what changed. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { diffLines } from '../../domain/text-diff';
import { TARGET_STATUSES } from '../../domain/types';
import type { DB } from '../../store/schema';
import type { StatusUpdateVersion, UpdateState } from '../../schemas/rounds';
import { loadRound, recommendation } from './updates';

/** Every version of an initiative's status text in a round, oldest first; readable by all who may read the round. */
export async function statusHistory(
  db: Kysely<DB>,
  ctx: RequestContext,
  roundId: number,
  initiativeId: number,
): Promise<StatusUpdateVersion[]> {
  const round = await loadRound(db, roundId);
  ctx.authorize('plan:read', { planId: round.planId, initiativeId });
  await recommendation(db, round, initiativeId);
  const rows = await db
    .selectFrom('statusUpdateVersions')
    .selectAll()
    .where('roundId', '=', roundId)
    .where('initiativeId', '=', initiativeId)
    .orderBy('version')
    .orderBy('id')
    .execute();
  let previous = '';
  return rows.map((r) => {
    const changes = r.text === previous ? [] : diffLines(previous, r.text);
    previous = r.text;
    return {
      version: r.version,
      action: r.action as StatusUpdateVersion['action'],
      state: r.state as UpdateState,
      text: r.text,
      assessment:
        r.assessmentStatus != null
          ? {
              status: r.assessmentStatus as (typeof TARGET_STATUSES)[number],
              reason: r.assessmentReason ?? '',
            }
          : null,
      comment: r.comment,
      actor: r.actor,
      at: r.at,
      changes,
    };
  });
}
