/** Load a plan document's reporting rounds (after its initiatives), freezing the snapshot of closed ones. */
import type { Transaction } from 'kysely';
import { ruleViolation } from '../../domain/problem';
import type { DB } from '../../store/schema';
import { SNAPSHOT_FORMAT_VERSION } from '../../reports/snapshot';
import { renderRoundDocuments, storeRoundDocuments } from '../memo/documents';
import { assembleSnapshot } from '../rounds/snapshot-repo';
import type { PlanDocument } from '../../schemas/plan-document';

/** Insert rounds and their status updates; closed rounds get their snapshot in the same transaction. */
export async function loadRounds(
  trx: Transaction<DB>,
  planId: number,
  initiativeIds: Map<number, number>,
  doc: PlanDocument,
  now: string,
): Promise<number> {
  for (const [n, r] of doc.rounds.entries()) {
    const { updates, state, closedBy, ...fields } = r;
    const { id } = await trx
      .insertInto('reportingRounds')
      .values({ ...fields, planId, state: 'open', createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const u of updates) {
      const initiativeId = initiativeIds.get(u.initiative);
      if (initiativeId === undefined) {
        throw ruleViolation(
          `rounds.${n}.updates`,
          `Anbefaling nr. ${u.initiative} findes ikke i planen.`,
          `No initiative number ${u.initiative}.`,
        );
      }
      const decided = u.state === 'approved' || u.state === 'returned';
      await trx
        .insertInto('statusUpdates')
        .values({
          roundId: id,
          initiativeId,
          text: u.text,
          assessmentStatus: u.assessment?.status ?? null,
          assessmentReason: u.assessment?.reason ?? null,
          leadInKind: u.leadIn.kind,
          leadInWithPeriod: u.leadIn.withPeriod ? 1 : 0,
          leadInBullets: JSON.stringify(u.leadIn.bullets),
          state: u.state,
          comment: null,
          author: u.author,
          submittedBy: u.state === 'draft' ? null : u.author,
          submittedAt: u.state === 'draft' ? null : now,
          decidedBy: decided ? (u.approvedBy ?? closedBy) : null,
          decidedAt: decided ? now : null,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
    }
    if (state === 'closed') {
      const snapshot = await assembleSnapshot(trx, { ...fields, id, planId }, 'approved');
      const missing = snapshot.initiatives.filter((i) => i.updateState !== 'approved');
      if (missing.length > 0) {
        throw ruleViolation(
          `rounds.${n}.state`,
          'En lukket runde kræver godkendte statustekster for alle anbefalinger.',
          'A closed round needs approved updates for all recommendations.',
        );
      }
      await trx
        .updateTable('reportingRounds')
        .set({ state: 'closed', closedAt: now, closedBy, version: 2 })
        .where('id', '=', id)
        .execute();
      await trx
        .insertInto('roundSnapshots')
        .values({
          roundId: id,
          takenAt: now,
          takenBy: closedBy,
          formatVersion: SNAPSHOT_FORMAT_VERSION,
          data: JSON.stringify(snapshot),
        })
        .execute();
      await storeRoundDocuments(trx, id, await renderRoundDocuments(snapshot), now);
    }
  }
  return doc.rounds.length;
}
