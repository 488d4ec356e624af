/**
 * An initiative table's body as rows of paragraphs, decided once for the DOCX and the PDF so both break pages
 * alike: a table breaks between these rows only, never inside one (unless a row is taller than most of a page).
 *
 * Where a table continues on the next page, no line of a paragraph may be left alone at the foot or top of a page.
 * LibreOffice turns widow, orphan and keep-lines control off inside a table row that may break across pages ("for
 * compatibility reasons", sw/source/core/text/widorp.cxx), so a row that breaks there can leave one line of a cell
 * alone. So rows do not break: the first body row holds the whole left column and, beside it, as much of the right
 * column as reaches its height; each further paragraph group of the right column has a row of its own (beside an
 * empty cell, no line above it). The table breaks between those rows, which is between paragraphs, in Word as in
 * LibreOffice and in the PDF, and looks as one row of two cells.
 */
import type { MemoInitiative, TextBlock } from '../model';
import { statusLayout, withColon } from './common';

/**
 * A paragraph of a cell. Its spacing is the kind's, in points: `before` and `after` as the DOCX styles set them
 * (between two paragraphs, the larger of one's after and the next one's before).
 */
export type CellPart =
  /** "Formål: Oplyse børn …" with the label in bold (left column). */
  | { kind: 'field'; label: string; text: string }
  /** "Status: Indsatsen har …" with the label in bold; `text` null when the status starts with bullets. */
  | { kind: 'status'; label: string; text: string | null }
  | { kind: 'paragraph'; text: string }
  /** "Samlet mål forventes opfyldt gennem følgende aktiviteter i efteråret 2018:" */
  | { kind: 'lead'; text: string }
  | { kind: 'bullet'; text: string };

/** Space before and after each kind of paragraph, in points: the DOCX's styles (docx-styles.ts) and the PDF's. */
export const PART_SPACING: Record<CellPart['kind'], { before: number; after: number }> = {
  field: { before: 0, after: 8 },
  status: { before: 0, after: 5 },
  paragraph: { before: 0, after: 5 },
  lead: { before: 8, after: 3 },
  bullet: { before: 0, after: 2 },
};

/** One body row: the left and right cells' paragraphs, whether it is the first or the last, and whether it may break. */
export interface BodyRow {
  left: CellPart[];
  right: CellPart[];
  first: boolean;
  last: boolean;
  /** Never broken across pages (every row but one taller than most of a page). */
  whole: boolean;
}

/** Characters of body text a cell sets on a line, counted low (9.5 pt Arial sets about 48 in a half-width cell). */
const LINE_CHARS = 40;
/** A bullet's text is set 14.2 pt in, so fewer characters fit its line. */
const BULLET_LINE_CHARS = 37;
/**
 * A row estimated at most this many lines high never breaks: under two thirds of the 60 lines of body text a page
 * holds. A longer one (a very long goal text) may break, as LibreOffice can lose the text of an unbreakable row taller
 * than the page below the repeated header row.
 */
const WHOLE_ROW_LINES = 38;
/** Lines the first row's right column may run below the left column rather than leave a gap above the next group. */
const MAX_OVERSHOOT_LINES = 6;
/** The space after each kind, in lines, for the estimate. */
const AFTER_LINES: Record<CellPart['kind'], number> = {
  field: 0.65,
  status: 0.4,
  paragraph: 0.4,
  lead: 1.1,
  bullet: 0.2,
};

/** The text a part prints, label included. */
export function partText(part: CellPart): string {
  switch (part.kind) {
    case 'field':
      return `${withColon(part.label)} ${part.text}`;
    case 'status':
      return part.text === null ? withColon(part.label) : `${withColon(part.label)} ${part.text}`;
    case 'paragraph':
    case 'lead':
    case 'bullet':
      return part.text;
  }
}

/** Whether a part belongs on the page of the part after it: a label or a lead-in over what it introduces. */
function keepsWithNext(part: CellPart): boolean {
  return part.kind === 'lead' || (part.kind === 'status' && part.text === null);
}

/** The lines the parts take, estimated high: each paragraph's lines rounded up, plus its spacing. */
function estimatedLines(parts: CellPart[]): number {
  return parts.reduce((lines, part) => {
    const chars = part.kind === 'bullet' ? BULLET_LINE_CHARS : LINE_CHARS;
    return lines + Math.ceil(partText(part).replace(/\u00ad/g, '').length / chars) + AFTER_LINES[part.kind];
  }, 0);
}

function textParts(blocks: TextBlock[]): CellPart[] {
  return blocks.flatMap((block): CellPart[] =>
    block.type === 'paragraph'
      ? [{ kind: 'paragraph', text: block.text }]
      : block.items.map((text) => ({ kind: 'bullet', text })),
  );
}

/** The right column: the status (its first paragraph beside the label), the lead-in and the activities. */
function statusParts(item: MemoInitiative): CellPart[] {
  const layout = statusLayout(item.status);
  return [
    { kind: 'status', label: item.statusLabel, text: layout.inlineText },
    ...textParts(layout.rest),
    ...(item.activitiesLead === null ? [] : [{ kind: 'lead' as const, text: item.activitiesLead }]),
    ...item.activities.map((text): CellPart => ({ kind: 'bullet', text })),
  ];
}

/** The parts in groups that stay on one page: a part that keeps with the next joins its group. */
function groups(parts: CellPart[]): CellPart[][] {
  const result: CellPart[][] = [];
  let open: CellPart[] = [];
  for (const p of parts) {
    open.push(p);
    if (!keepsWithNext(p)) {
      result.push(open);
      open = [];
    }
  }
  return open.length === 0 ? result : [...result, open];
}

/**
 * The body rows: the left column beside the right column's first groups, as many as reach its height, so the right
 * column runs on without a gap; then a row for each further group, beside an empty cell.
 */
export function initiativeRows(item: MemoInitiative): BodyRow[] {
  const left = item.fields.map((f): CellPart => ({ kind: 'field', label: f.label, text: f.text }));
  const right = groups(statusParts(item));
  const leftLines = estimatedLines(left);
  // A group joins the first row while the right column is shorter than the left one, unless it would run far below
  // it: the first row never breaks, so one that ran far below the left column could not start at the foot of a page
  // with room for most of it, and would move whole to the next page. A group left out starts below the left column,
  // so a short overshoot is taken rather than a gap in the right column.
  let first = 0;
  for (let lines = 0; first < right.length && lines < leftLines; first++) {
    const next = lines + estimatedLines(right[first] ?? []);
    const overshoot = next - leftLines;
    if (first > 0 && overshoot > Math.max(leftLines - lines, MAX_OVERSHOOT_LINES)) break;
    lines = next;
  }
  const cells: [CellPart[], CellPart[]][] = [
    [left, right.slice(0, first).flat()],
    ...right.slice(first).map((group): [CellPart[], CellPart[]] => [[], group]),
  ];
  return cells.map(([l, r], i) => ({
    left: l,
    right: r,
    first: i === 0,
    last: i === cells.length - 1,
    whole: Math.max(estimatedLines(l), estimatedLines(r)) <= WHOLE_ROW_LINES,
  }));
}
