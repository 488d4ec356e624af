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
      // The body row may break across pages (inside a cell, between lines: widow control keeps two together), so
      // no table is pushed whole onto the next page leaving a gap.
      new TableRow({
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
