/** Writes the versions of status texts (read back by ./history.ts). */
import type { Selectable, Transaction } from 'kysely';
import type { DB, StatusUpdateTable } from '../../store/schema';
import type { StatusUpdateVersion } from '../../schemas/rounds';

/** Keep the status update as it stands after `action`, in the change's transaction. */
export async function recordVersion(
  trx: Transaction<DB>,
  saved: Selectable<StatusUpdateTable>,
  action: StatusUpdateVersion['action'],
  actor: string,
): Promise<void> {
  await trx
    .insertInto('statusUpdateVersions')
    .values({
      statusUpdateId: saved.id,
      roundId: saved.roundId,
      initiativeId: saved.initiativeId,
      version: saved.version,
      action,
      state: saved.state,
      text: saved.text,
      assessmentStatus: saved.assessmentStatus,
      assessmentReason: saved.assessmentReason,
      comment: action === 'return' ? saved.comment : null,
      actor,
      at: saved.updatedAt,
    })
    .execute();
}
