/**
 * A memo file's text: a Word file (DOCX, read with mammoth, one paragraph per line), a PDF (text extracted with
 * pdfjs-dist, one line per text line, pages in order) or plain text. Which one is told by the file's first bytes,
 * not its name.
 */
import mammoth from 'mammoth';
import { ruleViolation } from '../../domain/problem';

/** What kind of file a memo came as. */
export type MemoFormat = 'docx' | 'pdf' | 'text';

/** The text of a memo and whether it has one whole paragraph per line. */
export interface MemoText {
  format: MemoFormat;
  text: string;
  blockPerLine: boolean;
}

function unreadable(why: string, whyEn: string): never {
  throw ruleViolation(
    'file',
    `Filen kunne ikke læses som et notat: ${why}`,
    `The file could not be read as a memo: ${whyEn}`,
  );
}

/** The format of a file by its first bytes: "%PDF", a zip ("PK") or text. */
export function sniffFormat(bytes: Uint8Array): MemoFormat | null {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK')) return 'docx';
  const sample = Buffer.from(bytes.subarray(0, 4096));
  if (sample.includes(0)) return null;
  return 'text';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Mammoth's HTML as lines: one per paragraph, heading or list item (items start with "• "). */
export function htmlToLines(html: string): string {
  return html
    .replace(/<li[^>]*>/g, '\n• ')
    .replace(/<\/(?:p|h\d|li|td|th|tr|table|ul|ol)>|<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (all, e: string) =>
      e.startsWith('#x')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? all),
    )
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToLines(value);
  } catch {
    return unreadable(
      'Word-filen er beskadiget eller ikke en DOCX-fil.',
      'the Word file is damaged or not a DOCX file.',
    );
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // pdfjs takes ownership of the bytes it is given, so it gets a copy.
    doc = await getDocument({
      data: new Uint8Array(bytes),
      verbosity: VerbosityLevel.ERRORS,
      isEvalSupported: false,
    }).promise;
  } catch {
    return unreadable('PDF-filen er beskadiget eller krypteret.', 'the PDF file is damaged or encrypted.');
  }
  try {
    const seen = new Set<string>();
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        // A word hyphenated at a line end ("undervis-" / "ning") is one word.
        .replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2');
      const lines = text.split('\n');
      // A table that continues on this page repeats its header row: the same line again, which is not new text.
      if (n > 1 && lines.length > 0 && seen.has(lines[0].trim()) && !/^[•\-–]/.test(lines[0].trim()))
        lines.shift();
      for (const line of lines) seen.add(line.trim());
      pages.push(lines.join('\n'));
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}

/** The text of a memo file. */
export async function memoText(bytes: Uint8Array): Promise<MemoText> {
  const format = sniffFormat(bytes);
  switch (format) {
    case 'pdf':
      return { format, text: await pdfText(bytes), blockPerLine: false };
    case 'docx':
      return { format, text: await docxText(bytes), blockPerLine: true };
    case 'text': {
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      return { format, text, blockPerLine: false };
    }
    case null:
      return unreadable(
        'det er hverken en Word-fil, en PDF eller tekst.',
        'it is neither a Word file, a PDF nor text.',
      );
  }
}
