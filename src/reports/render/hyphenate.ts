/**
 * Danish hyphenation of the memo's body text, alike in the DOCX and the PDF. Typst hyphenates the PDF by Liang's
 * Danish patterns from TeX (words of 4 letters or more, 2 letters kept at either end); the DOCX gets soft hyphens
 * (U+00AD) at the break points of the same patterns, with the word processor's own hyphenation off, as its patterns
 * differ (LibreOffice breaks "under-visning" where the PDF breaks "undervis-ning"). A soft hyphen prints only where
 * a line breaks at it.
 *
 * The patterns also give points a typesetter would not use ("må-lgruppens", "work-shops", "C:NTA-CT"): a word with
 * such a point is not hyphenated at all, in either format — no soft hyphens in the DOCX, and in the PDF marked so
 * the template turns hyphenation off for it. Headings and bold text are never hyphenated: only body text comes here.
 */
import { createRequire } from 'node:module';
import type { MemoModel, TextBlock } from '../model';

type Hyphenator = (text: string, options?: { minWordLength?: number }) => string;
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/da') as { hyphenateSync: Hyphenator };

const SOFT_HYPHEN = '\u00ad';
/** Around a word the PDF must not hyphenate (memo.typ removes them); characters no text holds (private use). */
export const NO_HYPHENATION = { open: '\ue000', close: '\ue001' } as const;
const VOWEL = /[aeiouyæøå]/i;
const ABBREVIATION = /\p{Lu}.*\p{Lu}/u;

/** A word's pieces between the patterns' break points (one piece: no point). */
function pieces(word: string): string[] {
  return hyphenateSync(word, { minWordLength: 4 }).split(SOFT_HYPHEN);
}

/** Whether every break point is fit to use: each piece a syllable (it has a vowel), and no abbreviation. */
function fit(parts: string[]): boolean {
  return parts.every((p) => VOWEL.test(p)) && !ABBREVIATION.test(parts.join(''));
}

/**
 * A suspended hyphen stays with the word after it ("fri- og privatskoler"): a line ending "fri-" would read as a word
 * hyphenated at the line's end, to a reader and to the memo import alike.
 */
export function keepSuspendedHyphens(text: string): string {
  return text.replace(/(\p{L})- (og|eller|samt|til)\b/gu, '$1-\u00a0$2');
}

/** Text with each word replaced by `fix` of the word and its pieces, suspended hyphens kept with their word. */
function byWord(text: string, fix: (word: string, parts: string[]) => string): string {
  return keepSuspendedHyphens(text).replace(/\p{L}+/gu, (word) => fix(word, pieces(word)));
}

/** Body text for the DOCX: soft hyphens at the Danish break points of its words, where all of a word's are fit. */
export function hyphenate(text: string): string {
  return byWord(text, (word, parts) => (parts.length > 1 && fit(parts) ? parts.join(SOFT_HYPHEN) : word));
}

/** Body text for the PDF: the words whose break points are not all fit marked, so Typst leaves them whole. */
export function guardHyphenation(text: string): string {
  return byWord(text, (word, parts) =>
    parts.length > 1 && !fit(parts) ? `${NO_HYPHENATION.open}${word}${NO_HYPHENATION.close}` : word,
  );
}

/** The model with `fix` applied to its body text — intro, cells, other initiatives, working notes — not headings;
 * `title` to the other initiatives' bold titles. */
export function mapBody(
  model: MemoModel,
  fix: (text: string) => string,
  title: (text: string) => string = fix,
): MemoModel {
  const blocks = (list: TextBlock[]): TextBlock[] =>
    list.map((b) =>
      b.type === 'paragraph' ? { ...b, text: fix(b.text) } : { ...b, items: b.items.map(fix) },
    );
  return {
    ...model,
    intro: fix(model.intro),
    initiatives: model.initiatives.map((i) => ({
      ...i,
      fields: i.fields.map((f) => ({ ...f, text: fix(f.text) })),
      status: blocks(i.status),
      activitiesLead: i.activitiesLead === null ? null : fix(i.activitiesLead),
      activities: i.activities.map(fix),
      working: i.working.map(fix),
    })),
    others:
      model.others === null
        ? null
        : {
            ...model.others,
            intro: fix(model.others.intro),
            items: model.others.items.map((o) => ({
              ...o,
              title: title(o.title),
              text: blocks(o.text),
              working: o.working.map(fix),
            })),
          },
  };
}

/** The model with soft hyphens in its body text, for the DOCX; bold titles are not hyphenated (nor in the PDF). */
export function hyphenateBody(model: MemoModel): MemoModel {
  return mapBody(model, hyphenate, keepSuspendedHyphens);
}
