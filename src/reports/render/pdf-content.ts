/**
 * Turns model texts into PDF paragraphs, creating their structure elements (P, L/LI/Lbl/LBody) in
 * reading order as it goes.
 */
import type { MemoInitiative, TextBlock } from '../model';
import { statusLayout, withColon } from './common';
import type { Para, PdfContext } from './pdf-blocks';
import { run } from './pdf-blocks';
import { GAP, INDENT, TEXT } from './pdf-style';
import type { StructElement } from './pdf-tags';
import type { Run, TextStyle } from './pdf-text';

/** Optional paragraph settings. */
export interface ParaOptions {
  spaceBefore?: number;
  indent?: number;
  marker?: Run | null;
}

/** A paragraph tagged as a new `tag` element (P, H1, H2 …) under `parent`. */
export function paragraph(
  ctx: PdfContext,
  parent: StructElement,
  tag: string,
  runs: Run[],
  style: TextStyle,
  options: ParaOptions = {},
): Para {
  return {
    runs,
    style,
    indent: options.indent ?? 0,
    marker: options.marker ?? null,
    spaceBefore: options.spaceBefore ?? GAP.paragraph,
    target: { element: ctx.tagger.child(parent, tag), tag, label: null },
  };
}

/** One list item: an LI with its bullet as Lbl and the text as LBody. */
export function listItem(
  ctx: PdfContext,
  list: StructElement,
  runs: Run[],
  indent: number,
  spaceBefore: number,
): Para {
  const item = ctx.tagger.child(list, 'LI');
  const label = ctx.tagger.child(item, 'Lbl');
  const body = ctx.tagger.child(item, 'LBody');
  return {
    runs,
    style: TEXT.body,
    indent,
    marker: run('\u2022'),
    spaceBefore,
    target: { element: body, tag: 'LBody', label },
  };
}

/** A bulleted list (an L element) of plain items. */
export function bulletList(ctx: PdfContext, parent: StructElement, items: string[], indent: number): Para[] {
  const list = ctx.tagger.child(parent, 'L');
  return items.map((item, i) =>
    listItem(ctx, list, [run(item)], indent, i === 0 ? GAP.paragraph : GAP.bullet),
  );
}

/** Paragraphs and bullet lists of a text, as body text. */
export function textBlocks(ctx: PdfContext, parent: StructElement, blocks: TextBlock[], indent = 0): Para[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [paragraph(ctx, parent, 'P', [run(block.text)], TEXT.body, { indent })]
      : bulletList(ctx, parent, block.items, indent + INDENT.cellBullet),
  );
}

/** "Label: text" with the label in bold. */
export function labelledRuns(label: string, text: string): Run[] {
  return [run(`${withColon(label)} `, 'bold'), run(text)];
}

/** The left cell of an initiative: Formål, Samlet mål, Midler afsat. */
export function leftCell(ctx: PdfContext, cell: StructElement, item: MemoInitiative): Para[] {
  return item.fields.map((field) =>
    paragraph(ctx, cell, 'P', labelledRuns(field.label, field.text), TEXT.body, { spaceBefore: GAP.field }),
  );
}

/** The right cell: status (label inline when it opens with a paragraph), notes, activities lead and bullets. */
export function rightCell(ctx: PdfContext, cell: StructElement, item: MemoInitiative): Para[] {
  // Built strictly in reading order: creating a paragraph appends its structure element.
  const layout = statusLayout(item.status);
  const head =
    layout.inlineText === null
      ? [run(withColon(item.statusLabel), 'bold')]
      : labelledRuns(item.statusLabel, layout.inlineText);
  const paras = [paragraph(ctx, cell, 'P', head, TEXT.body), ...textBlocks(ctx, cell, layout.rest)];
  item.notes.forEach((note, i) => {
    const spaceBefore = i === 0 ? GAP.lead : GAP.bullet;
    paras.push(paragraph(ctx, cell, 'P', [run(note, 'italic')], TEXT.note, { spaceBefore }));
  });
  if (item.activitiesLead !== null) {
    paras.push(paragraph(ctx, cell, 'P', [run(item.activitiesLead)], TEXT.body, { spaceBefore: GAP.lead }));
  }
  if (item.activities.length > 0) paras.push(...bulletList(ctx, cell, item.activities, INDENT.cellBullet));
  return paras;
}
