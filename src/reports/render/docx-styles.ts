/**
 * Page geometry, paragraph styles and bullet numbering of the DOCX memo.
 * Fonts and language are declared here once; paragraphs only refer to style ids.
 */
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, ShadingType } from 'docx';
import type { INumberingOptions, IStylesOptions } from 'docx';
import { PART_SPACING } from './table-rows';

/** A4 in twentieths of a point, with 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134, footer: 567 } as const;
/** Usable text width between the margins. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Background of the initiative header rows. */
export const HEADER_FILL = 'E7E6E6';
/** Numbering references: bullets inside the table cells, and the "Øvrige indsatser" bullets. */
export const BULLET_CELL = 'memo-bullet-cell';
export const BULLET_OTHERS = 'memo-bullet-others';
export const BULLET_WORKING = 'memo-bullet-working';
/** The working version's marking: background and edge of its notes. */
export const WORKING_FILL = 'FFF4CE';
export const WORKING_EDGE = '8A6100';
/** Custom paragraph style ids. */
export const STYLE = {
  kicker: 'MemoKicker',
  headerLine: 'MemoHeaderLine',
  draft: 'MemoDraft',
  field: 'MemoField',
  working: 'MemoWorking',
  workingBanner: 'MemoWorkingBanner',
  lead: 'MemoLead',
  otherBody: 'MemoOtherBody',
  spacer: 'MemoSpacer',
  footer: 'MemoFooter',
} as const;

const FONT = 'Arial';
/** Points to twentieths of a point. */
export const twips = (points: number): number => Math.round(points * 20);
const BODY_SIZE = 19; // half-points: 9.5 pt, as the PDF (memo.typ), so both break lines alike

/** Styles: Arial, Danish language, real Heading 1/2, and the memo's own paragraph styles. */
export function memoStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: BODY_SIZE, language: { value: language } },
        paragraph: {
          spacing: { after: twips(PART_SPACING.paragraph.after), line: 264, lineRule: LineRuleType.AUTO },
        },
      },
      heading1: {
        run: { font: FONT, size: 28, bold: true, color: '000000', language: { value: language } },
        paragraph: { spacing: { before: 240, after: 160 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: 22, bold: true, color: '000000', language: { value: language } },
        paragraph: { spacing: { before: 0, after: 0 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.kicker,
        name: 'Memo Kicker',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 32, bold: true },
        paragraph: { spacing: { after: 120 } },
      },
      {
        id: STYLE.headerLine,
        name: 'Memo Header Line',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.draft,
        name: 'Memo Draft',
        basedOn: 'Normal',
        run: { size: 36, bold: true, color: 'B00020', characterSpacing: 60 },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          border: {
            top: { style: BorderStyle.SINGLE, size: 18, color: 'B00020', space: 2 },
            bottom: { style: BorderStyle.SINGLE, size: 18, color: 'B00020', space: 2 },
            left: { style: BorderStyle.SINGLE, size: 18, color: 'B00020', space: 4 },
            right: { style: BorderStyle.SINGLE, size: 18, color: 'B00020', space: 4 },
          },
        },
      },
      {
        id: STYLE.field,
        name: 'Memo Field',
        basedOn: 'Normal',
        paragraph: { spacing: { after: twips(PART_SPACING.field.after) } },
      },
      {
        id: STYLE.working,
        name: 'Memo Working Note',
        basedOn: 'Normal',
        run: { size: 17 },
        paragraph: {
          spacing: { after: 20 },
          shading: { type: ShadingType.CLEAR, fill: WORKING_FILL, color: 'auto' },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: WORKING_EDGE, space: 4 } },
        },
      },
      {
        id: STYLE.workingBanner,
        name: 'Memo Working Banner',
        basedOn: 'Normal',
        run: { bold: true, color: '5C4100' },
        paragraph: {
          spacing: { after: 200 },
          shading: { type: ShadingType.CLEAR, fill: WORKING_FILL, color: 'auto' },
          border: {
            top: { style: BorderStyle.SINGLE, size: 12, color: WORKING_EDGE, space: 2 },
            bottom: { style: BorderStyle.SINGLE, size: 12, color: WORKING_EDGE, space: 2 },
            left: { style: BorderStyle.SINGLE, size: 12, color: WORKING_EDGE, space: 4 },
            right: { style: BorderStyle.SINGLE, size: 12, color: WORKING_EDGE, space: 4 },
          },
        },
      },
      {
        id: STYLE.lead,
        name: 'Memo Lead',
        basedOn: 'Normal',
        paragraph: {
          spacing: { before: twips(PART_SPACING.lead.before), after: twips(PART_SPACING.lead.after) },
          keepNext: true,
        },
      },
      {
        id: STYLE.otherBody,
        name: 'Memo Other Body',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: STYLE.spacer,
        name: 'Memo Spacer',
        basedOn: 'Normal',
        run: { size: 12 },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.footer,
        name: 'Memo Footer',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
      },
    ],
  };
}

function bulletLevel(left: number, hanging: number): INumberingOptions['config'][number]['levels'][number] {
  return {
    level: 0,
    format: LevelFormat.BULLET,
    text: '\u2022',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left, hanging } }, run: { font: FONT } },
  };
}

/** Bullet numbering: a tight indent inside the narrow table cells, a wider one for the section list. */
export function memoNumbering(): INumberingOptions {
  return {
    config: [
      { reference: BULLET_CELL, levels: [bulletLevel(284, 284)] },
      { reference: BULLET_OTHERS, levels: [bulletLevel(360, 360)] },
      { reference: BULLET_WORKING, levels: [bulletLevel(284, 200)] },
    ],
  };
}
