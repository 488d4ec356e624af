/**
 * The vertical flow of the PDF memo: a cursor on the current page, page breaks, and placement of
 * paragraph groups that should stay together (a heading with what follows it, one "øvrig indsats").
 */
import type { LaidPara, Para, PdfContext } from './pdf-blocks';
import { drawSlots, layoutPara, slotsHeight, slotsOf, takeSlots } from './pdf-blocks';
import { CONTENT_WIDTH, PAGE } from './pdf-style';

/** Where the next block goes; adds pages as needed. */
export class PageCursor {
  y: number = PAGE.top;

  constructor(private readonly ctx: PdfContext) {}

  /** Lowest y that text may reach. */
  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  /** Space left on the current page. */
  get remaining(): number {
    return this.bottom - this.y;
  }

  /** Height of the text area of an empty page. */
  get pageHeight(): number {
    return this.bottom - PAGE.top;
  }

  /** True when nothing has been placed on the page yet. */
  get atTop(): boolean {
    return this.y <= PAGE.top + 0.01;
  }

  /** The gap to leave above a block: none at the top of a page. */
  gap(spaceBefore: number): number {
    return this.atTop ? 0 : spaceBefore;
  }

  newPage(): void {
    this.ctx.doc.addPage();
    this.y = PAGE.top;
  }
}

/** Options for placing a group of paragraphs. */
export interface GroupOptions {
  x?: number;
  width?: number;
  /** Move the whole group to the next page when it does not fit but would fit on an empty page. */
  keepTogether?: boolean;
}

/** Lays out and draws paragraphs in the flow, breaking between lines only where it must. */
export function placeParas(
  ctx: PdfContext,
  cursor: PageCursor,
  paras: Para[],
  options: GroupOptions = {},
): void {
  if (paras.length === 0) return;
  const x = options.x ?? PAGE.left;
  const width = options.width ?? CONTENT_WIDTH;
  const laid: LaidPara[] = paras.map((para) => layoutPara(ctx, para, width));
  const slots = slotsOf(laid);
  let gap = cursor.gap(paras[0].spaceBefore);
  const height = slotsHeight(slots);
  if (
    options.keepTogether &&
    gap + height > cursor.remaining &&
    height <= cursor.pageHeight &&
    !cursor.atTop
  ) {
    cursor.newPage();
    gap = 0;
  }
  let start = 0;
  while (start < slots.length) {
    let end = takeSlots(slots, start, cursor.remaining - gap);
    if (end === start && !cursor.atTop) {
      cursor.newPage();
      gap = 0;
      continue;
    }
    end = Math.max(end, start + 1);
    drawSlots(ctx, laid, slots, { start, end }, x, cursor.y + gap);
    cursor.y += gap + slots[end - 1].bottom - slots[start].top;
    start = end;
    if (start < slots.length) cursor.newPage();
    gap = 0;
  }
}
