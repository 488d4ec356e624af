/**
 * Writing a plan's workbook (exceljs) and one sheet as a Danish CSV file. The workbook has an "Om" sheet naming the
 * plan and the format, then one sheet per kind: a frozen header row in Danish, the key column marked grey, the
 * version and checksum columns hidden, drop-down lists for every enumeration, dates as Excel dates, numbers as
 * numbers.
 */
import { cellValue, checksum, csvCell } from './cells';
import { SLICE_MS } from './slice';
import type { NewPlanFrame, StoredBook, StoredRow } from './repository';
import {
  CHECK_HEADER,
  FORMAT_VERSION,
  INFO_SHEET,
  KEY_HEADER,
  reachColumns,
  SHEETS,
  VERSION_HEADER,
  type Column,
  type Sheet,
} from './sheets';
import {
  startWorkbook,
  type XlsxCell,
  type XlsxColumn,
  type XlsxPart,
  type XlsxSheetFrame,
} from './xlsx-write.mjs';

/** Reports rows written so far (for a progress bar). */
export type OnProgress = (done: number, total: number, label: string) => void;

/** The columns of a sheet in a workbook of this book: the fixed ones, and for activities one per target group. */
export function columnsOf(sheet: Sheet, groups: readonly string[]): Column[] {
  return sheet.key === 'activities' ? [...sheet.columns, ...reachColumns(groups)] : sheet.columns;
}

/** The cells of one row: key, version, checksum, then the values. A new row (id 0) has only its own key, if any. */
function rowCells(cols: Column[], r: StoredRow): XlsxCell[] {
  const values = cols.map((c) => cellValue(c, r.values[c.field]));
  if (r.id === 0) return [r.key === '' ? null : r.key, null, null, ...values];
  return [r.key, r.version, checksum(r.values), ...values];
}

/** The rows of the "Om" sheet that describe a plan to be created. */
export function newPlanRows(f: NewPlanFrame): XlsxCell[][] {
  const day = (iso: string) => cellValue({ field: '', header: '', type: { t: 'date' } }, iso);
  return [
    ['Tema', f.theme],
    ['Periode fra', day(f.periodFrom)],
    ['Periode til', day(f.periodTo)],
    ['Forvaltning', f.unit],
    ['Organisation', f.organisation],
    ...f.units.map((u) => ['Ny forvaltning', u.code, u.name]),
    ...(f.review ?? []).map((r) => [
      'Til gennemsyn',
      r.blocking ? `Skal rettes før import: ${r.message}` : r.message,
    ]),
  ];
}

/** Data rows per part at most; a part also ends once its cells took SLICE_MS to work out (checksums included),
 * so that making one and handing it to the worker thread is a short turn of the main thread on a busy machine too. */
const ROWS_PER_PART = 500;

const COL_LETTER = (n: number): string =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : COL_LETTER(Math.floor((n - 1) / 26)) + COL_LETTER(((n - 1) % 26) + 1);

/** The rows of the "Om" sheet: the plan, the format, a plan to be created, and how to use the workbook. */
function infoRows(book: StoredBook): XlsxCell[][] {
  return [
    ['Handleplan', book.plan.slug],
    ['Plan-id', book.plan.id === 0 ? null : book.plan.id],
    ['Titel', book.plan.title],
    ['Format', FORMAT_VERSION],
    ['Eksporteret', new Date().toISOString()],
    ...(book.newPlan
      ? [
          ['Ny handleplan', 'Planen findes ikke endnu: "indsats import" opretter den med rækkerne nedenfor.'],
          ...newPlanRows(book.newPlan),
        ]
      : []),
    [],
    ['Sådan bruges regnearket'],
    ['Nøgle', 'Den grå kolonne A identificerer rækken. Lad den stå; en ny række har en tom nøgle.'],
    ['Ny indsats', 'Giv en ny indsats en nøgle efter eget valg (fx "ny-1") og brug den i kolonnen Indsats.'],
    ['Målgruppe: …', 'En ny kolonne "Målgruppe: <navn>" i Aktiviteter opretter målgruppen.'],
    ['Slet', 'Slettede rækker slettes kun, når importen bedes om det (--delete-missing).'],
  ];
}

/**
 * The workbook of a plan as parts for xlsx-write.mjs, in order: the "Om" sheet, then per sheet its frame (Danish
 * headers, hidden version and checksum columns, formats, drop-down lists) and its rows in slices. Plain data, so
 * the parts can be handed to a worker thread one at a time.
 */
export function* workbookParts(book: StoredBook): Generator<XlsxPart> {
  const total = SHEETS.reduce((n, s) => n + book.sheets[s.key].length, 0);
  yield { info: { name: INFO_SHEET, widths: [24, 60], rows: infoRows(book), total } };
  for (const sheet of SHEETS) {
    const cols = columnsOf(sheet, book.groups);
    const rows = book.sheets[sheet.key];
    yield { sheet: sheetFrame(sheet, cols, rows.length, book) };
    let part: XlsxCell[][] = [];
    let since = performance.now();
    for (const r of rows) {
      part.push(rowCells(cols, r));
      if (part.length === ROWS_PER_PART || performance.now() - since >= SLICE_MS) {
        yield { rows: part };
        part = [];
        since = performance.now();
      }
    }
    if (part.length > 0) yield { rows: part };
  }
}

/** Build the workbook of a plan on this thread (service.ts writes large plans in a worker thread). */
export async function writeWorkbook(book: StoredBook, onProgress?: OnProgress): Promise<Buffer> {
  const writer = startWorkbook(onProgress);
  for (const part of workbookParts(book)) writer.part(part);
  return writer.end();
}

/** A sheet's columns (key, hidden version and checksum, then its own), formats and drop-down lists. */
function sheetFrame(sheet: Sheet, cols: Column[], count: number, book: StoredBook): XlsxSheetFrame {
  const last = count + 1 + 500;
  const validations: XlsxSheetFrame['validations'] = [];
  const columns: XlsxColumn[] = cols.map((c, n) => {
    const letter = COL_LETTER(n + 4);
    const range = `${letter}2:${letter}${last}`;
    const list = listFor(c, book);
    if (list)
      validations.push({
        range,
        rule: {
          type: 'list',
          allowBlank: !c.required,
          formulae: [list],
          showErrorMessage: true,
          errorTitle: c.header,
          error: 'Vælg en værdi fra listen.',
        },
      });
    if (c.type.t === 'int' || c.type.t === 'decimal')
      validations.push({
        range,
        rule: {
          type: c.type.t === 'int' ? 'whole' : 'decimal',
          operator: 'greaterThanOrEqual',
          allowBlank: true,
          formulae: [c.field === 'baseline' || c.field === 'value' ? -1e12 : 0],
          showErrorMessage: true,
          errorTitle: c.header,
          error: c.type.t === 'int' ? 'Skriv et helt tal.' : 'Skriv et tal.',
        },
      });
    return { header: c.header, width: c.width ?? 16, numFmt: numFmtOf(c) };
  });
  return {
    name: sheet.name,
    columns: [
      { header: KEY_HEADER, width: 14 },
      { header: VERSION_HEADER, width: 8, hidden: true },
      { header: CHECK_HEADER, width: 18, hidden: true },
      ...columns,
    ],
    validations,
  };
}

/** Dates as Danish dates; years without a thousands separator, other whole numbers with one. */
function numFmtOf(c: Column): string | undefined {
  if (c.type.t === 'date') return 'dd-mm-yyyy';
  if (c.type.t === 'int') return c.field.startsWith('year') || c.field === 'fundedUntil' ? '0' : '#,##0';
  return undefined;
}

/** The drop-down list of a column: its choices inline, or the names of a reference sheet. */
function listFor(c: Column, book: StoredBook): string | null {
  if (c.type.t === 'enum') return `"${c.type.choices.map((x) => x.label).join(',')}"`;
  const rows = (sheet: 'partners' | 'initiatives' | 'targets', name: string, col: string) =>
    `'${name}'!$${col}$2:$${col}$${book.sheets[sheet].length + 501}`;
  if (c.field === 'partner') return rows('partners', 'Partnere', 'D');
  if (c.type.t === 'ref' && c.type.sheet === 'initiatives') return rows('initiatives', 'Indsatser', 'A');
  if (c.type.t === 'ref' && c.type.sheet === 'targets') return rows('targets', 'Mål', 'A');
  if (c.field === 'unit' && book.unitCodes.length > 0) return `"${book.unitCodes.join(',')}"`;
  return null;
}

/** One sheet as CSV for Danish Excel: UTF-8 with BOM, ";" between fields, decimal comma, CRLF line ends. */
export function writeCsv(book: StoredBook, sheet: Sheet): Buffer {
  const cols = columnsOf(sheet, book.groups);
  const lines = [[KEY_HEADER, VERSION_HEADER, CHECK_HEADER, ...cols.map((c) => c.header)]];
  for (const r of book.sheets[sheet.key])
    lines.push([
      r.key,
      String(r.version),
      checksum(r.values),
      ...cols.map((c) => csvCell(c, r.values[c.field])),
    ]);
  const quote = (s: string) => (/[;"\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return Buffer.from(`\ufeff${lines.map((l) => l.map(quote).join(';')).join('\r\n')}\r\n`, 'utf8');
}
