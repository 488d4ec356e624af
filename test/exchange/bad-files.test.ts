/**
 * Bad files get Danish errors that name sheet, row and column, and change nothing: "N/A" in a number column, an
 * unknown venue, 30.02.2018, a row edited in the system since the export, a workbook from another plan, a file that
 * is not a workbook, a 50 MB file, formulas and merged cells. And a new reach column creates its target group.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadDemo } from '../../src/demo/load';
import { seedPlan } from '../../src/demo/seed-plan';
import { loadPlanDocument } from '../../src/features/import/loader';
import type { ImportReport } from '../../src/schemas/exchange';
import { authHeaders, call, startTestApp, type TestApp } from '../api';
import { expectProblem } from '../api/helpers';
import { colOf, download, edit, reportOf, rowOf, sheetsOf, upload } from './helpers';

let t: TestApp;
let first: Buffer;
let key: string;
let row: number;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.database.db, systemContext('test'));
  first = await download(t);
  key = [...(await sheetsOf(first)).get('Aktiviteter')!.keys()][0];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(first as unknown as ArrayBuffer);
  row = rowOf(wb.getWorksheet('Aktiviteter')!, key);
}, 60_000);
afterAll(() => t.close());

const auditCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Set one cell of the first activity's row. */
const setActivity = (header: string, value: ExcelJS.CellValue) =>
  edit(first, (wb) => {
    const ws = wb.getWorksheet('Aktiviteter')!;
    ws.getRow(rowOf(ws, key)).getCell(colOf(ws, header)).value = value;
  });

/** The dry run's report, and a check that applying the same file is refused and changes nothing. */
async function refused(file: Buffer): Promise<ImportReport> {
  const audits = await auditCount();
  const dry = reportOf(await upload(t, file));
  expect(dry.errors.length).toBeGreaterThan(0);
  const res = await upload(t, file, { apply: true, deleteMissing: true });
  const p = expectProblem(res, 422);
  expect(p.detail).toContain('intet er ændret');
  expect(p.errors!.length).toBe(dry.errors.length);
  expect(await auditCount()).toBe(audits);
  expect(await sheetsOf(await download(t))).toEqual(await sheetsOf(first));
  return dry;
}

describe('a bad file', () => {
  it('"N/A" in a number column', async () => {
    const r = await refused(await setActivity('Antal gange', 'N/A'));
    expect(r.errors).toEqual([
      { sheet: 'Aktiviteter', row, column: 'Antal gange', cell: `K${row}`, message: '"N/A" er ikke et tal.' },
    ]);
  });

  it('an unknown venue', async () => {
    const r = await refused(await setActivity('Steder', 'Månebasen Skole'));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ sheet: 'Aktiviteter', row, column: 'Steder', cell: `M${row}` });
    expect(r.errors[0].message).toBe(
      'Stedet "Månebasen Skole" findes ikke. Tilføj det i arket Steder, eller ret navnet.',
    );
  });

  it('a date that does not exist', async () => {
    const r = await refused(await setActivity('Fra dato', '30.02.2018'));
    expect(r.errors).toEqual([
      {
        sheet: 'Aktiviteter',
        row,
        column: 'Fra dato',
        cell: `I${row}`,
        message: '"30.02.2018" er ikke en gyldig dato (brug DD-MM-ÅÅÅÅ).',
      },
    ]);
  });

  it('a rule of the API: the end before the start', async () => {
    const r = await refused(await setActivity('Til dato', new Date(Date.UTC(2000, 0, 1))));
    expect(r.errors).toEqual([
      {
        sheet: 'Aktiviteter',
        row,
        column: 'Til dato',
        cell: `J${row}`,
        message: 'Slutdatoen ligger før startdatoen.',
      },
    ]);
  });

  it("an unknown reference in an initiative's text", async () => {
    const file = await edit(first, (wb) => {
      const ws = wb.getWorksheet('Indsatser')!;
      ws.getRow(2).getCell(colOf(ws, 'Formål')).value = 'Nå {{mange}} unge.';
    });
    const r = await refused(file);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ sheet: 'Indsatser', row: 2, column: 'Formål' });
    expect(r.errors[0].message).toContain('Ukendt henvisning {{mange}}');
  });

  it('a row edited in the system since the export', async () => {
    const id = Number(key.slice(2));
    const current = (await call(t.app, 'GET', `/api/v1/activities/${id}`)).json<{ version: number }>();
    const patched = await call(t.app, 'PATCH', `/api/v1/activities/${id}`, {
      description: 'Rettet i systemet',
      version: current.version,
    });
    expect(patched.statusCode).toBe(200);
    const now = await download(t);
    // Untouched in the workbook: kept as the system has it, and said so.
    const untouched = reportOf(await upload(t, first));
    expect(untouched).toMatchObject({ create: 0, update: 0, delete: 0, errors: [] });
    expect(untouched.notes[0]).toContain(`(${key}) er ændret i systemet siden eksporten`);
    // Edited in the workbook too: a conflict, not an overwrite.
    const audits = await auditCount();
    const file = await setActivity('Titel', 'Ny titel fra regnearket');
    const r = reportOf(await upload(t, file));
    expect(r.errors).toEqual([
      {
        sheet: 'Aktiviteter',
        row,
        column: null,
        cell: null,
        message: `Rækken ${key} er ændret i systemet siden eksporten (version ${current.version}, nu ${current.version + 1}) og overskrives ikke. Eksportér igen, og indfør rettelsen der.`,
      },
    ]);
    expectProblem(await upload(t, file, { apply: true }), 422);
    expect(await auditCount()).toBe(audits);
    expect(await sheetsOf(await download(t))).toEqual(await sheetsOf(now));
    first = now;
  });

  it('a workbook from another plan', async () => {
    const other = structuredClone(seedPlan);
    other.plan.slug = 'en-anden-plan';
    other.rounds = [];
    await loadPlanDocument(t.database.db, systemContext('test'), other);
    const r = await refused(await download(t, 'export.xlsx', 'en-anden-plan'));
    expect(r.errors).toEqual([
      {
        sheet: 'Om',
        row: null,
        column: null,
        cell: null,
        message:
          'Regnearket er eksporteret fra handleplanen "en-anden-plan", ikke fra "integrationshandleplan-2017-18". Importér det i den plan, det kommer fra.',
      },
    ]);
  });

  it('formulas and merged cells', async () => {
    const file = await edit(first, (wb) => {
      const ws = wb.getWorksheet('Aktiviteter')!;
      ws.getRow(rowOf(ws, key)).getCell(colOf(ws, 'Antal gange')).value = { formula: '1+1', result: 2 };
      const r = rowOf(ws, key) + 1;
      ws.mergeCells(`G${r}:H${r}`);
    });
    const r = await refused(file);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        {
          sheet: 'Aktiviteter',
          row,
          column: null,
          cell: `K${row}`,
          message: 'Cellen indeholder en formel. Importen tager kun værdier: kopiér og indsæt som værdier.',
        },
        {
          sheet: 'Aktiviteter',
          row: null,
          column: null,
          cell: `G${row + 1}:H${row + 1}`,
          message: `Flettede celler (G${row + 1}:H${row + 1}) kan ikke importeres. Ophæv fletningen.`,
        },
      ]),
    );
  });

  it('a file that is not a workbook', async () => {
    const audits = await auditCount();
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
      Buffer.from([0, 1, 2, 255, 254]),
    ]);
    const p = expectProblem(await upload(t, pdf, { name: 'notat.pdf', apply: true }), 422, 'file');
    expect(p.detail).toContain('Filen er ikke et Excel-regneark (.xlsx) eller en CSV-fil.');
    const text = expectProblem(
      await upload(t, Buffer.from('hej;med;dig\r\n1;2;3\r\n'), { name: 'x.csv' }),
      422,
    );
    expect(text.detail).toContain('svarer ikke til noget ark');
    expect(await auditCount()).toBe(audits);
  });

  it('a 50 MB file is refused with a clear message', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x41);
    const p = expectProblem(await upload(t, big, { name: 'stor.xlsx', apply: true }), 413, 'file');
    expect(p.detail).toBe(
      'Filen er for stor. En import må højst fylde 20 MB; del regnearket op, eller importér ét ark ad gangen som CSV.',
    );
  });

  it('an upload that is not multipart, and a reader who may not import', async () => {
    expectProblem(
      await call(t.app, 'POST', '/api/v1/plans/integrationshandleplan-2017-18/import', {}),
      400,
      'file',
    );
    const res = await upload(t, first, { headers: {} });
    expectProblem(res, 401);
    expect(authHeaders(t.app)).toHaveProperty('cookie');
  });
});

describe('a new reach column', () => {
  it('creates its target group, and the dry run says so', async () => {
    const file = await edit(first, (wb) => {
      const ws = wb.getWorksheet('Aktiviteter')!;
      const col = ws.columnCount + 1;
      ws.getRow(1).getCell(col).value = 'Målgruppe: bedsteforældre';
      ws.getRow(rowOf(ws, key)).getCell(col).value = 9;
    });
    const dry = reportOf(await upload(t, file));
    expect(dry.errors).toEqual([]);
    expect(dry.notes).toContain(
      'Målgruppen "bedsteforældre" findes ikke og oprettes (kolonnen "Målgruppe: bedsteforældre" i Aktiviteter).',
    );
    expect(dry).toMatchObject({ create: 1, update: 1 });
    expect(dry.changes.map((c) => c.summary)).toContain('opdateres: Målgruppe: bedsteforældre: (tom) → 9');
    const applied = reportOf(await upload(t, file, { apply: true }));
    expect(applied.applied).toBe(true);
    const after = await sheetsOf(await download(t));
    expect([...after.get('Målgrupper')!.values()].map((g) => g.Navn)).toContain('bedsteforældre');
    expect(after.get('Aktiviteter')!.get(key)!['Målgruppe: bedsteforældre']).toBe(9);
  });
});
