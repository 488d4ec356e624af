/**
 * Small layout helpers shared by the DOCX, PDF and HTML renderers.
 * They never format figures: the model's texts are printed as given.
 */
import type { MemoModel, TextBlock } from '../model';

/** A piece of the footer label: literal text or a page-number placeholder. */
export type PageLabelPart = { kind: 'text'; text: string } | { kind: 'page' } | { kind: 'pages' };

/** "Formål" → "Formål:"; a label that already ends in a colon is left alone. */
export function withColon(label: string): string {
  return label.trimEnd().endsWith(':') ? label.trimEnd() : `${label.trimEnd()}:`;
}

/** Splits "Side {page} af {pages}" into literal text and placeholders, in order. */
export function parsePageLabel(label: string): PageLabelPart[] {
  return label
    .split(/(\{page\}|\{pages\})/)
    .filter((piece) => piece !== '')
    .map((piece): PageLabelPart => {
      if (piece === '{page}') return { kind: 'page' };
      if (piece === '{pages}') return { kind: 'pages' };
      return { kind: 'text', text: piece };
    });
}

/** Fills in the footer label for one page: "Side 2 af 4". */
export function pageLabelFor(label: string, page: number, pages: number): string {
  return parsePageLabel(label)
    .map((part) => {
      switch (part.kind) {
        case 'page':
          return String(page);
        case 'pages':
          return String(pages);
        case 'text':
          return part.text;
      }
    })
    .join('');
}

/** The right cell splits its first paragraph so "Status:" can lead it inline, as in the seed memo. */
export interface StatusLayout {
  /** Text printed on the same line as the label, or null when the status starts with bullets or is empty. */
  inlineText: string | null;
  /** The blocks after the inline paragraph. */
  rest: TextBlock[];
}

/** Decides whether the status label shares a line with the first status paragraph. */
export function statusLayout(status: TextBlock[]): StatusLayout {
  const [first, ...rest] = status;
  if (first !== undefined && first.type === 'paragraph') return { inlineText: first.text, rest };
  return { inlineText: null, rest: status };
}

/** The document language as a BCP 47 tag; falls back to Danish when the model leaves it empty. */
export function languageTag(model: MemoModel): string {
  return model.language.trim() === '' ? 'da-DK' : model.language;
}
