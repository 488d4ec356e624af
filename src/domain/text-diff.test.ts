import { describe, expect, it } from 'vitest';
import { diffLines } from './text-diff';

describe('diffLines', () => {
  it('keeps equal lines and marks a rewritten line as removed then added', () => {
    expect(
      diffLines('Første afsnit.\n\n- punkt et\n- punkt to', 'Første afsnit.\n\n- punkt et\n- punkt 2'),
    ).toEqual([
      { kind: 'same', text: 'Første afsnit.' },
      { kind: 'same', text: '- punkt et' },
      { kind: 'removed', text: '- punkt to' },
      { kind: 'added', text: '- punkt 2' },
    ]);
  });

  it('finds an inserted paragraph between kept ones', () => {
    expect(diffLines('A\nC', 'A\nB\nC')).toEqual([
      { kind: 'same', text: 'A' },
      { kind: 'added', text: 'B' },
      { kind: 'same', text: 'C' },
    ]);
  });

  it('treats the first version as all added and ignores blank lines and trailing spaces', () => {
    expect(diffLines('', 'Ny tekst.')).toEqual([{ kind: 'added', text: 'Ny tekst.' }]);
    expect(diffLines('Tekst.  \n\n', 'Tekst.')).toEqual([{ kind: 'same', text: 'Tekst.' }]);
  });
});
