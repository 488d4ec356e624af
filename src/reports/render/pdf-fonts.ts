/**
 * The TrueType fonts embedded in the PDF memo: DejaVu Sans from the `dejavu-fonts-ttf` npm package
 * (free licence, so CI needs no system fonts), with the Debian/Ubuntu system copy as a fallback.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontFace } from './pdf-text';

const FILES: Record<FontFace, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
};

const SYSTEM_DIR = '/usr/share/fonts/truetype/dejavu';

/** The font files of each face, read once per process. */
export type MemoFonts = Record<FontFace, Buffer>;

let cached: MemoFonts | null = null;

function packageDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  } catch {
    return null;
  }
}

function fontDir(): string {
  const candidates = [packageDir(), SYSTEM_DIR].filter((dir): dir is string => dir !== null);
  const found = candidates.find((dir) => Object.values(FILES).every((file) => existsSync(join(dir, file))));
  if (found === undefined) {
    throw new Error(`DejaVu Sans not found (looked in ${candidates.join(', ')}); run npm install`);
  }
  return found;
}

/** Loads the regular, bold and italic DejaVu Sans faces. */
export function memoFonts(): MemoFonts {
  if (cached === null) {
    const dir = fontDir();
    cached = {
      regular: readFileSync(join(dir, FILES.regular)),
      bold: readFileSync(join(dir, FILES.bold)),
      italic: readFileSync(join(dir, FILES.italic)),
    };
  }
  return cached;
}
