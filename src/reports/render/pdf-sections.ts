/**
 * The PDF memo's non-table parts: draft banner, "NOTAT" block, title and intro, and the
 * "Øvrige indsatser i kommunen" list.
 */
import type { MemoModel, MemoOtherInitiative } from '../model';
import { withColon } from './common';
import type { Para, PdfContext } from './pdf-blocks';
import { run } from './pdf-blocks';
import { paragraph, textBlocks } from './pdf-content';
import type { PageCursor } from './pdf-flow';
import { placeParas } from './pdf-flow';
import { CONTENT_WIDTH, GAP, INDENT, PAGE, TEXT } from './pdf-style';
import type { StructElement } from './pdf-tags';

const BANNER_PAD = 4;

/** The "UDKAST" banner at the top of the first page (tagged; later pages get an artifact mark). */
function drawDraftBanner(ctx: PdfContext, cursor: PageCursor, parent: StructElement, label: string): void {
  const width = ctx.measurer.width(label, 'bold', TEXT.draft.size);
  const top = cursor.y;
  const height = TEXT.draft.lineHeight + 2 * BANNER_PAD;
  ctx.tagger.artifact('Layout', () => {
    ctx.doc.lineWidth(2).strokeColor(TEXT.draft.color).rect(PAGE.left, top, CONTENT_WIDTH, height).stroke();
  });
  cursor.y += BANNER_PAD;
  const indent = Math.max(0, (CONTENT_WIDTH - width) / 2);
  placeParas(ctx, cursor, [paragraph(ctx, parent, 'P', [run(label, 'bold')], TEXT.draft, { indent })]);
  cursor.y = top + height + GAP.section;
}

/** Draft banner, "NOTAT" and the label/value header lines, then the title (H1) with the intro. */
export function drawMemoHead(
  ctx: PdfContext,
  cursor: PageCursor,
  parent: StructElement,
  model: MemoModel,
): void {
  if (model.draft) drawDraftBanner(ctx, cursor, parent, model.draftLabel);
  const labels = model.headerLines.map((line) => withColon(line.label));
  const widest = Math.max(0, ...labels.map((label) => ctx.measurer.width(label, 'bold', TEXT.body.size)));
  const indent = Math.max(INDENT.headerLabel, widest + 8);
  const head: Para[] = [
    paragraph(ctx, parent, 'P', [run(model.kicker, 'bold')], TEXT.kicker, { spaceBefore: 0 }),
  ];
  model.headerLines.forEach((line, i) => {
    const marker = run(`${labels[i]} `, 'bold');
    const spaceBefore = i === 0 ? GAP.field : 0;
    head.push(paragraph(ctx, parent, 'P', [run(line.value)], TEXT.body, { indent, marker, spaceBefore }));
  });
  placeParas(ctx, cursor, head, { keepTogether: true });
  const title = paragraph(ctx, parent, 'H1', [run(model.title, 'bold')], TEXT.h1, {
    spaceBefore: GAP.section,
  });
  const intro = paragraph(ctx, parent, 'P', [run(model.intro)], TEXT.body, { spaceBefore: GAP.paragraph });
  placeParas(ctx, cursor, [title, intro], { keepTogether: true });
}

/** One other initiative as a list item: bold title and unit on the bullet line, then text and funding. */
function otherItem(ctx: PdfContext, list: StructElement, item: MemoOtherInitiative): Para[] {
  const li = ctx.tagger.child(list, 'LI');
  const label = ctx.tagger.child(li, 'Lbl');
  const body = ctx.tagger.child(li, 'LBody');
  const titleRuns = [run(item.title, 'bold'), ...(item.unit === null ? [] : [run(` (${item.unit})`)])];
  const marker = run('\u2022');
  const spaceBefore = GAP.section - GAP.paragraph;
  const title = paragraph(ctx, body, 'P', titleRuns, TEXT.body, {
    indent: INDENT.otherBullet,
    marker,
    spaceBefore,
  });
  title.target.label = label;
  const paras = [title, ...textBlocks(ctx, body, item.text, INDENT.otherBullet)];
  if (item.funding !== null) {
    paras.push(paragraph(ctx, body, 'P', [run(item.funding)], TEXT.body, { indent: INDENT.otherBullet }));
  }
  return paras;
}

/** "Øvrige indsatser i kommunen": heading, intro and the list; each item is kept on one page when it fits. */
export function drawOthers(
  ctx: PdfContext,
  cursor: PageCursor,
  parent: StructElement,
  others: NonNullable<MemoModel['others']>,
): void {
  const heading = paragraph(ctx, parent, 'H2', [run(others.heading, 'bold')], TEXT.h2, {
    spaceBefore: GAP.section,
  });
  const intro = paragraph(ctx, parent, 'P', [run(others.intro)], TEXT.body);
  const list = ctx.tagger.child(parent, 'L');
  const items = others.items.map((item) => otherItem(ctx, list, item));
  const [first, ...rest] = items;
  placeParas(ctx, cursor, [heading, intro, ...(first ?? [])], { keepTogether: true });
  for (const paras of rest) placeParas(ctx, cursor, paras, { keepTogether: true });
}
