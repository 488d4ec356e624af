/**
 * DOCX building blocks: the working notes, the "Øvrige indsatser" list and the header block (the initiative tables
 * are in docx-table.ts). Styles and numbering they refer to are declared in docx-styles.ts.
 */
import { HeadingLevel, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { MemoModel, MemoOtherInitiative } from '../model';
import { withColon } from './common';
import { BULLET_OTHERS, BULLET_WORKING, STYLE } from './docx-styles';

/** Text indent of the "Øvrige indsatser" bullets, so the paragraphs below a title line up with it. */
const OTHERS_INDENT = 360;

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
