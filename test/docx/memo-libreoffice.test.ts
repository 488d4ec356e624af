/**
 * The demo round's committee DOCX laid out by LibreOffice (`libreoffice --headless --convert-to pdf`), as a reader
 * without Word opens it: at most 4 pages, and nothing on them but the real memo's text (see ../memo-sentences.ts).
 *
 * Where a table continues on the next page, a PDF's text runs left cell, right cell, footer, repeated header row,
 * left cell, right cell: a sentence cut by the page break is read in two pieces with the other column between. So
 * the laid-out text is compared line by line — every line LibreOffice printed must be a piece of the real memo —
 * while the whole sentences are compared on the DOCX itself (test/acceptance/memo-sentences.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMemoModel } from '../../src/reports/build-model';
import { renderDocx } from '../../src/reports/render/docx';
import { renderPdf } from '../../src/reports/render/pdf';
import { pdfPages, unzip, wordText } from '../../src/reports/render/render-test-utils';
import { demoRoundSnapshot } from '../demo-round';
import { key, seedText } from '../memo-sentences';
import { loneLines } from './lone-lines';

/** The lines of laid-out pages that are not a piece of the real memo (footers aside). */
function linesNotInSeed(text: string[]): string[] {
  const seed = key(
    seedText()
      .replace(/Side \d+ af \d+/g, '')
      .replace(/\uf0b7/g, '')
      .split('\u0000')
      .join(''),
  );
  return text
    .flatMap((page) => page.split('\n'))
    .map((line) =>
      line
        .replace(/Side \d+ af \d+/g, '')
        .replace(/[\u2022\u00ad]/g, '')
        .trim(),
    )
    .filter((line) => line !== '' && !seed.includes(key(line).replace(/\.$/, '')));
}

const dir = mkdtempSync(join(tmpdir(), 'indsats-docx-'));
const pages: Record<'committee' | 'working', string[]> = { committee: [], working: [] };
/** The same versions as the product's own PDF (Typst). */
const pdfPagesOf: Record<'committee' | 'working', string[]> = { committee: [], working: [] };
/** The DOCX's paragraphs, in order, and the lines of its page header, per version. */
const paragraphs: Record<'committee' | 'working', string[]> = { committee: [], working: [] };
const headerLines: Record<'committee' | 'working', string[]> = { committee: [], working: [] };

/** The text of the DOCX's parts whose name matches, one line per paragraph. */
function partText(docx: Buffer, name: RegExp): string[] {
  const files = unzip(docx);
  return [...files.keys()]
    .filter((file) => name.test(file))
    .flatMap((file) => wordText(files.get(file)?.toString('utf8') ?? '').split('\n'));
}

/** The lone lines LibreOffice left in a version, its "Side X af Y" footer and page header aside. */
function loneLinesOf(variant: 'committee' | 'working'): string[] {
  const header = headerLines[variant].filter((line) => line.trim() !== '');
  return loneLines(paragraphs[variant], pages[variant], [/Side \d+ af \d+/g, ...header]);
}

/**
 * The letters a page prints, sorted: two pages give the same string only if they hold the same text, whatever order
 * the two PDFs write their table cells in, and however pdfjs cuts a line into pieces (spaces, hyphens at a line's end
 * and bullets taken out).
 */
function pageLetters(text: string): string {
  return [...text.replace(/[\s\u00ad\u2022\uf0b7-]/g, '')].sort().join('');
}

/** The DOCX through LibreOffice to PDF; its own profile directory, so a running LibreOffice is left alone. */
function layOut(name: string, docx: Buffer): Buffer {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 100_000 },
  );
  return readFileSync(join(dir, `${name}.pdf`));
}

beforeAll(async () => {
  const snapshot = await demoRoundSnapshot();
  for (const variant of ['committee', 'working'] as const) {
    const docx = await renderDocx(buildMemoModel(snapshot, { draft: false, variant }));
    paragraphs[variant] = partText(docx, /^word\/document\.xml$/);
    headerLines[variant] = partText(docx, /^word\/header\d*\.xml$/);
    pages[variant] = await pdfPages(layOut(variant, docx));
    pdfPagesOf[variant] = await pdfPages(
      await renderPdf(buildMemoModel(snapshot, { draft: false, variant })),
    );
  }
});
afterAll(() => (process.env.KEEP_DOCX ? undefined : rmSync(dir, { recursive: true, force: true })));

describe('the demo memo DOCX as LibreOffice lays it out', () => {
  it('committee version: at most 4 pages, each with its "Side X af Y"', () => {
    const n = pages.committee.length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(4);
    pages.committee.forEach((text, i) => expect(text).toContain(`Side ${i + 1} af ${n}`));
  });

  it('committee version: no line of a paragraph alone at the foot or the top of a page', () => {
    expect(loneLinesOf('committee')).toEqual([]);
  });

  it('working version: no line of a paragraph alone at the foot or the top of a page', () => {
    expect(loneLinesOf('working')).toEqual([]);
  });

  it.each(['committee', 'working'] as const)(
    '%s version: the PDF breaks pages where LibreOffice breaks the DOCX',
    (variant) => {
      expect(pdfPagesOf[variant].length).toBe(pages[variant].length);
      pages[variant].forEach((text, i) =>
        expect(pageLetters(pdfPagesOf[variant][i])).toBe(pageLetters(text)),
      );
    },
  );

  it('committee version: every line is a piece of the real memo', () => {
    expect(linesNotInSeed(pages.committee)).toEqual([]);
  });

  it('working version: its marked notes are the lines beyond the real memo, with its header on every page', () => {
    const extra = linesNotInSeed(pages.working);
    expect(extra).toContain('Arbejdsnote:');
    expect(extra.some((line) => line.startsWith('Beregnet pr. 1. september 2018:'))).toBe(true);
    pages.working.forEach((text) => expect(text).toContain('Arbejdsversion – ikke til udvalget'));
  });
});
