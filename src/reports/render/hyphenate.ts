/**
 * Danish hyphenation for the DOCX memo's body text, as the PDF has it: Typst hyphenates the PDF by Liang's Danish
 * patterns from TeX, and the DOCX gets soft hyphens (U+00AD) at the break points of the same patterns, with the
 * same limits (words of 4 letters or more, 2 letters kept at either end). A word processor's own Danish patterns
 * differ (LibreOffice breaks "under-visning" where the PDF breaks "undervis-ning"), so the DOCX turns its automatic
 * hyphenation off and breaks lines where the PDF does. A soft hyphen prints only where a line breaks at it.
 * Headings are never hyphenated: only body text passes through here.
 */
import { createRequire } from 'node:module';
import type { MemoModel, TextBlock } from '../model';

type Hyphenator = (text: string, options?: { minWordLength?: number }) => string;
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/da') as { hyphenateSync: Hyphenator };

/**
 * A suspended hyphen stays with the word after it ("fri- og privatskoler"): a line ending "fri-" would read as a word
 * hyphenated at the line's end, to a reader and to the memo import alike.
 */
export function keepSuspendedHyphens(text: string): string {
  return text.replace(/(\p{L})- (og|eller|samt|til)\b/gu, '$1-\u00a0$2');
}

/** Body text with soft hyphens at the Danish break points of its words. */
export function hyphenate(text: string): string {
  return hyphenateSync(keepSuspendedHyphens(text), { minWordLength: 4 });
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
