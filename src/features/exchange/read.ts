/**
 * Reading a file a person sends back: an XLSX workbook (exceljs, after the size checks in ./limits.ts) or one sheet
 * as CSV. The result is raw: per sheet its header row and its rows of cells, plus every problem of form found on
 * the way (formulas, merged cells, unknown sheets and columns), each naming sheet, row and column.
 */
import type { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { Problem } from '../../domain/problem';
import { isFormula, type RawCell } from './cells';
import {
  checkArchive,
  checkFileSize,
  checkRowCount,
  looksLikeZip,
  notAWorkbook,
  type Limits,
  LIMITS,
} from './limits';
import { parseDanishDate } from '../../domain/parse-danish';
import type { NewPlanFrame } from './repository';
import { timeSlicer } from './slice';
import { plainWorker } from './threads';
import { INFO_SHEET, REACH_PREFIX, SHEETS, sheetNamed, type Sheet } from './sheets';

/** A problem in the file, where a person finds it: sheet, row (1-based, as Excel numbers them) and column. */
export interface CellError {
  sheet: string;
  row: number | null;
  column: string | null;
  /** The cell's address ("H12"), when one cell is at fault. */
  cell: string | null;
  message: string;
}

/** One sheet as read: its header texts by column (0-based) and its non-empty rows. */
export interface RawSheet {
  sheet: Sheet;
  headers: string[];
  rows: { row: number; cells: RawCell[] }[];
}

/** What the file names itself: the plan and the format ("Om" sheet); null for a CSV file. */
export interface RawInfo {
  slug: string | null;
  planId: number | null;
  format: number | null;
  title: string | null;
  /** A plan to be created (a proposal from a status memo), when the sheet describes one. */
  newPlan: NewPlanFrame | null;
}

/** A file read. */
export interface RawBook {
  kind: 'xlsx' | 'csv';
  info: RawInfo | null;
  sheets: RawSheet[];
  errors: CellError[];
}

/** The column letters of a 0-based index: 0 → "A", 27 → "AB". */
export function letter(n: number): string {
  return n < 26 ? String.fromCharCode(65 + n) : letter(Math.floor(n / 26) - 1) + letter(n % 26);
}

/** Reports the rows of a workbook parsed so far, of all its rows (for a progress bar). */
export type OnRows = (done: number, total: number) => void;

/** Read an uploaded file: a workbook when it is a zip archive, else CSV text. */
export async function readFile(buf: Buffer, limits: Limits = LIMITS, onRows?: OnRows): Promise<RawBook> {
  checkFileSize(buf.length, limits);
  if (looksLikeZip(buf)) return readWorkbook(buf, limits, onRows);
  return readCsv(buf, limits);
}

/** A worksheet as parsed: its rows of cells (row number, cells from column A) and its merged ranges. */
interface ParsedWorksheet {
  name: string;
  rows: [number, RawCell[]][];
  merges: string[];
}

/** Files from this size on are parsed in a worker thread; smaller ones are quicker to parse than to hand over. */
const WORKER_FROM_BYTES = 128 * 1024;

/** Parse with exceljs on this thread (a small file). */
async function parseXlsx(buf: Buffer): Promise<ParsedWorksheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw notAWorkbook();
  }
  return wb.worksheets.map((ws) => {
    const rows: [number, RawCell[]][] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      rows.push([n, (row.values as RawCell[]).slice(1).map((v) => (isFormula(v) ? { formula: true } : v))]);
    });
    // exceljs keeps merges in a private map; its public `model` would copy every cell of the sheet.
    const merges = ws.hasMerges
      ? Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map(
          (m) => m.range,
        )
      : [];
    return { name: ws.name, rows, merges };
  });
}

/** A worker thread that parses one workbook once it is given the bytes (or is stopped, when the checks fail). */
interface Parser {
  parse(buf: Buffer, onRows: (n: number) => void): Promise<ParsedWorksheet[]>;
  stop(): void;
}

const PARSER = new URL('./xlsx-worker.mjs', import.meta.url);

/**
 * A parser started ahead of need, with exceljs loaded, waiting for a file (kept by `keepParserWarm`). It never holds
 * the process open (unref) while it waits.
 */
let spare: { worker: Worker; ready: Promise<void> } | null = null;
let keepWarm = false;
/** What the parsers did, for tests: workers started, and imports that took a waiting one. */
const counts = { started: 0, tookWaiting: 0 };

/** Whether a parser waits now, and the counts so far. */
export function parserState(): { waiting: boolean; started: number; tookWaiting: number } {
  return { waiting: spare !== null, ...counts };
}

function startSpare(): { worker: Worker; ready: Promise<void> } {
  counts.started++;
  const worker = plainWorker(PARSER);
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  ready.catch(() => undefined);
  const started = { worker, ready };
  // A spare that dies (it should not) is simply not used.
  worker.once('exit', () => {
    if (spare === started) spare = null;
  });
  return started;
}

/**
 * Keep one parser loaded and waiting, so that an import does not first wait for exceljs to load (about 0.4 s);
 * after each import a new one is started. The server does this when it starts (`startServer`); resolves once the
 * waiting parser is ready.
 */
export function keepParserWarm(): Promise<void> {
  keepWarm = true;
  spare ??= startSpare();
  return spare.ready;
}

/** Stop keeping a parser waiting (the server's close). */
export function stopParserWarm(): void {
  keepWarm = false;
  void spare?.worker.terminate();
  spare = null;
}

function startParser(): Parser {
  const taken = spare;
  spare = null;
  if (taken) counts.tookWaiting++;
  else counts.started++;
  const worker = taken?.worker ?? plainWorker(PARSER);
  worker.ref();
  // The next import's parser starts once this one is done, not beside it.
  worker.once('exit', () => {
    if (keepWarm && spare === null) setImmediate(() => keepWarm && (spare ??= startSpare()));
  });
  return {
    parse: (buf, onRows) => parseInWorker(worker, buf, onRows),
    stop: () => void worker.terminate(),
  };
}

/** A message of the parser: a sheet begins, rows of it, its merged ranges (at its end), or the end. */
interface ParserMessage {
  /** exceljs is loaded and the parser waits for the bytes. */
  ready?: boolean;
  ok?: boolean;
  sheet?: { name: string; index: number; merges: string[] };
  rows?: [number, RawCell[]][];
  merges?: string[];
}

function parseInWorker(worker: Worker, buf: Buffer, onRows: (n: number) => void): Promise<ParsedWorksheet[]> {
  return new Promise((resolve, reject) => {
    const bytes = new Uint8Array(buf);
    worker.postMessage(bytes, [bytes.buffer]);
    const sheets: (ParsedWorksheet & { index: number })[] = [];
    worker.on('message', (m: ParserMessage) => {
      const current = sheets[sheets.length - 1];
      if (m.ready) return;
      if (m.sheet) sheets.push({ ...m.sheet, rows: [] });
      else if (m.rows) {
        current.rows.push(...m.rows);
        onRows(m.rows.length);
      } else if (m.merges) current.merges.push(...m.merges);
      else {
        void worker.terminate();
        // The sheets in the workbook's order (the streaming parser meets them in the archive's order).
        if (m.ok) resolve(sheets.sort((a, b) => a.index - b.index));
        else reject(notAWorkbook());
      }
    });
    worker.once('error', (err) => reject(err));
  });
}

async function readWorkbook(buf: Buffer, limits: Limits, onRows?: OnRows): Promise<RawBook> {
  // The worker loads exceljs while the archive is checked here; it gets the bytes only once they pass.
  const parser = buf.length >= WORKER_FROM_BYTES ? startParser() : null;
  let total: number;
  try {
    total = await checkArchive(buf, limits);
  } catch (err) {
    parser?.stop();
    throw err;
  }
  let done = 0;
  onRows?.(0, total);
  const parsed = parser ? await parser.parse(buf, (n) => onRows?.((done += n), total)) : await parseXlsx(buf);
  const errors: CellError[] = [];
  const sheets: RawSheet[] = [];
  let info: RawInfo | null = null;
  for (const ws of parsed) {
    if (ws.name === INFO_SHEET) {
      info = readInfo(ws);
      continue;
    }
    const sheet = sheetNamed(ws.name);
    if (!sheet) {
      errors.push({
        sheet: ws.name,
        row: null,
        column: null,
        cell: null,
        message: 'Arket er ukendt og er ikke læst. Omdøb det til et af arkene fra eksporten, eller slet det.',
      });
      continue;
    }
    for (const range of ws.merges)
      errors.push({
        sheet: ws.name,
        row: null,
        column: null,
        cell: range,
        message: `Flettede celler (${range}) kan ikke importeres. Ophæv fletningen.`,
      });
    const raw: RawSheet = { sheet, headers: [], rows: [] };
    const slice = timeSlicer();
    for (const [n, values] of ws.rows) {
      await slice();
      const cells = values.map((v, c) => {
        if (!isFormula(v)) return v;
        errors.push({
          sheet: ws.name,
          row: n,
          column: null,
          cell: `${letter(c)}${n}`,
          message: 'Cellen indeholder en formel. Importen tager kun værdier: kopiér og indsæt som værdier.',
        });
        return null;
      });
      if (n === 1)
        raw.headers = cells.map((h) =>
          typeof h === 'string'
            ? h.trim()
            : h === null || h === undefined
              ? ''
              : String(h as string | number),
        );
      else if (cells.some((c) => c !== null && c !== undefined && c !== '')) raw.rows.push({ row: n, cells });
    }
    sheets.push(raw);
  }
  return { kind: 'xlsx', info, sheets, errors };
}

function readInfo(ws: ParsedWorksheet): RawInfo {
  const get = (label: string): RawCell => ws.rows.find(([, cells]) => cells[0] === label)?.[1][1] ?? null;
  const num = (v: RawCell) => (typeof v === 'number' ? v : null);
  const str = (v: RawCell) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  const day = (v: RawCell) =>
    v instanceof Date && !Number.isNaN(v.getTime())
      ? v.toISOString().slice(0, 10)
      : typeof v === 'string'
        ? parseDanishDate(v)
        : null;
  const [theme, from, to] = [str(get('Tema')), day(get('Periode fra')), day(get('Periode til'))];
  const newPlan =
    ws.rows.some(([, cells]) => cells[0] === 'Ny handleplan') && theme && from && to
      ? {
          theme,
          periodFrom: from,
          periodTo: to,
          unit: str(get('Forvaltning')),
          organisation: str(get('Organisation')),
          units: ws.rows
            .filter(([, c]) => c[0] === 'Ny forvaltning' && str(c[1]) && str(c[2]))
            .map(([, c]) => ({ code: str(c[1])!, name: str(c[2])! })),
        }
      : null;
  return {
    slug: str(get('Handleplan')),
    planId: num(get('Plan-id')),
    format: num(get('Format')),
    title: str(get('Titel')),
    newPlan,
  };
}

/** Read a CSV file (UTF-8, with or without BOM; ";" or "," between fields, as Excel writes them). */
function readCsv(buf: Buffer, limits: Limits): RawBook {
  const text = buf.toString('utf8').replace(/^\ufeff/, '');
  if (text.includes('\u0000') || text.includes('\ufffd')) throw notAWorkbook();
  const records = parseCsv(text);
  checkRowCount(records.length, limits);
  const headers = (records[0] ?? []).map((h) => h.trim());
  const sheet = csvSheet(headers);
  const rows = records
    .slice(1)
    .map((cells, n) => ({ row: n + 2, cells }))
    .filter((r) => r.cells.some((c) => typeof c === 'string' && c.trim() !== ''));
  return { kind: 'csv', info: null, sheets: [{ sheet, headers, rows }], errors: [] };
}

/** The sheet a CSV file is, told by its headers. */
function csvSheet(headers: string[]): Sheet {
  const fixed = headers.filter((h) => !h.startsWith(REACH_PREFIX));
  const match = SHEETS.find(
    (s) =>
      s.columns.every((c) => !c.required || fixed.includes(c.header)) &&
      fixed.every(
        (h) =>
          h.startsWith('Nøgle') ||
          h === 'Version' ||
          h === 'Kontrolsum' ||
          s.columns.some((c) => c.header === h),
      ),
  );
  if (!match)
    throw new Problem(
      422,
      'unknown_sheet',
      'CSV-filens overskrifter svarer ikke til noget ark i eksporten. Eksportér arket igen, og behold overskrifterne i første linje.',
      "The CSV file's headers match no sheet of the export.",
      'file',
    );
  return match;
}

/** Split CSV text into records: quoted fields may hold the separator, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const sep = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ',';
  const out: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      out.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    out.push(record);
  }
  return out;
}
