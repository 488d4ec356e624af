/**
 * DOCX building blocks: the initiative tables, the "Øvrige indsatser" list and the header block.
 * Styles and numbering they refer to are declared in docx-styles.ts.
 */
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { IBorderOptions } from 'docx';
import type { MemoInitiative, MemoModel, MemoOtherInitiative, TextBlock } from '../model';
import { statusLayout, withColon } from './common';
import { BULLET_CELL, BULLET_OTHERS, BULLET_WORKING, CONTENT_WIDTH, HEADER_FILL, STYLE } from './docx-styles';

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const HALF = Math.floor(CONTENT_WIDTH / 2);
/** Text indent of the "Øvrige indsatser" bullets, so the paragraphs below a title line up with it. */
const OTHERS_INDENT = 360;
/** Characters of body text a half-width cell sets on a line, counted low (10 pt Arial sets about 46). */
const CELL_LINE_CHARS = 40;
/**
 * A body row estimated at most this many lines high moves whole to the next page: about two thirds of the 57 lines of
 * 10 pt text a page holds, so the gap it leaves is bounded and a row never comes near a page's height (LibreOffice
 * can lose the text of an unbreakable row taller than the page below the repeated header row).
 */
const WHOLE_ROW_LINES = 38;

/** "Formål: Oplyse børn …" with the label in bold. */
function labelled(label: string, text: string, style?: string): Paragraph {
  return new Paragraph({
    style,
    keepLines: true,
    children: [new TextRun({ text: `${withColon(label)} `, bold: true }), new TextRun(text)],
  });
}

/** A bullet; its lines stay together (a bullet is never split over two pages). */
function bullet(text: string, reference: string): Paragraph {
  return new Paragraph({
    text,
    numbering: { reference, level: 0 },
    spacing: { after: 40 },
    keepLines: true,
    widowControl: true,
  });
}

function textBlocks(blocks: TextBlock[], reference: string): Paragraph[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [new Paragraph({ text: block.text, keepLines: true })]
      : block.items.map((item) => bullet(item, reference)),
  );
}

/** The lines a cell's paragraphs take, estimated high: each rounded up, plus half a line of spacing after it. */
function estimatedLines(texts: string[]): number {
  return texts.reduce((lines, text) => lines + Math.ceil(text.length / CELL_LINE_CHARS) + 0.5, 0);
}

/** Whether the initiative's body row is short enough to keep on one page (see initiativeTable). */
function keptWhole(item: MemoInitiative): boolean {
  const layout = statusLayout(item.status);
  const left = item.fields.map((field) => `${withColon(field.label)} ${field.text}`);
  const right = [
    `${withColon(item.statusLabel)} ${layout.inlineText ?? ''}`,
    ...layout.rest.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.items)),
    ...(item.activitiesLead === null ? [] : [item.activitiesLead]),
    ...item.activities,
  ];
  return Math.max(estimatedLines(left), estimatedLines(right)) <= WHOLE_ROW_LINES;
}

function statusParagraphs(item: MemoInitiative): Paragraph[] {
  const layout = statusLayout(item.status);
  const head =
    layout.inlineText === null
      ? new Paragraph({ children: [new TextRun({ text: withColon(item.statusLabel), bold: true })] })
      : labelled(item.statusLabel, layout.inlineText);
  const lead =
    item.activitiesLead === null ? [] : [new Paragraph({ text: item.activitiesLead, style: STYLE.lead })];
  const activities = item.activities.map((activity) => bullet(activity, BULLET_CELL));
  return [head, ...textBlocks(layout.rest, BULLET_CELL), ...lead, ...activities];
}

function cell(children: Paragraph[], width: number, columnSpan?: number, fill?: string): TableCell {
  return new TableCell({
    children,
    columnSpan,
    width: { size: width, type: WidthType.DXA },
    shading: fill === undefined ? undefined : { type: ShadingType.CLEAR, fill, color: 'auto' },
    margins: { top: 80, bottom: 80, left: 110, right: 110 },
  });
}

/** One initiative: a header row across both columns, then the left (goal) and right (status) cells. */
export function initiativeTable(item: MemoInitiative): Table {
  const heading = new Paragraph({ text: item.heading, heading: HeadingLevel.HEADING_2, keepNext: true });
  const left = item.fields.map((field) => labelled(field.label, field.text, STYLE.field));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [HALF, CONTENT_WIDTH - HALF],
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [
      // The header row repeats when the body row continues on the next page, as the real memo's tables do.
      new TableRow({
        cantSplit: true,
        tableHeader: true,
        keepNext: true,
        children: [cell([heading], CONTENT_WIDTH, 2, HEADER_FILL)],
      }),
      // A body row that breaks across pages can leave one line of a cell alone at the foot or top of a page:
      // LibreOffice turns off widow, orphan and keep-lines control inside a row that may break (sw widorp.cxx,
      // "for compatibility reasons"). So a body row that is not long moves whole, in Word as in LibreOffice,
      // at the price of space left at the foot of the page; a long one still breaks, so no page is left near empty.
      new TableRow({
        cantSplit: keptWhole(item),
        children: [cell(left, HALF), cell(statusParagraphs(item), CONTENT_WIDTH - HALF)],
      }),
    ],
  });
}

/**
 * The working version's notes beneath a table or an other initiative: shaded, edged and labelled, so they cannot
 * be mistaken for the memo's text (none in the committee version).
 */
export function workingNotes(model: MemoModel, lines: string[], indent = 0): Paragraph[] {
  if (model.working === null || lines.length === 0) return [];
  const label = new Paragraph({
    style: STYLE.working,
    indent: indent === 0 ? undefined : { left: indent },
    keepNext: true,
    children: [new TextRun({ text: withColon(model.working.label), bold: true })],
  });
  return [
    label,
    ...lines.map(
      (line, i) =>
        new Paragraph({
          text: line,
          style: STYLE.working,
          numbering: { reference: BULLET_WORKING, level: 0 },
          indent: indent === 0 ? undefined : { left: indent + 284, hanging: 200 },
          keepNext: i < lines.length - 1,
        }),
    ),
  ];
}

/** A small empty paragraph: Word merges two tables that touch, so consecutive tables need one between them. */
export function tableSpacer(): Paragraph {
  return new Paragraph({ text: '', style: STYLE.spacer });
}

function otherItem(model: MemoModel, item: MemoOtherInitiative): Paragraph[] {
  const title = new Paragraph({
    numbering: { reference: BULLET_OTHERS, level: 0 },
    keepNext: true,
    keepLines: true,
    spacing: { before: 160, after: 60 },
    children: [
      new TextRun({ text: item.title, bold: true }),
      ...(item.unit === null ? [] : [new TextRun(` (${item.unit})`)]),
    ],
  });
  const texts = item.text.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.items));
  const body = texts.map(
    (text, i) =>
      new Paragraph({
        text,
        style: STYLE.otherBody,
        indent: { left: OTHERS_INDENT },
        keepNext: i < texts.length - 1,
      }),
  );
  return [title, ...body, ...workingNotes(model, item.working, OTHERS_INDENT)];
}

/** The "Øvrige indsatser i kommunen" section: heading, intro and one bullet per other initiative. */
export function othersSection(model: MemoModel, others: NonNullable<MemoModel['others']>): Paragraph[] {
  return [
    new Paragraph({
      text: others.heading,
      heading: HeadingLevel.HEADING_2,
      spacing: { before: 360, after: 120 },
    }),
    new Paragraph({ text: others.intro, keepNext: true }),
    ...others.items.flatMap((item) => otherItem(model, item)),
  ];
}

/** "NOTAT", the label/value lines (organisation, unit, date …) and, for a draft, the "UDKAST" banner. */
export function headerBlock(model: MemoModel): Paragraph[] {
  const draft = model.draft ? [new Paragraph({ text: model.draftLabel, style: STYLE.draft })] : [];
  const banner =
    model.working === null ? [] : [new Paragraph({ text: model.working.banner, style: STYLE.workingBanner })];
  const lines = model.headerLines.map(
    (line) =>
      new Paragraph({
        style: STYLE.headerLine,
        tabStops: [{ type: TabStopType.LEFT, position: 1700 }],
        children: [
          new TextRun({ text: withColon(line.label), bold: true }),
          new TextRun({ children: [new Tab(), line.value] }),
        ],
      }),
  );
  return [...draft, ...banner, new Paragraph({ text: model.kicker, style: STYLE.kicker }), ...lines];
}
