/**
 * The real status memo the product must import (text extracted from a two-column PDF). The project keeps a copy,
 * so the tests run wherever the project is checked out; it is the file in ../shared/seeds, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the copy of the seed memo lies. */
export const SEED_MEMO_PATH = fileURLToPath(
  new URL('./fixtures/seed-memo-000_448e610532b93813.txt', import.meta.url),
);

/** The seed memo's text. */
export function seedMemoText(): string {
  return readFileSync(SEED_MEMO_PATH, 'utf8');
}
