/**
 * The memo documents of a round: rendered from a snapshot in every format, and, for a closed round, stored when it
 * closes (the record that went to the committee) and read back byte for byte.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { MEMO_CONTENT_TYPES, MEMO_FORMATS, type MemoFormat } from '../../schemas/memo';
import { buildMemoModel } from '../../reports/build-model';
import type { MemoModel } from '../../reports/model';
import type { RoundSnapshot } from '../../reports/snapshot';
import { renderDocx } from '../../reports/render/docx';
import { renderHtml } from '../../reports/render/html';
import { renderPdf } from '../../reports/render/pdf';
import type { DB } from '../../store/schema';
import { PRODUCT_VERSION } from '../../version';

/** Render a memo model in a format. The same model renders to the same bytes (dates come from the model). */
export async function renderMemo(model: MemoModel, format: MemoFormat): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return renderDocx(model);
    case 'pdf':
      return renderPdf(model);
    case 'html':
      return Buffer.from(renderHtml(model), 'utf8');
  }
}

/** A document rendered for storing. */
export interface RoundDocument {
  format: MemoFormat;
  body: Buffer;
}

/**
 * Render a closed round's memo in every format, from its snapshot: the committee version, the record of what went to
 * the committee. The working version is not stored: it is rendered on demand from the same frozen snapshot and the
 * previous round's, so it says the same whenever it is asked for, and the record holds only what was sent.
 */
export async function renderRoundDocuments(snapshot: RoundSnapshot): Promise<RoundDocument[]> {
  const model = buildMemoModel(snapshot, { draft: false, variant: 'committee' });
  const out: RoundDocument[] = [];
  for (const format of MEMO_FORMATS) out.push({ format, body: await renderMemo(model, format) });
  return out;
}

/** Store the documents of a round in the caller's transaction (the one that closes it). */
export async function storeRoundDocuments(
  trx: Transaction<DB>,
  roundId: number,
  documents: readonly RoundDocument[],
  at: string,
): Promise<void> {
  await trx
    .insertInto('roundDocuments')
    .values(
      documents.map((d) => ({
        roundId,
        format: d.format,
        contentType: MEMO_CONTENT_TYPES[d.format],
        body: d.body.toString('base64'),
        sha256: createHash('sha256').update(d.body).digest('hex'),
        productVersion: PRODUCT_VERSION,
        renderedAt: at,
      })),
    )
    .execute();
}

/** The stored document of a closed round in a format, or null (a round closed before documents were stored). */
export async function storedRoundDocument(
  db: Kysely<DB>,
  roundId: number,
  format: MemoFormat,
): Promise<Buffer | null> {
  const row = await db
    .selectFrom('roundDocuments')
    .select(['body', 'sha256'])
    .where('roundId', '=', roundId)
    .where('format', '=', format)
    .executeTakeFirst();
  if (!row) return null;
  const body = Buffer.from(row.body, 'base64');
  if (createHash('sha256').update(body).digest('hex') !== row.sha256)
    throw new Error(`The stored ${format} memo of round ${roundId} does not match its checksum.`);
  return body;
}
