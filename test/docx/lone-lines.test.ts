/** The lone-line check itself, on pages written out by hand: it finds what it is there to find. */
import { describe, expect, it } from 'vitest';
import { loneLines } from './lone-lines';

const paragraphs = [
  '1. Anbefaling',
  'Formål: Oplyse børn og unge om deres rettigheder.',
  'Status: Indsatsen har nået 980 børn.',
];

describe('lone lines', () => {
  it('finds the last line of a cell paragraph alone at the top of the next page, after the repeated header row', () => {
    const pages = [
      '1. Anbefaling\nFormål: Oplyse børn og\nunge om deres\nStatus: Indsatsen har\nSide 1 af 2',
      '1. Anbefaling\nrettigheder.\nnået 980 børn.\nSide 2 af 2',
    ];
    expect(loneLines(paragraphs, pages, [/Side \d+ af \d+/g])).toEqual([
      'page 2, top: "rettigheder." (last line, alone)',
      'page 1, foot: "Status: Indsatsen har" (first line, alone)',
      'page 2, top: "nået 980 børn." (last line, alone)',
    ]);
  });

  it('passes two lines on each side of a break, and says when a line belongs to no paragraph', () => {
    const pages = [
      '1. Anbefaling\nFormål: Oplyse\nbørn og unge',
      'om deres\nrettig-\nheder.\nStatus: Indsatsen har nået 980 børn.\nNOTAT',
    ];
    expect(loneLines(paragraphs, pages, [])).toEqual(['page 2: "NOTAT" (not traced to a paragraph)']);
  });
});
