/**
 * The activity columns of opening balances ("Importeret fra notat", "Steder uden navn"), migration 0010: written by
 * the export, read back by the import, both as a workbook and as CSV, and a default (not imported, no unnamed
 * venues) stays an empty cell so rows exported before the columns existed keep their checksum.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadDemo } from '../../src/demo/load';
import { parseCsv } from '../../src/features/exchange/read';
import { startTestApp, type TestApp } from '../api';
import { colOf, download, edit, reportOf, rowOf, sheetsOf, upload } from './helpers';

let t: TestApp;
let balanceId: number;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.database.db, systemContext('test'));
  const act = await t.database.db
    .selectFrom('activities')
    .select(['id'])
    .where('state', '=', 'done')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  balanceId = act.id;
  await t.database.db
    .updateTable('activities')
    .set({ imported: 1, unnamedVenues: 3 })
    .where('id', '=', balanceId)
    .execute();
}, 60_000);
afterAll(() => t.close());

const IMPORTED = 'Importeret fra notat';
const UNNAMED = 'Steder uden navn';
const stored = (id: number) =>
  t.database.db
    .selectFrom('activities')
    .select(['imported', 'unnamedVenues'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('opening balances in the workbook', () => {
  it('exports the columns with Danish headers, defaults as empty cells, and reads them back unchanged', async () => {
    const book = await download(t);
    const acts = (await sheetsOf(book)).get('Aktiviteter')!;
    const balance = acts.get(`A-${balanceId}`)!;
    expect(balance[IMPORTED]).toBe('ja');
    expect(balance[UNNAMED]).toBe(3);
    const other = [...acts.values()].find((r) => r['Nøgle (må ikke ændres)'] !== `A-${balanceId}`)!;
    expect(other[IMPORTED]).toBeNull();
    expect(other[UNNAMED]).toBeNull();
    expect(reportOf(await upload(t, book))).toMatchObject({ create: 0, update: 0, errors: [] });
  });

  it('imports a changed opening balance and a new one through the workbook', async () => {
    const book = await download(t);
    let newKeyRow = 0;
    const edited = await edit(book, (wb) => {
      const ws = wb.getWorksheet('Aktiviteter')!;
      ws.getRow(rowOf(ws, `A-${balanceId}`)).getCell(colOf(ws, UNNAMED)).value = 5;
      const row = ws.addRow([]);
      newKeyRow = row.number;
      const set = (h: string, v: string | number | Date) => (row.getCell(colOf(ws, h)).value = v);
      set('Indsats', 'I-1');
      set('Status', 'gennemført');
      set('Type', 'møde');
      set('Titel', 'Afholdt før systemet: 4 møder');
      set('Fra dato', new Date(Date.UTC(2018, 8, 1)));
      set('Antal gange', 4);
      set(IMPORTED, 'ja');
      set(UNNAMED, 2);
    });
    const dry = reportOf(await upload(t, edited));
    expect(dry).toMatchObject({ create: 1, update: 1, errors: [] });
    expect(dry.changes.find((c) => c.action === 'update')!.summary).toBe(`opdateres: ${UNNAMED}: 3 → 5`);
    const applied = reportOf(await upload(t, edited, { apply: true }));
    expect(applied).toMatchObject({ applied: true, create: 1, update: 1 });
    expect(await stored(balanceId)).toEqual({ imported: 1, unnamedVenues: 5 });
    const created = await t.database.db
      .selectFrom('activities')
      .select(['imported', 'unnamedVenues', 'occurrences'])
      .where('title', '=', 'Afholdt før systemet: 4 møder')
      .executeTakeFirstOrThrow();
    expect(created).toEqual({ imported: 1, unnamedVenues: 2, occurrences: 4 });
    expect(newKeyRow).toBeGreaterThan(1);
  });

  it('reads "nej" and 0 as the defaults, and refuses a negative number of unnamed venues', async () => {
    const book = await download(t);
    const same = await edit(book, (wb) => {
      const ws = wb.getWorksheet('Aktiviteter')!;
      ws.eachRow((row, n) => {
        if (n === 1 || row.getCell(colOf(ws, IMPORTED)).value !== null) return;
        row.getCell(colOf(ws, IMPORTED)).value = 'nej';
        row.getCell(colOf(ws, UNNAMED)).value = 0;
      });
    });
    expect(reportOf(await upload(t, same))).toMatchObject({ create: 0, update: 0, errors: [] });
    const wrong = await edit(book, (wb) => {
      const ws = wb.getWorksheet('Aktiviteter')!;
      ws.getRow(rowOf(ws, `A-${balanceId}`)).getCell(colOf(ws, UNNAMED)).value = -1;
    });
    const r = reportOf(await upload(t, wrong));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ sheet: 'Aktiviteter', column: UNNAMED });
  });

  it('carries the columns through the CSV form of the activities sheet', async () => {
    const csv = (await download(t, 'export.csv?sheet=aktiviteter')).toString('utf8');
    const lines = csv.replace(/\r\n$/, '').split('\r\n');
    const header = lines[0].replace(/^\ufeff/, '').split(';');
    const [imp, unn] = [header.indexOf(IMPORTED), header.indexOf(UNNAMED)];
    expect(imp).toBeGreaterThan(0);
    const at = lines.findIndex((l) => l.startsWith(`A-${balanceId};`));
    expect(at).toBeGreaterThan(0);
    // The row as Excel would save it again: every field quoted.
    const cells = parseCsv(lines[at])[0];
    expect([cells[imp], cells[unn]]).toEqual(['ja', '5']);
    cells[imp] = 'nej';
    cells[unn] = '';
    const line = cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';');
    const edited = lines.map((l, n) => (n === at ? line : l)).join('\r\n');
    const r = reportOf(await upload(t, Buffer.from(edited), { name: 'a.csv', apply: true }));
    expect(r).toMatchObject({ applied: true, update: 1, errors: [] });
    expect(r.changes[0].summary).toBe(`opdateres: ${IMPORTED}: ja → (tom); ${UNNAMED}: 5 → (tom)`);
    expect(await stored(balanceId)).toEqual({ imported: 0, unnamedVenues: 0 });
  });
});
