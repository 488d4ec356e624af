/**
 * Test files share their worker's loaded modules (vitest.config.ts, `isolate: false`), so a file that replaces a
 * module with `vi.mock` must run on its own: this holds the list in the config to the files that do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { ISOLATED_TEST_FILES } from '../../vitest.config';

const root = join(import.meta.dirname, '../..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'browser' ? [] : testFiles(p);
    return e.name.endsWith('.test.ts') ? [relative(root, p).split('\\').join('/')] : [];
  });
}

it('runs every test file that mocks a module in a process of its own, and only those', () => {
  const files = ['src', 'test', 'web/src'].flatMap((d) => testFiles(join(root, d)));
  expect(files.length).toBeGreaterThan(50);
  const mocking = files
    .filter((f) => /\bvi\.(mock|doMock)\(/.test(readFileSync(join(root, f), 'utf8')))
    .sort();
  expect(mocking).toEqual([...ISOLATED_TEST_FILES].sort());
});
