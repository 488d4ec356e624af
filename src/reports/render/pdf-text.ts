/**
 * PDF text layout: paragraphs of styled runs are broken into lines here, so the renderer knows every
 * line's height before it draws anything and can keep table rows and paragraphs off page breaks.
 */

/** The registered font faces (see pdf-fonts.ts). */
export type FontFace = 'regular' | 'bold' | 'italic';

/** A stretch of text in one face. */
export interface Run {
  text: string;
  face: FontFace;
}

/** Size, leading and colour of a paragraph. */
export interface TextStyle {
  size: number;
  lineHeight: number;
  color: string;
}

/** One laid-out line: runs merged by face, and its width. */
export interface Line {
  runs: Run[];
  width: number;
}

/** What the layout needs from the PDF document: measuring strings in a face and size. */
export interface Measurer {
  width(text: string, face: FontFace, size: number): number;
}

/** A word with the pieces it is made of (a word may change face mid-way) and its trailing space. */
interface Word {
  pieces: Run[];
  width: number;
  space: Run | null;
  spaceWidth: number;
}

function splitWords(runs: Run[], m: Measurer, size: number): Word[] {
  const words: Word[] = [];
  let open: Word | null = null;
  for (const run of runs) {
    for (const token of run.text.match(/[^\s]+|\s+/g) ?? []) {
      if (/^\s/.test(token)) {
        const space = { text: ' ', face: run.face };
        if (open !== null) Object.assign(open, { space, spaceWidth: m.width(' ', run.face, size) });
        open = null;
        continue;
      }
      if (open === null) {
        open = { pieces: [], width: 0, space: null, spaceWidth: 0 };
        words.push(open);
      }
      open.pieces.push({ text: token, face: run.face });
      open.width += m.width(token, run.face, size);
    }
  }
  return words;
}

/** Splits a word wider than the line into chunks that fit, character by character. */
function breakLongWord(word: Word, max: number, m: Measurer, size: number): Word[] {
  const chunks: Word[] = [];
  let current: Word = { pieces: [], width: 0, space: null, spaceWidth: 0 };
  for (const piece of word.pieces) {
    for (const ch of Array.from(piece.text)) {
      const w = m.width(ch, piece.face, size);
      if (current.width + w > max && current.width > 0) {
        chunks.push(current);
        current = { pieces: [], width: 0, space: null, spaceWidth: 0 };
      }
      current.pieces.push({ text: ch, face: piece.face });
      current.width += w;
    }
  }
  chunks.push({ ...current, space: word.space, spaceWidth: word.spaceWidth });
  return chunks;
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.face === run.face) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

function toLine(words: Word[]): Line {
  // Spaces at line ends are kept (invisible) so text extraction and screen readers see word boundaries.
  const runs = words.flatMap((w) => (w.space ? [...w.pieces, w.space] : w.pieces));
  const width = words.reduce((sum, w, i) => sum + w.width + (i < words.length - 1 ? w.spaceWidth : 0), 0);
  return { runs: mergeRuns(runs), width };
}

/** Greedy line breaking at spaces; a word longer than the line is broken between characters. */
export function wrapRuns(runs: Run[], maxWidth: number, m: Measurer, size: number): Line[] {
  const words = splitWords(runs, m, size).flatMap((w) =>
    w.width > maxWidth ? breakLongWord(w, maxWidth, m, size) : [w],
  );
  const lines: Line[] = [];
  let current: Word[] = [];
  let width = 0;
  for (const word of words) {
    const prev = current[current.length - 1];
    const needed = prev === undefined ? word.width : width + prev.spaceWidth + word.width;
    if (prev !== undefined && needed > maxWidth) {
      lines.push(toLine(current));
      current = [word];
      width = word.width;
    } else {
      current.push(word);
      width = needed;
    }
  }
  if (current.length > 0) lines.push(toLine(current));
  return lines;
}
