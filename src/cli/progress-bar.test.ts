import { describe, expect, it } from 'vitest';
import { progressBar } from './progress-bar';

/** A stream that records what is written, a terminal or not. */
function stream(isTTY: boolean): { out: string[]; s: NodeJS.WriteStream } {
  const out: string[] = [];
  const s = { isTTY, write: (chunk: string) => out.push(chunk) } as unknown as NodeJS.WriteStream;
  return { out, s };
}

describe('the CLI progress bar', () => {
  it('draws on a terminal, once per whole percent, and ends the line', () => {
    const { out, s } = stream(true);
    const bar = progressBar(s, 10);
    bar.update(0, 200, 'Aktiviteter');
    bar.update(1, 200, 'Aktiviteter'); // still 0 %: not drawn again
    bar.update(100, 200, 'Aktiviteter');
    bar.update(200, 200, 'Aktiviteter');
    bar.finish();
    expect(out.map((l) => l.trimEnd())).toEqual([
      '\r[----------]   0 % Aktiviteter',
      '\r[#####-----]  50 % Aktiviteter',
      '\r[##########] 100 % Aktiviteter',
      '', // the finishing line: spaces over the bar, then a line break
    ]);
    expect(out.at(-1)!.endsWith('\n')).toBe(true);
  });

  it('writes nothing when stderr is not a terminal (a pipe, CI)', () => {
    const { out, s } = stream(false);
    const bar = progressBar(s);
    bar.update(5, 10, 'x');
    bar.finish('done');
    expect(out).toEqual([]);
  });
});
