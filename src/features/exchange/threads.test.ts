import { describe, expect, it } from 'vitest';
import { withoutTsx } from './threads';

describe('the Node options of a plain-JavaScript worker', () => {
  it('leave out the TypeScript loader in each spelling, and keep every other option', () => {
    expect(
      withoutTsx([
        '--import',
        'tsx',
        '--max-old-space-size=512',
        '--import=tsx/esm',
        '--require',
        './trace.cjs',
        '--loader',
        'tsx',
        '--cpu-prof',
        '-r',
        'tsx/cjs',
      ]),
    ).toEqual(['--max-old-space-size=512', '--require', './trace.cjs', '--cpu-prof']);
  });

  it('keep a loader that is not tsx', () => {
    expect(withoutTsx(['--import=./otel.mjs', '--import', 'tsx-like'])).toEqual([
      '--import=./otel.mjs',
      '--import',
      'tsx-like',
    ]);
  });
});
