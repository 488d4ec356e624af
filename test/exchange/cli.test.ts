/** The exchange through the command line, as a person runs it: export, a dry run, --json, --apply, bad files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colOf, edit, rowOf, SLUG } from './helpers';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'indsats-exchange-cli-'));
const db = join(dir, 'indsats.db');
const bin = join(import.meta.dirname, '../../bin/indsats.mjs');
const at = (f: string) => join(dir, f);

async function indsats(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, '--database', db, ...args], {
      timeout: 60_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

beforeAll(async () => {
  expect((await indsats('demo')).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indsats export and import', { timeout: 120_000 }, () => {
  it('exports the workbook, and an untouched import is a dry run with nothing to change', async () => {
    const e = await indsats('export', '--plan', SLUG, '-o', at('plan.xlsx'));
    expect(e.code).toBe(0);
    expect(e.stdout).toMatch(/^Planen er skrevet til .*plan\.xlsx \([\d.]+ byte\)\./);
    const i = await indsats('import', at('plan.xlsx'));
    expect(i).toMatchObject({
      code: 0,
      stdout: 'Prøvekørsel – intet er ændret: 0 oprettes, 0 opdateres, 0 slettes.\n',
    });
  });

  it('shows a change in a dry run, as JSON, and applies it with --apply', async () => {
    let key = '';
    const changed = await edit(readFileSync(at('plan.xlsx')), (wb) => {
      const ws = wb.getWorksheet('Aktiviteter')!;
      key = ws.getRow(2).getCell(1).text;
      ws.getRow(rowOf(ws, key)).getCell(colOf(ws, 'Titel')).value = 'Ny titel';
    });
    writeFileSync(at('changed.xlsx'), changed);
    const dry = await indsats('import', at('changed.xlsx'));
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Prøvekørsel – intet er ændret: 0 oprettes, 1 opdateres, 0 slettes.');
    expect(dry.stdout).toMatch(
      new RegExp(`Aktiviteter række 2 \\(${key}\\): opdateres: Titel: .* → Ny titel`),
    );
    expect(dry.stdout).toContain('Kør igen med --apply');
    const json = JSON.parse((await indsats('import', at('changed.xlsx'), '--json')).stdout) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({ applied: false, create: 0, update: 1, delete: 0, errors: [] });
    const applied = await indsats('import', at('changed.xlsx'), '--apply');
    expect(applied.stdout).toMatch(
      /^Importen er gennemført \(import-id [0-9a-f-]{36}\): 0 oprettet, 1 opdateret, 0 slettet\./,
    );
    // The same file again: the row has a new version now, and the person's edit is already there.
    expect((await indsats('import', at('changed.xlsx'))).stdout).toContain(
      '0 oprettes, 0 opdateres, 0 slettes',
    );
  });

  it('writes and reads one sheet as CSV', async () => {
    expect((await indsats('export', '--plan', SLUG, '-o', at('a.csv'))).stderr).toContain(
      'angiv det med --sheet',
    );
    const e = await indsats('export', '--plan', SLUG, '--sheet', 'Aktiviteter', '-o', at('a.csv'));
    expect(e.code).toBe(0);
    expect(readFileSync(at('a.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await indsats('import', at('a.csv'))).stderr).toContain('Angiv handleplanen');
    const i = await indsats('import', at('a.csv'), '--plan', SLUG, '--json');
    expect(JSON.parse(i.stdout)).toMatchObject({ create: 0, update: 0, delete: 0, errors: [] });
  });

  it('lists the errors of a bad file in Danish, exits non-zero and changes nothing', async () => {
    const bad = await edit(readFileSync(at('plan.xlsx')), (wb) => {
      const ws = wb.getWorksheet('Aktiviteter')!;
      ws.getRow(3).getCell(colOf(ws, 'Antal gange')).value = 'N/A';
    });
    writeFileSync(at('bad.xlsx'), bad);
    const r = await indsats('import', at('bad.xlsx'), '--apply');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Intet er ændret: filen har 1 fejl.');
    expect(r.stdout).toContain('Ark Aktiviteter, række 3, kolonne Antal gange: "N/A" er ikke et tal.');
    writeFileSync(at('big.xlsx'), Buffer.alloc(50 * 1024 * 1024, 0x41));
    const big = await indsats('import', at('big.xlsx'));
    expect(big.code).toBe(1);
    expect(big.stderr).toContain('Fejl: Filen er for stor (50 MB). En import må højst fylde 20 MB');
  });
});
