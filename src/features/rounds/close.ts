/** Closing a round freezes its snapshot; reopening needs a reason. Both are audited. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { conflict, ruleViolation, staleVersion } from '../../domain/problem';
import { audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import { versionedUpdate } from '../../store/versioned';
import { writeTx } from '../../store/write';
import { SNAPSHOT_FORMAT_VERSION, type RoundSnapshot } from '../../reports/snapshot';
import { resourceService } from '../shared/service';
import { rounds } from './resource';
import { type Round } from '../../schemas/rounds';
import { assembleSnapshot } from './snapshot-repo';
import { renderRoundDocuments, storeRoundDocuments } from '../memo/documents';
import { listUpdates, loadRound } from './updates';

const svc = resourceService(rounds);

/**
 * Close a round: every recommendation's update must be approved, or be listed in `missing` (the memo then marks
 * it). The snapshot, the memo documents rendered from it, the state change and the audit entry commit together.
 */
export async function closeRound(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: { version: number; missing?: number[] },
): Promise<Round> {
  const round = await loadRound(db, id);
  ctx.authorize('round:write', { planId: round.planId });
  if (round.state === 'closed')
    throw conflict('Statusrunden er allerede lukket.', 'The round is already closed.');
  if (round.version !== body.version) throw staleVersion(round.version, body.version);
  const updates = await listUpdates(db, ctx, id);
  const notApproved = updates.filter((u) => u.state !== 'approved');
  const listed = new Set(body.missing ?? []);
  const unlisted = notApproved.filter((u) => !listed.has(u.initiativeId));
  if (unlisted.length > 0) {
    const names = unlisted.map((u) => `${u.initiativeNumber ?? ''}. ${u.initiativeTitle}`.trim()).join('; ');
    throw ruleViolation(
      'missing',
      `Runden kan ikke lukkes: disse anbefalinger har ingen godkendt status: ${names}. Godkend dem, eller angiv dem som manglende.`,
      `Cannot close: these recommendations have no approved status: ${names}. Approve them or list them as missing.`,
    );
  }
  const extra = [...listed].filter((i) => !notApproved.some((u) => u.initiativeId === i));
  if (extra.length > 0) {
    throw ruleViolation(
      'missing',
      `Disse er ikke manglende i runden: ${extra.join(', ')}.`,
      `Not missing in this round: ${extra.join(', ')}.`,
    );
  }
  const snapshot = await assembleSnapshot(db, { ...round, id }, 'approved', listed);
  // Rendered before the transaction (it takes a moment) and stored with the snapshot: the memo as it was sent.
  const documents = await renderRoundDocuments(snapshot);
  return writeTx(db, async (trx) => {
    const now = new Date().toISOString();
    await versionedUpdate(
      trx,
      'reportingRounds',
      { id, version: body.version, state: ['open'] },
      { state: 'closed', closedAt: now, closedBy: ctx.actor, updatedAt: now },
    );
    await trx
      .insertInto('roundSnapshots')
      .values({
        roundId: id,
        takenAt: now,
        takenBy: ctx.actor,
        formatVersion: SNAPSHOT_FORMAT_VERSION,
        data: JSON.stringify(snapshot),
      })
      .execute();
    await storeRoundDocuments(trx, id, documents, now);
    const closed = (await svc.find(trx, id))!;
    await audit(trx, ctx, 'close', 'round', id, { state: 'open' }, { state: 'closed', missing: [...listed] });
    return closed;
  });
}

/** Reopen a closed round; the reason is required and kept in the audit log. Snapshot and documents are discarded. */
export async function reopenRound(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  body: { version: number; reason: string },
): Promise<Round> {
  const round = await loadRound(db, id);
  ctx.authorize('round:write', { planId: round.planId });
  if (round.state !== 'closed') throw conflict('Statusrunden er ikke lukket.', 'The round is not closed.');
  if (round.version !== body.version) throw staleVersion(round.version, body.version);
  const reason = body.reason.trim();
  if (reason.length < 3)
    throw ruleViolation('reason', 'Angiv en begrundelse for at genåbne runden.', 'Give a reason to reopen.');
  return writeTx(db, async (trx) => {
    const now = new Date().toISOString();
    await versionedUpdate(
      trx,
      'reportingRounds',
      { id, version: body.version, state: ['closed'] },
      { state: 'open', closedAt: null, closedBy: null, updatedAt: now },
    );
    await trx.deleteFrom('roundDocuments').where('roundId', '=', id).execute();
    await trx.deleteFrom('roundSnapshots').where('roundId', '=', id).execute();
    const reopened = (await svc.find(trx, id))!;
    await audit(trx, ctx, 'reopen', 'round', id, { state: 'closed' }, { state: 'open', reason });
    return reopened;
  });
}

/** The stored snapshot of a closed round, or null. */
export async function storedSnapshot(db: Kysely<DB>, roundId: number): Promise<RoundSnapshot | null> {
  const row = await db
    .selectFrom('roundSnapshots')
    .select('data')
    .where('roundId', '=', roundId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.data) as RoundSnapshot) : null;
}

/**
 * The latest closed round of a plan as of before a date, with its snapshot: what the working memo and the draft
 * status text compare with. Null when there is none (or it was closed before snapshots were kept).
 */
export async function previousClosedRound(
  db: Kysely<DB>,
  planId: number,
  asOf: string,
): Promise<{ id: number; asOf: string; snapshot: RoundSnapshot } | null> {
  const round = await db
    .selectFrom('reportingRounds')
    .select(['id', 'asOf'])
    .where('planId', '=', planId)
    .where('state', '=', 'closed')
    .where('asOf', '<', asOf)
    .orderBy('asOf', 'desc')
    .executeTakeFirst();
  const snapshot = round ? await storedSnapshot(db, round.id) : null;
  return round && snapshot ? { ...round, snapshot } : null;
}
