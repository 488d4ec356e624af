/** The real status memo the product must import: ../shared/seeds beside the project (text from a two-column PDF). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the seed memo lies. */
export const SEED_MEMO_PATH = fileURLToPath(
  new URL('../../shared/seeds/000_448e610532b93813.txt', import.meta.url),
);

/** The seed memo's text. */
export function seedMemoText(): string {
  return readFileSync(SEED_MEMO_PATH, 'utf8');
}
