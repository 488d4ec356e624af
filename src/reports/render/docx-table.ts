/**
 * The DOCX initiative table: a header row across both columns (repeated where the table continues on the next page),
 * then the body rows of table-rows.ts — the goal (left) beside the status (right), in rows that never break.
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
import type { MemoInitiative } from '../model';
import { withColon } from './common';
import { BULLET_CELL, CONTENT_WIDTH, HEADER_FILL, STYLE, twips } from './docx-styles';
import { initiativeRows, PART_SPACING, type CellPart } from './table-rows';

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NIL };
const HALF = Math.floor(CONTENT_WIDTH / 2);
/** Cell padding above the first body row and below the last, in twips. */
const PAD = 80;

/** "Formål: Oplyse børn …" with the label in bold. */
function labelled(label: string, text: string, style?: string): Paragraph {
  return new Paragraph({
    style,
    keepLines: true,
    children: [new TextRun({ text: `${withColon(label)} `, bold: true }), new TextRun(text)],
  });
}

/** A cell's paragraph, in the spacing table-rows.ts gives its kind; its lines stay together. */
function paragraph(part: CellPart): Paragraph {
  switch (part.kind) {
    case 'field':
      return labelled(part.label, part.text, STYLE.field);
    case 'status':
      return part.text === null
        ? new Paragraph({
            keepNext: true,
            children: [new TextRun({ text: withColon(part.label), bold: true })],
          })
        : labelled(part.label, part.text);
    case 'paragraph':
      return new Paragraph({ text: part.text, keepLines: true });
    case 'lead':
      return new Paragraph({ text: part.text, style: STYLE.lead });
    case 'bullet':
      return new Paragraph({
        text: part.text,
        numbering: { reference: BULLET_CELL, level: 0 },
        spacing: { after: twips(PART_SPACING.bullet.after) },
        keepLines: true,
        widowControl: true,
      });
  }
}

/** A cell's paragraphs; an empty cell gets a small empty one (a cell must hold a paragraph), lower than a line. */
function cellParagraphs(parts: CellPart[]): Paragraph[] {
  return parts.length === 0 ? [new Paragraph({ text: '', style: STYLE.spacer })] : parts.map(paragraph);
}

function cell(children: Paragraph[], width: number, borders: ITableCellBorders, top: number, bottom: number) {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders,
    margins: { top, bottom, left: 110, right: 110 },
  });
}

/** The body rows of table-rows.ts: only the first has a line above it and only the last one below it. */
function bodyRows(item: MemoInitiative): TableRow[] {
  return initiativeRows(item).map((row) => {
    const borders = { top: row.first ? BORDER : NO_BORDER, bottom: row.last ? BORDER : NO_BORDER };
    const [top, bottom] = [row.first ? PAD : 0, row.last ? PAD : 0];
    return new TableRow({
      cantSplit: row.whole,
      children: [
        cell(cellParagraphs(row.left), HALF, borders, top, bottom),
        cell(cellParagraphs(row.right), CONTENT_WIDTH - HALF, borders, top, bottom),
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
