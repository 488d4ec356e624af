/**
 * A status text's blocks, as the memo lays them out — the same function renders the memo (src/reports) and the
 * live preview in the browser, so what the owner sees while writing is what the committee gets.
 */

/** A block of running text: a paragraph or a bullet list. */
export type TextBlock = { type: 'paragraph'; text: string } | { type: 'bullets'; items: string[] };

/**
 * Split a status text into blocks: blank lines separate paragraphs; lines starting with "-", "*" or "•" are
 * bullets.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let para: string[] = [];
    let items: string[] = [];
    const flushPara = (): void => {
      if (para.length) blocks.push({ type: 'paragraph', text: para.join(' ') });
      para = [];
    };
    const flushItems = (): void => {
      if (items.length) blocks.push({ type: 'bullets', items });
      items = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const bullet = /^[-*•]\s+(.*)$/.exec(line);
      if (bullet) {
        flushPara();
        items.push(bullet[1]);
      } else if (items.length && /^\s{2,}/.test(raw)) {
        items[items.length - 1] += ` ${line}`;
      } else {
        flushItems();
        para.push(line);
      }
    }
    flushPara();
    flushItems();
  }
  return blocks;
}
