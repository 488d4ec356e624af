/** The memo of a round (from its frozen snapshot when closed, live and marked UDKAST when open) in three formats. */
import { MEMO_CONTENT_TYPES, type MemoFormat } from '../../schemas/memo';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { notFound } from '../../domain/problem';
import { buildMemoModel } from '../../reports/build-model';
import type { MemoModel, MemoVariant } from '../../reports/model';
import type { RoundSnapshot } from '../../reports/snapshot';
import type { DB } from '../../store/schema';
import { findPlanRef } from '../progress/service';
import { previousClosedRound, storedSnapshot } from '../rounds/close';
import { assembleSnapshot } from '../rounds/snapshot-repo';
import { loadRound } from '../rounds/updates';
import { renderMemo, storedRoundDocument } from './documents';

export { renderMemo } from './documents';

/** A rendered memo, ready to send or write. */
export interface RenderedMemo {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * "Bilag 1 - Status efterår 2018.docx", "… (arbejdsversion).pdf"; characters unsafe in file names are replaced.
 */
export function memoFileName(
  appendix: number | null,
  title: string,
  format: MemoFormat,
  draft: boolean,
  variant: MemoVariant = 'committee',
): string {
  const marks = `${variant === 'working' ? ' (arbejdsversion)' : ''}${draft ? ' (UDKAST)' : ''}`;
  const base = `Bilag ${appendix ?? 1} - ${title}${marks}`.replace(/[\\/:*?"<>|\r\n]+/g, '-');
  return `${base}.${format}`;
}

/** The previous closed round's snapshot, which the working version compares with (the committee one never does). */
async function previousFor(
  db: Kysely<DB>,
  variant: MemoVariant,
  planId: number,
  asOf: string,
): Promise<RoundSnapshot | null> {
  if (variant !== 'working') return null;
  return (await previousClosedRound(db, planId, asOf))?.snapshot ?? null;
}

/** The memo model of a round: from the snapshot when closed, live (draft) when open; in either version. */
export async function roundMemoModel(
  db: Kysely<DB>,
  ctx: RequestContext,
  roundId: number,
  variant: MemoVariant = 'committee',
): Promise<MemoModel> {
  ctx.authorize('memo:read');
  const round = await loadRound(db, roundId);
  const previous = await previousFor(db, variant, round.planId, round.asOf);
  if (round.state === 'closed') {
    const snap = await storedSnapshot(db, roundId);
    if (!snap) throw notFound('Snapshot for statusrunde', 'Snapshot of round', roundId);
    return buildMemoModel(snap, { draft: false, variant, previous });
  }
  const snap = await assembleSnapshot(db, { ...round, id: roundId }, 'latest');
  return buildMemoModel(snap, { draft: true, variant, previous });
}

/** The memo of a round in a format. */
export async function roundMemo(
  db: Kysely<DB>,
  ctx: RequestContext,
  roundId: number,
  format: MemoFormat,
  variant: MemoVariant = 'committee',
): Promise<RenderedMemo> {
  const model = await roundMemoModel(db, ctx, roundId, variant);
  const round = await loadRound(db, roundId);
  // A closed round's committee memo is the document stored when it closed, byte for byte; the working version is
  // rendered from the same frozen snapshot (and the previous round's) when asked for.
  const stored =
    round.state === 'closed' && variant === 'committee'
      ? await storedRoundDocument(db, roundId, format)
      : null;
  return {
    fileName: memoFileName(round.appendixNumber, round.title, format, model.draft, variant),
    contentType: MEMO_CONTENT_TYPES[format],
    body: stored ?? (await renderMemo(model, format)),
  };
}

/** A quick draft memo for a plan as of a date, without a round. */
export async function planDraftMemo(
  db: Kysely<DB>,
  ctx: RequestContext,
  idOrSlug: string,
  asOf: string,
  format: MemoFormat,
  variant: MemoVariant = 'committee',
): Promise<RenderedMemo> {
  ctx.authorize('memo:read');
  const plan = await findPlanRef(db, idOrSlug);
  const title = `Status pr. ${asOf}`;
  const snap = await assembleSnapshot(
    db,
    {
      id: null,
      planId: plan!.id,
      title,
      asOf,
      organisation: null,
      unitName: null,
      recipient: null,
      appendixNumber: null,
      memoDate: null,
      caseNumber: null,
    },
    'latest',
  );
  const previous = await previousFor(db, variant, plan!.id, asOf);
  const model = buildMemoModel(snap, { draft: true, variant, previous });
  return {
    fileName: memoFileName(null, title, format, true, variant),
    contentType: MEMO_CONTENT_TYPES[format],
    body: await renderMemo(model, format),
  };
}

/** Content-Disposition with an ASCII fallback and the RFC 5987 UTF-8 name. */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/Æ/g, 'Ae')
    .replace(/Ø/g, 'Oe')
    .replace(/Å/g, 'Aa')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
