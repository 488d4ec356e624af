/**
 * Page geometry and text styles of the PDF memo (points; A4 with 2 cm side margins).
 */
import type { TextStyle } from './pdf-text';

/** A4 page and the text area inside the margins. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 56.7,
  right: 56.7,
  top: 56.7,
  bottom: 70,
  /** Baseline area of the footer, measured from the page bottom. */
  footerFromBottom: 42,
} as const;

/** Width of the text area. */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Inner padding of table cells. */
export const CELL_PAD = { x: 6, y: 5 } as const;

/** Paragraph styles. */
export const TEXT = {
  body: { size: 9.5, lineHeight: 12.6, color: '#000000' },
  note: { size: 8.5, lineHeight: 11, color: '#404040' },
  h1: { size: 14, lineHeight: 18, color: '#000000' },
  h2: { size: 10.5, lineHeight: 13.5, color: '#000000' },
  kicker: { size: 16, lineHeight: 21, color: '#000000' },
  footer: { size: 8.5, lineHeight: 11, color: '#000000' },
  draft: { size: 18, lineHeight: 24, color: '#B00020' },
} satisfies Record<string, TextStyle>;

/** Spacing between blocks. */
export const GAP = {
  paragraph: 5,
  field: 7,
  lead: 7,
  bullet: 2,
  table: 12,
  section: 16,
} as const;

/** Hanging indents: bullets in cells, bullets in the "Øvrige indsatser" list, header-line labels. */
export const INDENT = { cellBullet: 12, otherBullet: 16, headerLabel: 88 } as const;

/** Table decoration. */
export const TABLE = { border: 0.6, headerFill: '#E7E6E6' } as const;
