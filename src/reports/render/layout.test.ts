import { describe, expect, it } from 'vitest';
import { pageLabelFor, parsePageLabel, statusLayout, withColon } from './common';
import { escapeHtml } from './html';
import { cssPageCounter } from './html-style';
import type { Slot } from './pdf-blocks';
import { takeSlots } from './pdf-blocks';
import type { Measurer } from './pdf-text';
import { wrapRuns } from './pdf-text';

/** Every character is 1 point wide, bold ones 2, so line breaks are easy to predict. */
const measurer: Measurer = { width: (text, face) => text.length * (face === 'bold' ? 2 : 1) };

function lineTexts(text: string, width: number): string[] {
  return wrapRuns([{ text, face: 'regular' }], width, measurer, 10).map((line) =>
    line.runs.map((r) => r.text).join(''),
  );
}

/** Slots of paragraphs with the given line counts, 10 points per line, no spacing. */
function slots(...lineCounts: number[]): Slot[] {
  const out: Slot[] = [];
  lineCounts.forEach((count, para) => {
    for (let line = 0; line < count; line++) {
      const top = out.length * 10;
      out.push({ para, line, top, bottom: top + 10 });
    }
  });
  return out;
}

describe('page label', () => {
  it('splits the template into text and placeholders', () => {
    expect(parsePageLabel('Side {page} af {pages}')).toEqual([
      { kind: 'text', text: 'Side ' },
      { kind: 'page' },
      { kind: 'text', text: ' af ' },
      { kind: 'pages' },
    ]);
    expect(pageLabelFor('Side {page} af {pages}', 2, 7)).toBe('Side 2 af 7');
    expect(cssPageCounter('Side {page} af {pages}')).toBe('"Side " counter(page) " af " counter(pages)');
  });
});

describe('labels and status', () => {
  it('adds a colon once', () => {
    expect(withColon('Formål')).toBe('Formål:');
    expect(withColon('Status:')).toBe('Status:');
  });

  it('puts the status label inline only before a paragraph', () => {
    expect(statusLayout([{ type: 'paragraph', text: 'A' }]).inlineText).toBe('A');
    const bullets = statusLayout([{ type: 'bullets', items: ['x'] }]);
    expect(bullets.inlineText).toBeNull();
    expect(bullets.rest).toHaveLength(1);
  });

  it('escapes HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'Tom' & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt;',
    );
  });
});

describe('wrapRuns', () => {
  it('breaks at spaces and keeps the space at the end of a line', () => {
    expect(lineTexts('aaa bbb ccc', 7)).toEqual(['aaa bbb ', 'ccc']);
  });

  it('breaks a word longer than the line between characters', () => {
    expect(lineTexts('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('measures each face and does not break inside a word that changes face', () => {
    const lines = wrapRuns(
      [
        { text: 'Mål: ', face: 'bold' },
        { text: 'ab', face: 'regular' },
        { text: 'cd ef', face: 'bold' },
      ],
      10,
      measurer,
      10,
    );
    expect(lines.map((line) => line.runs.map((r) => r.text).join(''))).toEqual(['Mål: ', 'abcd ', 'ef']);
    expect(lines[1].width).toBe(6);
  });
});

describe('takeSlots', () => {
  it('takes what fits', () => {
    expect(takeSlots(slots(2, 2, 2), 0, 45)).toBe(4);
  });

  it('does not leave the first line of a paragraph alone at the bottom', () => {
    expect(takeSlots(slots(3, 4), 0, 40)).toBe(3);
  });

  it('does not push the last line of a paragraph alone onto the next page', () => {
    expect(takeSlots(slots(5), 0, 40)).toBe(3);
  });

  it('always makes progress on a nearly empty page', () => {
    expect(takeSlots(slots(1, 2), 0, 10)).toBe(1);
  });
});
