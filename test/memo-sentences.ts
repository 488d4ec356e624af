/**
 * The demo round's committee memo against the real memo, sentence by sentence: both texts are cut into sentences
 * (at sentence ends, bullets, paragraph breaks, the cell labels "Formål:", "Samlet mål:", "Midler afsat:",
 * "Status:" and the lead-ins over the planned activities), and each sentence of one must occur in the other, whitespace and hyphenation normalised. Containment
 * rather than equal lists, because the seed is text extracted from a two-column PDF: its cells interleave where the
 * rendered files keep them apart, and its lines break where the rendered ones do not.
 *
 * Every difference the comparison forgives is named in EXCEPTIONS below; nothing else is normalised.
 */
import mammoth from 'mammoth';
import { pdfPages } from '../src/reports/render/render-test-utils';
import { seedMemoText } from './seed-memo';

/** The footer of every page: not a sentence of either memo. */
const FOOTER = /Side \d+ af \d+/g;
/** Bullet characters: the seed's (a Symbol-font bullet, U+F0B7) and the PDF's. */
const BULLETS = /[\uf0b7\u2022]/g;
/** The labels that start a cell's sections; each is a sentence boundary before and after. */
const LABELS = ['Formål:', 'Samlet mål:', 'Midler afsat:', 'Status:'];
/** The lead-ins over the planned activities start a sentence (a bullet before them ends without a full stop). */
const LEADS = ['Samlet mål er opfyldt:', 'Samlet mål forventes opfyldt', 'Følgende aktiviteter er planlagt'];
const CUT = '\u0000';

/**
 * The differences the issue allows, each named, applied to the seed text before it is compared.
 * - `heading5`: the real memo's heading "5. Bedre opfølgning …" lacks "Anbefaling:" (a slip of the original).
 * - `splice5`: the seed's page break moved recommendation 5's "Midler afsat: 0,2 mio. kr. årligt i 2017-18" from the
 *   left cell onto the right cell's lead-in "Samlet mål er opfyldt:", splicing the two into one line; the boundary
 *   between them is restored.
 */
export const EXCEPTIONS: { name: string; seed: string; as: string }[] = [
  { name: 'heading5', seed: '5. Bedre opfølgning', as: '5. Anbefaling: Bedre opfølgning' },
  {
    name: 'splice5',
    seed: 'årligt i 2017-18 Samlet mål er opfyldt:',
    as: `årligt i 2017-18${CUT}Samlet mål er opfyldt:`,
  },
];

/**
 * The one difference the key forgives beyond whitespace and hyphenation, named: `finalStop` — the real memo leaves
 * the full stop off two sentences that end a cell section (recommendation 6's target, "… minimum 4 møder", and its
 * funding, "… eksisterende ramme"), where the product ends every sentence with one; a sentence-final full stop is
 * ignored.
 */
export const KEY_RULES = ['whitespace', 'hyphenation', 'finalStop'] as const;

/** Cut a text into sentences; `paragraphs` treats a blank line as a boundary (DOCX text has no bullet marks). */
export function sentences(text: string, paragraphs = false): string[] {
  let t = text
    .replace(FOOTER, CUT)
    .replace(BULLETS, CUT)
    .replace(/\u00ad/g, '');
  if (paragraphs) t = t.replace(/\n\s*\n/g, CUT);
  t = t.replace(/\s+/g, ' ');
  for (const label of LABELS) t = t.split(label).join(`${CUT}${label}${CUT}`);
  for (const lead of LEADS) t = t.split(lead).join(`${CUT}${lead}`);
  // A sentence ends at . : ! ? before a capital or a digit — not after a number ("2. Anbefaling", "i 2. halvår")
  // nor after "ca.", "pr.", "fx.", "bl.a.".
  return t
    .split(
      new RegExp(
        `${CUT}|(?<!\\b\\d{1,2}\\.|\\bca\\.|\\bpr\\.|\\bfx\\.|\\bbl\\.a\\.)(?<=[.:!?])\\s+(?=[\\p{Lu}\\d])`,
        'u',
      ),
    )
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Whitespace (including non-breaking), hyphens and soft hyphens removed, lowercase, no sentence-final full stop. */
export function key(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[\s\u00a0\u00ad\u2010\u2011-]/g, '')
    .replace(/\.$/, '');
}

/** The seed memo's text with the named exceptions applied. */
export function seedText(): string {
  let t = seedMemoText();
  for (const e of EXCEPTIONS) {
    if (!t.includes(e.seed))
      throw new Error(`exception ${e.name} no longer applies: "${e.seed}" is not in the seed`);
    t = t.replace(e.seed, e.as);
  }
  return t;
}

/** What the comparison found: sentences of the seed not in the memo, and of the memo not in the seed. */
export interface SentenceDiff {
  missing: string[];
  extra: string[];
}

/** Compare a memo's text with the seed (see the header). */
export function compareWithSeed(memoText: string, paragraphs: boolean): SentenceDiff {
  const seed = seedText();
  const seedStream = sentences(seed).map(key).join('|');
  const memo = sentences(memoText, paragraphs);
  const memoStream = memo.map(key).join('|');
  // A sentence is present when its key occurs in the other text's keys run together (sentences may be cut finer on
  // one side than the other: "Status:" and its first sentence are one line in the seed and two in the DOCX).
  const joined = (stream: string) => stream.replace(/\|/g, '');
  return {
    missing: sentences(seed).filter((s) => !joined(memoStream).includes(key(s))),
    extra: memo.filter((s) => !joined(seedStream).includes(key(s))),
  };
}

/** The text of a PDF as pdfjs reads it, pages in order. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join('\n');
}

/** The text of a DOCX as mammoth reads it: one paragraph per blank-line-separated block. */
export async function docxText(docx: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx })).value;
}
