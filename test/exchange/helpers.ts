/** Helpers of the exchange tests: a multipart upload, the workbook read back as plain rows, and edits made as in Excel. */
import type { LightMyRequestResponse } from 'fastify';
import ExcelJS from 'exceljs';
import { authHeaders, type TestApp } from '../api';
import type { ImportReport } from '../../src/schemas/exchange';

export const SLUG = 'integrationshandleplan-2017-18';

/** A multipart/form-data body with one file in the field "file". */
export function multipart(
  file: Buffer,
  name = 'plan.xlsx',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----indsats-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, file, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** GET the plan's workbook (or `?sheet=` CSV) as the test administrator. */
export async function download(t: TestApp, path = `export.xlsx`, plan = SLUG): Promise<Buffer> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/plans/${plan}/${path}`,
    headers: authHeaders(t.app),
  });
  if (res.statusCode !== 200) throw new Error(`export gave ${res.statusCode}: ${res.body}`);
  return res.rawPayload;
}

/** POST a file to the import, as a dry run unless `apply`. */
export function upload(
  t: TestApp,
  file: Buffer,
  opts: {
    apply?: boolean;
    deleteMissing?: boolean;
    plan?: string;
    name?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<LightMyRequestResponse> {
  const { payload, headers } = multipart(file, opts.name);
  const q = `apply=${opts.apply === true}&deleteMissing=${opts.deleteMissing === true}`;
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/plans/${opts.plan ?? SLUG}/import?${q}`,
    headers: { ...(opts.headers ?? authHeaders(t.app)), ...headers },
    payload,
  });
}

/** The report of a successful (200) import request. */
export function reportOf(res: LightMyRequestResponse): ImportReport {
  if (res.statusCode !== 200) throw new Error(`import gave ${res.statusCode}: ${res.body}`);
  return res.json<ImportReport>();
}

/** A cell as compared in tests: dates as ISO days, everything else as read. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v ?? null;
}

/** Every data sheet of a workbook as header → value rows, keyed by the row's key. */
export async function sheetsOf(buf: Buffer): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out = new Map<string, Map<string, Record<string, unknown>>>();
  for (const ws of wb.worksheets) {
    if (ws.name === 'Om') continue;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    const rows = new Map<string, Record<string, unknown>>();
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      const rec: Record<string, unknown> = {};
      headers.forEach((h, i) => (rec[h] = plain(values[i])));
      rows.set(String(rec[headers[0]]), rec);
    });
    out.set(ws.name, rows);
  }
  return out;
}

/** Change a workbook as a person would in Excel, and save it. */
export async function edit(buf: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The row number of a key in a sheet. */
export function rowOf(ws: ExcelJS.Worksheet, key: string): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === key) found = n;
  });
  if (found < 0) throw new Error(`no row ${key} in ${ws.name}`);
  return found;
}

/** The column number of a header in a sheet. */
export function colOf(ws: ExcelJS.Worksheet, header: string): number {
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => (typeof v === 'string' ? v : ''));
  const n = headers.indexOf(header);
  if (n < 1) throw new Error(`no column ${header} in ${ws.name}`);
  return n;
}

/**
 * What a person sees of the Aktiviteter sheet besides its values: frozen header row and key column, the grey key
 * column with its note, the hidden version and checksum columns, bold Danish headers, formats and drop-down lists.
 */
export async function activitiesForm(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Aktiviteter')!;
  const last = ws.rowCount;
  const validation = (header: string, row: number) =>
    ws.getCell(row, colOf(ws, header)).dataValidation as ExcelJS.DataValidation | undefined;
  return {
    view: ws.views[0],
    headers: (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1, 6),
    headerBold: ws.getCell('B1').font?.bold === true && ws.getCell('E1').font?.bold === true,
    hidden: [1, 2, 3, 4].map((n) => ws.getColumn(n).hidden),
    keyFill: [ws.getCell('A1').fill, ws.getCell(`A${last}`).fill],
    note: ws.getCell('A1').note,
    dateFormat: ws.getCell(last, colOf(ws, 'Fra dato')).numFmt,
    countFormat: ws.getCell(last, colOf(ws, 'Antal gange')).numFmt,
    state: [validation('Status', 2), validation('Status', last + 500)],
    initiative: validation('Indsats', last)?.formulae,
    count: validation('Antal gange', last),
    rows: last - 1,
  };
}

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

/** The form of the Aktiviteter sheet as exported, of a plan whose initiatives take `initiativeRows` rows. */
export function exportedForm(initiativeRows: number) {
  return {
    view: { state: 'frozen', xSplit: 1, ySplit: 1 },
    headers: ['Nøgle (må ikke ændres)', 'Version', 'Kontrolsum', 'Indsats', 'Status'],
    headerBold: true,
    hidden: [false, true, true, false],
    keyFill: [GREY, GREY],
    note: 'Nøglen identificerer rækken ved import. Ændr den ikke; lad den være tom i nye rækker.',
    dateFormat: 'dd-mm-yyyy',
    countFormat: '#,##0',
    state: Array(2).fill({
      type: 'list',
      formulae: ['"planlagt,gennemført,aflyst"'],
      showErrorMessage: true,
      errorTitle: 'Status',
      error: 'Vælg en værdi fra listen.',
    }),
    initiative: [`'Indsatser'!$A$2:$A$${initiativeRows + 501}`],
    count: {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
      errorTitle: 'Antal gange',
      error: 'Skriv et helt tal.',
    },
  };
}
