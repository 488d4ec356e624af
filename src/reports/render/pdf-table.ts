/**
 * The initiative table in the PDF: a shaded header row across both columns and a two-cell body row.
 * The row is never split when it fits on a page; a row taller than a page continues on the next page
 * under a repeated header row (drawn as an artifact, so it is read once).
 */
import type { MemoInitiative } from '../model';
import type { LaidPara, Para, PdfContext, Slot } from './pdf-blocks';
import { drawParaLines, drawSlots, layoutPara, run, slotsHeight, slotsOf, takeSlots } from './pdf-blocks';
import { leftCell, paragraph, rightCell } from './pdf-content';
import type { PageCursor } from './pdf-flow';
import { CELL_PAD, CONTENT_WIDTH, GAP, PAGE, TABLE, TEXT } from './pdf-style';
import type { StructElement } from './pdf-tags';

interface Column {
  paras: LaidPara[];
  slots: Slot[];
  x: number;
  next: number;
}

interface TableLayout {
  header: LaidPara;
  headerHeight: number;
  columns: [Column, Column];
  bodyHeight: number;
}

const HALF = CONTENT_WIDTH / 2;
const MIN_LINES_BEFORE_SPLIT = 3;

function column(ctx: PdfContext, paras: Para[], x: number): Column {
  const laid = paras.map((para) => layoutPara(ctx, para, HALF - 2 * CELL_PAD.x));
  return { paras: laid, slots: slotsOf(laid), x, next: 0 };
}

/** Creates the Table/TR/TH/TD structure and lays out all three cells. */
function layoutTable(ctx: PdfContext, parent: StructElement, item: MemoInitiative): TableLayout {
  const table = ctx.tagger.child(parent, 'Table');
  const headerCell = ctx.tagger.headerCell(ctx.tagger.child(table, 'TR'), 2);
  const headerPara = paragraph(ctx, headerCell, 'H2', [run(item.heading, 'bold')], TEXT.h2, {
    spaceBefore: 0,
  });
  const header = layoutPara(ctx, headerPara, CONTENT_WIDTH - 2 * CELL_PAD.x);
  const row = ctx.tagger.child(table, 'TR');
  const left = column(ctx, leftCell(ctx, ctx.tagger.child(row, 'TD'), item), PAGE.left);
  const right = column(ctx, rightCell(ctx, ctx.tagger.child(row, 'TD'), item), PAGE.left + HALF);
  const bodyHeight = Math.max(slotsHeight(left.slots), slotsHeight(right.slots)) + 2 * CELL_PAD.y;
  return {
    header,
    headerHeight: header.lines.length * TEXT.h2.lineHeight + 2 * CELL_PAD.y,
    columns: [left, right],
    bodyHeight,
  };
}

function drawHeader(ctx: PdfContext, layout: TableLayout, y: number, repeated: boolean): void {
  const lines = { from: 0, to: layout.header.lines.length };
  const x = PAGE.left + CELL_PAD.x;
  ctx.tagger.artifact(repeated ? 'Pagination' : 'Layout', () => {
    ctx.doc.lineWidth(TABLE.border).rect(PAGE.left, y, CONTENT_WIDTH, layout.headerHeight);
    ctx.doc.fillAndStroke(TABLE.headerFill, '#000000');
    // A repeated header is decoration: its text is drawn inside the artifact, untagged, so it is read once.
    if (repeated) drawParaLines(ctx, layout.header, lines, x, y + CELL_PAD.y, false);
  });
  if (!repeated) drawParaLines(ctx, layout.header, lines, x, y + CELL_PAD.y);
}

/**
 * Draws as much of the body row as fits below `y`; returns the height used. On a fresh page (`fresh`)
 * at least one line per unfinished column is drawn, so even an absurdly tall line cannot loop forever.
 */
function drawBodyPart(
  ctx: PdfContext,
  layout: TableLayout,
  y: number,
  bottom: number,
  fresh: boolean,
): number {
  const avail = bottom - y - 2 * CELL_PAD.y;
  const ranges = layout.columns.map((col) => {
    const end = takeSlots(col.slots, col.next, avail);
    const forced = fresh && end === col.next && end < col.slots.length;
    return { col, start: col.next, end: forced ? end + 1 : end };
  });
  const used = ranges.map(({ col, start, end }) =>
    end > start ? col.slots[end - 1].bottom - col.slots[start].top : 0,
  );
  const done = ranges.every(({ col, end }) => end === col.slots.length);
  const height = done ? Math.max(...used) + 2 * CELL_PAD.y : bottom - y;
  ctx.tagger.artifact('Layout', () => {
    ctx.doc.lineWidth(TABLE.border).strokeColor('#000000');
    ctx.doc
      .rect(PAGE.left, y, HALF, height)
      .rect(PAGE.left + HALF, y, HALF, height)
      .stroke();
  });
  for (const { col, start, end } of ranges) {
    drawSlots(ctx, col.paras, col.slots, { start, end }, col.x + CELL_PAD.x, y + CELL_PAD.y);
    col.next = end;
  }
  return height;
}

function allDrawn(layout: TableLayout): boolean {
  return layout.columns.every((col) => col.next >= col.slots.length);
}

/** Draws one initiative table at the cursor, moving to a new page first when the table would be cut. */
export function drawInitiative(
  ctx: PdfContext,
  cursor: PageCursor,
  parent: StructElement,
  item: MemoInitiative,
): void {
  const layout = layoutTable(ctx, parent, item);
  const total = layout.headerHeight + layout.bodyHeight;
  const minimum = layout.headerHeight + 2 * CELL_PAD.y + MIN_LINES_BEFORE_SPLIT * TEXT.body.lineHeight;
  let gap = cursor.gap(GAP.table);
  const fitsHere = gap + total <= cursor.remaining;
  const fitsPage = total <= cursor.pageHeight;
  if ((!fitsHere && fitsPage) || (!fitsPage && gap + minimum > cursor.remaining)) {
    cursor.newPage();
    gap = 0;
  }
  drawHeader(ctx, layout, cursor.y + gap, false);
  cursor.y += gap + layout.headerHeight;
  cursor.y += drawBodyPart(ctx, layout, cursor.y, cursor.bottom, false);
  while (!allDrawn(layout)) {
    cursor.newPage();
    drawHeader(ctx, layout, cursor.y, true);
    cursor.y += layout.headerHeight;
    cursor.y += drawBodyPart(ctx, layout, cursor.y, cursor.bottom, true);
  }
}
