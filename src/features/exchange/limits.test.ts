import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Problem } from '../../domain/problem';
import { checkArchive, checkFileSize } from './limits';
import { parseCsv } from './read';

const small = { fileBytes: 1000, unpackedBytes: 100_000, rows: 50 };
const sheet = (rows: number) =>
  `<worksheet><sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"/></row>`).join('')}</sheetData></worksheet>`;
const zip = (files: Record<string, string | Uint8Array>) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v]),
      ),
    ),
  );
const refusal = async (fn: () => unknown): Promise<Problem> => {
  try {
    await fn();
  } catch (e) {
    return e as Problem;
  }
  throw new Error('not refused');
};

describe('the limits of an upload', () => {
  it('counts the rows of the worksheets, also across chunk boundaries', async () => {
    expect(
      await checkArchive(zip({ 'xl/worksheets/sheet1.xml': sheet(40), 'xl/styles.xml': '<row ' }), small),
    ).toBe(40);
    const big = { ...small, rows: 1_000_000, unpackedBytes: 1e9 };
    expect(await checkArchive(zip({ 'xl/worksheets/sheet1.xml': sheet(60_000) }), big)).toBe(60_000);
  });

  it('refuses too many rows', async () => {
    const p = await refusal(() => checkArchive(zip({ 'xl/worksheets/sheet1.xml': sheet(51) }), small));
    expect(p.status).toBe(413);
    expect(p.da).toContain('over 50 rækker');
  });

  it('refuses an archive that unpacks beyond the limit (a zip bomb), whatever its size as sent', async () => {
    const bomb = zip({ 'xl/worksheets/sheet1.xml': new Uint8Array(5_000_000) });
    expect(bomb.length).toBeLessThan(20_000);
    const p = await refusal(() => checkArchive(bomb, { ...small, unpackedBytes: 1_000_000 }));
    expect(p.status).toBe(413);
    expect(p.da).toBe('Regnearket fylder over 1 MB, når det pakkes ud, og afvises.');
  });

  it('refuses an archive whose compressed data is damaged as not a workbook', async () => {
    const good = zip({ 'xl/worksheets/sheet1.xml': sheet(40) });
    const damaged = Buffer.from(good);
    // The file's data starts after its 30-byte local header and its name; 0xff bytes are no valid deflate block.
    damaged.fill(0xff, 30 + 'xl/worksheets/sheet1.xml'.length, 30 + 'xl/worksheets/sheet1.xml'.length + 8);
    const p = await refusal(() => checkArchive(damaged, small));
    expect(p.status).toBe(422);
    expect(p.code).toBe('not_a_workbook');
  });

  it('refuses a file too large as sent, naming the limit', async () => {
    const p = await refusal(() => checkFileSize(50 * 1024 * 1024));
    expect(p.status).toBe(413);
    expect(p.da).toContain('En import må højst fylde 20 MB');
  });

  it('reads quoted CSV fields with separators, quotes and line breaks', () => {
    expect(parseCsv('a;"b;c";"d ""e"""\r\n"f\r\ng";2,5;\r\n')).toEqual([
      ['a', 'b;c', 'd "e"'],
      ['f\r\ng', '2,5', ''],
    ]);
  });
});
