/**
 * PDF renderer (pdfkit, pure JavaScript): a tagged PDF/1.7 with embedded DejaVu Sans, the initiative
 * tables with borders, rows kept off page breaks, bullet lists and a "Side X af Y" footer on every page.
 */
import PDFDocument from 'pdfkit';
import type { MemoModel } from '../model';
import { languageTag, pageLabelFor } from './common';
import type { PdfContext } from './pdf-blocks';
import { memoFonts } from './pdf-fonts';
import { PageCursor } from './pdf-flow';
import { drawMemoHead, drawOthers } from './pdf-sections';
import { PAGE, TEXT } from './pdf-style';
import { drawInitiative } from './pdf-table';
import { Tagger } from './pdf-tags';
import type { FontFace, Measurer } from './pdf-text';

/** The memo's date as the documents' timestamp (midnight UTC). */
export function documentDate(model: MemoModel): Date {
  return new Date(`${model.properties.date}T00:00:00Z`);
}

function createDocument(model: MemoModel): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: languageTag(model),
    displayTitle: true,
    info: {
      Title: model.properties.title,
      Author: model.properties.author,
      Subject: model.properties.subject,
      Creator: 'indsats',
      // From the snapshot, not the clock: the file id is derived from these, so a render repeats byte for byte.
      CreationDate: documentDate(model),
      ModDate: documentDate(model),
    },
  });
  const fonts = memoFonts();
  for (const face of Object.keys(fonts) as FontFace[]) doc.registerFont(face, fonts[face]);
  return doc;
}

/** Measures strings, caching widths: memo texts repeat the same words many times. */
function cachedMeasurer(doc: PDFKit.PDFDocument): Measurer {
  const cache = new Map<string, number>();
  return {
    width(text: string, face: FontFace, size: number): number {
      const key = `${face}\u0000${size}\u0000${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        width = doc.font(face).fontSize(size).widthOfString(text);
        cache.set(key, width);
      }
      return width;
    },
  };
}

/** Writes the footer (and, for drafts, the "UDKAST" mark) on every buffered page, as artifacts. */
function decoratePages(ctx: PdfContext, model: MemoModel): void {
  const { doc } = ctx;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const label = pageLabelFor(model.pageLabel, i - range.start + 1, range.count);
    const width = ctx.measurer.width(label, 'regular', TEXT.footer.size);
    ctx.tagger.artifact('Pagination', () => {
      doc.font('regular').fontSize(TEXT.footer.size).fillColor(TEXT.footer.color);
      doc.text(label, PAGE.width - PAGE.right - width, PAGE.height - PAGE.footerFromBottom, {
        lineBreak: false,
      });
      if (model.draft && i > range.start) {
        const mark = model.draftLabel;
        const markWidth = ctx.measurer.width(mark, 'bold', 12);
        doc.font('bold').fontSize(12).fillColor(TEXT.draft.color);
        doc.text(mark, PAGE.width - PAGE.right - markWidth, PAGE.top / 2 - 6, { lineBreak: false });
      }
    });
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Renders the memo as a tagged PDF. */
export async function renderPdf(model: MemoModel): Promise<Buffer> {
  const doc = createDocument(model);
  const done = collect(doc);
  const ctx: PdfContext = { doc, tagger: new Tagger(doc), measurer: cachedMeasurer(doc) };
  const cursor = new PageCursor(ctx);
  const root = ctx.tagger.root;
  drawMemoHead(ctx, cursor, root, model);
  for (const item of model.initiatives) drawInitiative(ctx, cursor, root, item);
  if (model.others !== null) drawOthers(ctx, cursor, root, model.others);
  decoratePages(ctx, model);
  ctx.tagger.end();
  doc.end();
  return done;
}
