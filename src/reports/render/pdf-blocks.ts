/**
 * PDF paragraphs: styled runs with an optional marker (bullet or label) in a hanging indent, tied to the
 * structure element they are tagged as. Paragraphs are laid out into lines first, then drawn line range by
 * line range, so a column can be cut at any line when it must continue on the next page.
 */
import type { FontFace, Line, Measurer, Run, TextStyle } from './pdf-text';
import { wrapRuns } from './pdf-text';
import type { StructElement, Tagger } from './pdf-tags';

/** Everything the PDF renderer passes around. */
export interface PdfContext {
  doc: PDFKit.PDFDocument;
  tagger: Tagger;
  measurer: Measurer;
}

/** Where a paragraph's content goes in the structure tree. */
export interface ParaTarget {
  element: StructElement;
  tag: string;
  /** The list label (bullet) element; when null the marker is part of the paragraph itself. */
  label: StructElement | null;
}

/** A paragraph before layout. */
export interface Para {
  runs: Run[];
  style: TextStyle;
  /** Left indent of the text; the marker, if any, hangs in it. */
  indent: number;
  marker: Run | null;
  spaceBefore: number;
  target: ParaTarget;
}

/** A paragraph broken into lines for a given column width. */
export interface LaidPara {
  para: Para;
  lines: Line[];
}

/** One line of a column: which paragraph and line, and its vertical extent from the column's top. */
export interface Slot {
  para: number;
  line: number;
  top: number;
  bottom: number;
}

/** Breaks a paragraph into lines for a column `width` points wide. */
export function layoutPara(ctx: PdfContext, para: Para, width: number): LaidPara {
  return { para, lines: wrapRuns(para.runs, width - para.indent, ctx.measurer, para.style.size) };
}

/** The lines of a column, in order, with their positions. */
export function slotsOf(paras: LaidPara[]): Slot[] {
  const slots: Slot[] = [];
  let y = 0;
  paras.forEach((laid, para) => {
    y += para === 0 ? 0 : laid.para.spaceBefore;
    laid.lines.forEach((_, line) => {
      slots.push({ para, line, top: y, bottom: y + laid.para.style.lineHeight });
      y += laid.para.style.lineHeight;
    });
  });
  return slots;
}

/** Total height of a column's slots. */
export function slotsHeight(slots: Slot[]): number {
  return slots.length === 0 ? 0 : slots[slots.length - 1].bottom;
}

function fits(slots: Slot[], start: number, end: number, avail: number): boolean {
  return slots[end - 1].bottom - slots[start].top <= avail + 0.01;
}

/**
 * How many lines from `start` fit into `avail` points: returns the end index (exclusive). Avoids leaving a
 * single first line of a paragraph at the bottom (orphan) or a single last line at the top of the next page
 * (widow), unless that would leave the page empty.
 */
export function takeSlots(slots: Slot[], start: number, avail: number): number {
  let end = start;
  while (end < slots.length && fits(slots, start, end + 1, avail)) end++;
  if (end === slots.length || end - start < 2) return end;
  const last = slots[end - 1];
  const next = slots[end];
  if (last.line === 0 && next.para === last.para) end--;
  else if (next.para === last.para && slots[end + 1]?.para !== next.para && last.line > 1) end--;
  return end;
}

function drawRuns(ctx: PdfContext, runs: Run[], style: TextStyle, x: number, y: number): void {
  let cursor = x;
  for (const run of runs) {
    if (run.text === '') continue;
    ctx.doc.font(run.face).fontSize(style.size).fillColor(style.color);
    ctx.doc.text(run.text, cursor, y, { lineBreak: false });
    cursor += ctx.measurer.width(run.text, run.face, style.size);
  }
}

function drawMarker(ctx: PdfContext, para: Para, x: number, y: number): void {
  if (para.marker !== null) drawRuns(ctx, [para.marker], para.style, x, y);
}

/** Vertical offset that centres the font's line box in the paragraph's line height. */
function baselineShift(style: TextStyle): number {
  return Math.max(0, (style.lineHeight - style.size * 1.17) / 2);
}

/**
 * Draws the lines [from, to) of one paragraph, the first at `y`, tagged as one content fragment of its
 * structure element; with `tagged` false (inside an artifact) it draws the text only.
 */
export function drawParaLines(
  ctx: PdfContext,
  laid: LaidPara,
  range: { from: number; to: number },
  x: number,
  y: number,
  tagged = true,
): void {
  const { para } = laid;
  const top = y + baselineShift(para.style);
  const withMarker = range.from === 0 && para.marker !== null;
  const lines = (): void => {
    for (let i = range.from; i < range.to; i++) {
      drawRuns(
        ctx,
        laid.lines[i].runs,
        para.style,
        x + para.indent,
        top + (i - range.from) * para.style.lineHeight,
      );
    }
  };
  if (!tagged) {
    if (withMarker) drawMarker(ctx, para, x, top);
    lines();
    return;
  }
  const { label } = para.target;
  if (withMarker && label !== null) ctx.tagger.mark(label, 'Lbl', () => drawMarker(ctx, para, x, top));
  ctx.tagger.mark(para.target.element, para.target.tag, () => {
    if (withMarker && label === null) drawMarker(ctx, para, x, top);
    lines();
  });
}

/** Draws the slots [start, end) of a column whose first drawn line sits at `y`. */
export function drawSlots(
  ctx: PdfContext,
  paras: LaidPara[],
  slots: Slot[],
  range: { start: number; end: number },
  x: number,
  y: number,
): void {
  let i = range.start;
  const base = slots[range.start]?.top ?? 0;
  while (i < range.end) {
    const first = slots[i];
    let j = i + 1;
    while (j < range.end && slots[j].para === first.para) j++;
    const lines = { from: first.line, to: slots[j - 1].line + 1 };
    drawParaLines(ctx, paras[first.para], lines, x, y + first.top - base);
    i = j;
  }
}

/** Shorthand for a single-face run. */
export function run(text: string, face: FontFace = 'regular'): Run {
  return { text, face };
}
