/**
 * The DOCX initiative table: a header row across both columns, then the goal (left) and status (right) columns.
 *
 * Where a table continues on the next page, no line of a paragraph may be left alone at the foot or top of a page.
 * LibreOffice turns widow, orphan and keep-lines control off inside a table row that may break across pages ("for
 * compatibility reasons", sw/source/core/text/widorp.cxx), so a row that breaks there can leave one line of a cell
 * alone. So rows do not break: the first body row holds the whole left column and, beside it, as much of the right
 * column as reaches its height; each further paragraph of the right column has a row of its own (beside an empty
 * cell, no line above it). The table breaks between those rows, which is between paragraphs, in Word as in
 * LibreOffice, and looks as one row of two cells.
 */
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IBorderOptions, ITableCellBorders } from 'docx';
import type { MemoInitiative, TextBlock } from '../model';
import { statusLayout, withColon } from './common';
import { BULLET_CELL, CONTENT_WIDTH, HEADER_FILL, STYLE } from './docx-styles';

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NIL };
const HALF = Math.floor(CONTENT_WIDTH / 2);
/** Cell padding above the first body row and below the last, in twips. */
const PAD = 80;
/** Characters of body text a cell sets on a line, counted low (9.5 pt Arial sets about 48 in a half-width cell). */
const LINE_CHARS = 40;
/** A bullet's text is set 284 twips in, so fewer characters fit its line. */
const BULLET_LINE_CHARS = 37;
/**
 * A row estimated at most this many lines high never breaks: under two thirds of the 60 lines of body text a page
 * holds. A longer one (a very long goal text) may break, as LibreOffice can lose the text of an unbreakable row taller
 * than the page below the repeated header row.
 */
const WHOLE_ROW_LINES = 38;

/** A paragraph of a cell with what its height is estimated from. */
interface Part {
  paragraph: Paragraph;
  text: string;
  /** Characters per line and the space after it, in lines. */
  lineChars: number;
  after: number;
  /** Whether it belongs on the page of the part after it (a label over a list). */
  keepNext: boolean;
}

/** The lines the parts take, estimated high: each paragraph's lines rounded up, plus its spacing. */
function estimatedLines(parts: Part[]): number {
  return parts.reduce((lines, part) => lines + Math.ceil(part.text.length / part.lineChars) + part.after, 0);
}

function part(
  paragraph: Paragraph,
  text: string,
  after: number,
  keepNext = false,
  lineChars = LINE_CHARS,
): Part {
  return { paragraph, text, lineChars, after, keepNext };
}

/** "Formål: Oplyse børn …" with the label in bold. */
function labelled(label: string, text: string, style?: string): Paragraph {
  return new Paragraph({
    style,
    keepLines: true,
    children: [new TextRun({ text: `${withColon(label)} `, bold: true }), new TextRun(text)],
  });
}

/** A bullet; its lines stay together (a bullet is never split over two pages). */
function bullet(text: string): Part {
  const paragraph = new Paragraph({
    text,
    numbering: { reference: BULLET_CELL, level: 0 },
    spacing: { after: 40 },
    keepLines: true,
    widowControl: true,
  });
  return part(paragraph, text, 0.2, false, BULLET_LINE_CHARS);
}

function textBlocks(blocks: TextBlock[]): Part[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [part(new Paragraph({ text: block.text, keepLines: true }), block.text, 0.4)]
      : block.items.map(bullet),
  );
}

function fieldParts(item: MemoInitiative): Part[] {
  return item.fields.map((field) =>
    part(labelled(field.label, field.text, STYLE.field), `${withColon(field.label)} ${field.text}`, 0.65),
  );
}

function statusParts(item: MemoInitiative): Part[] {
  const layout = statusLayout(item.status);
  const label = withColon(item.statusLabel);
  const head =
    layout.inlineText === null
      ? part(new Paragraph({ children: [new TextRun({ text: label, bold: true })] }), label, 0.4, true)
      : part(labelled(item.statusLabel, layout.inlineText), `${label} ${layout.inlineText}`, 0.4);
  const lead =
    item.activitiesLead === null
      ? []
      : [
          part(
            new Paragraph({ text: item.activitiesLead, style: STYLE.lead }),
            item.activitiesLead,
            1.1,
            true,
          ),
        ];
  return [head, ...textBlocks(layout.rest), ...lead, ...item.activities.map(bullet)];
}

/** The parts in groups that stay on one page: a part that keeps with the next joins its group. */
function groups(parts: Part[]): Part[][] {
  const result: Part[][] = [];
  let open: Part[] = [];
  for (const p of parts) {
    open.push(p);
    if (!p.keepNext) {
      result.push(open);
      open = [];
    }
  }
  return open.length === 0 ? result : [...result, open];
}

/** A cell's paragraphs; an empty cell gets a small empty one (a cell must hold a paragraph), lower than a line. */
function cellParagraphs(parts: Part[]): Paragraph[] {
  return parts.length === 0
    ? [new Paragraph({ text: '', style: STYLE.spacer })]
    : parts.map((p) => p.paragraph);
}

function cell(children: Paragraph[], width: number, borders: ITableCellBorders, top: number, bottom: number) {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders,
    margins: { top, bottom, left: 110, right: 110 },
  });
}

/**
 * The body rows: the left column beside the right column's first groups, as many as reach its height, so the right
 * column runs on without a gap; then a row for each further group, beside an empty cell. Only the first body row has
 * a line above it and only the last one below it.
 */
function bodyRows(item: MemoInitiative): TableRow[] {
  const left = fieldParts(item);
  const right = groups(statusParts(item));
  const leftLines = estimatedLines(left);
  let first = 0;
  for (let lines = 0; first < right.length && lines <= leftLines; first++)
    lines += estimatedLines(right[first] ?? []);
  const rows: [Part[], Part[]][] = [
    [left, right.slice(0, first).flat()],
    ...right.slice(first).map((group): [Part[], Part[]] => [[], group]),
  ];
  return rows.map(([l, r], i) => {
    const last = i === rows.length - 1;
    const borders = { top: i === 0 ? BORDER : NO_BORDER, bottom: last ? BORDER : NO_BORDER };
    const [top, bottom] = [i === 0 ? PAD : 0, last ? PAD : 0];
    return new TableRow({
      cantSplit: Math.max(estimatedLines(l), estimatedLines(r)) <= WHOLE_ROW_LINES,
      children: [
        cell(cellParagraphs(l), HALF, borders, top, bottom),
        cell(cellParagraphs(r), CONTENT_WIDTH - HALF, borders, top, bottom),
      ],
    });
  });
}

/** One initiative's table. */
export function initiativeTable(item: MemoInitiative): Table {
  const heading = new Paragraph({ text: item.heading, heading: HeadingLevel.HEADING_2, keepNext: true });
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
      // The header row repeats when the table continues on the next page, as the real memo's tables do.
      new TableRow({
        cantSplit: true,
        tableHeader: true,
        keepNext: true,
        children: [
          new TableCell({
            children: [heading],
            columnSpan: 2,
            width: { size: CONTENT_WIDTH, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
            margins: { top: PAD, bottom: PAD, left: 110, right: 110 },
          }),
        ],
      }),
      ...bodyRows(item),
    ],
  });
}
