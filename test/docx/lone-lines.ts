/**
 * Lone lines in a laid-out memo: the first line of a paragraph left alone at the foot of a page (an orphan) or its
 * last line alone at the top of the next (a widow). The PDF's text is read line by line and each line traced back to
 * the DOCX paragraph it belongs to, so the lines of every paragraph are counted per page.
 *
 * A page's text runs cell by cell (left cell, right cell, footer, repeated header row, left cell, right cell), so a
 * line continues whichever paragraph is in progress and has it next; failing that, it starts the first paragraph not
 * yet begun. A line that does neither is reported as well: the check could not follow the layout, and says so.
 */

/** The text as compared: case, white space, hyphens (the word processor's and the text's) and bullets left out. */
function norm(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u00ad\u2010\u2011\u2022\uf0b7-]/g, '');
}

interface Traced {
  text: string;
  consumed: number;
  /** Each laid-out line of the paragraph: its page (0-based) and its text as printed. */
  lines: { page: number; shown: string }[];
}

/** The paragraph a laid-out line belongs to: one in progress that it continues, else the first not yet begun. */
function owner(paragraphs: Traced[], line: string): Traced | undefined {
  const continued = paragraphs.find(
    (p) => p.consumed > 0 && p.consumed < p.text.length && p.text.startsWith(line, p.consumed),
  );
  return continued ?? paragraphs.find((p) => p.consumed === 0 && p.text.startsWith(line));
}

function lonely(p: Traced): string[] {
  const first = p.lines[0];
  const last = p.lines[p.lines.length - 1];
  if (first === undefined || last === undefined || first.page === last.page) return [];
  const on = (page: number): number => p.lines.filter((line) => line.page === page).length;
  return [
    ...(on(first.page) === 1 ? [`page ${first.page + 1}, foot: "${first.shown}" (first line, alone)`] : []),
    ...(on(last.page) === 1 ? [`page ${last.page + 1}, top: "${last.shown}" (last line, alone)`] : []),
  ];
}

/**
 * The lone lines of a laid-out document, plus any printed line that could not be traced to a paragraph.
 * `paragraphs`: the document's paragraphs in order; `pages`: each page's text, a line per printed line; `ignore`:
 * what the page header and footer print, removed from every line first.
 */
export function loneLines(paragraphs: string[], pages: string[], ignore: (string | RegExp)[]): string[] {
  const traced: Traced[] = paragraphs
    .map(norm)
    .filter((text) => text !== '')
    .map((text) => ({ text, consumed: 0, lines: [] }));
  const untraced: string[] = [];
  pages.forEach((page, index) => {
    for (const printed of page.split('\n')) {
      const shown = ignore.reduce<string>((line, pattern) => line.replaceAll(pattern, ''), printed).trim();
      const line = norm(shown);
      if (line === '') continue;
      const paragraph = owner(traced, line);
      if (paragraph !== undefined) {
        paragraph.consumed += line.length;
        paragraph.lines.push({ page: index, shown });
      } else if (!traced.some((p) => p.consumed === p.text.length && p.text === line)) {
        // A line that repeats a whole paragraph laid out before is the repeated header row; anything else is not.
        untraced.push(`page ${index + 1}: "${shown}" (not traced to a paragraph)`);
      }
    }
  });
  return [...untraced, ...traced.flatMap(lonely)];
}
