/**
 * From raw sheets to rows of values: headers matched to columns (a "Målgruppe: …" header in Aktiviteter is a reach
 * column, possibly of a new target group), every cell read by its column's type, the key, version and checksum
 * taken apart. Problems are collected, never thrown, so the dry run can list all of them at once.
 */
import { readCell } from './cells';
import { letter, type CellError, type RawSheet } from './read';
import { timeSlicer } from './slice';
import {
  CHECK_HEADER,
  KEY_HEADER,
  REACH_PREFIX,
  VERSION_HEADER,
  idOfKey,
  type Column,
  type Sheet,
  type Value,
} from './sheets';

/** One row as the person left it. */
export interface SheetRow {
  sheet: Sheet;
  /** The row number in the sheet (1 is the header). */
  row: number;
  /** The key cell: a stored row's key, a person's own key for a new row, or null. */
  key: string | null;
  /** The stored id the key names, for a stored row's key. */
  id: number | null;
  version: number | null;
  check: string | null;
  values: Record<string, Value>;
  /** The fields whose column the sheet has (a removed column keeps the stored value); one set for the sheet. */
  present: ReadonlySet<string>;
  /** A cell could not be read (reported already): the row is not checked further. */
  failed: boolean;
}

/** A sheet's rows and the target groups its reach columns name. */
export interface ParsedSheet {
  sheet: Sheet;
  rows: SheetRow[];
  reachGroups: string[];
  /** Column header → letter, for messages. */
  letters: Map<string, string>;
}

/** An error at a cell. */
export function cellError(
  sheet: Sheet,
  row: number | null,
  column: string | null,
  at: string | null,
  message: string,
): CellError {
  return { sheet: sheet.name, row, column, cell: at, message };
}

/** Match headers and read every row of a sheet. */
export async function parseSheet(raw: RawSheet, errors: CellError[]): Promise<ParsedSheet> {
  const { sheet } = raw;
  const byHeader = new Map(sheet.columns.map((c) => [c.header.toLowerCase(), c]));
  const cols: (Column | 'key' | 'version' | 'check' | null)[] = [];
  const reachGroups: string[] = [];
  const letters = new Map<string, string>();
  const seen = new Set<string>();
  raw.headers.forEach((h, n) => {
    const lower = h.toLowerCase();
    letters.set(h, letter(n));
    if (h === '') return void cols.push(null);
    if (seen.has(lower)) {
      errors.push(cellError(sheet, 1, h, `${letter(n)}1`, `Kolonnen "${h}" står flere gange.`));
      return void cols.push(null);
    }
    seen.add(lower);
    if (lower === KEY_HEADER.toLowerCase() || lower === 'nøgle') return void cols.push('key');
    if (lower === VERSION_HEADER.toLowerCase()) return void cols.push('version');
    if (lower === CHECK_HEADER.toLowerCase()) return void cols.push('check');
    const col = byHeader.get(lower);
    if (col) return void cols.push(col);
    if (
      sheet.key === 'activities' &&
      h.startsWith(REACH_PREFIX) &&
      h.slice(REACH_PREFIX.length).trim() !== ''
    ) {
      const group = h.slice(REACH_PREFIX.length).trim();
      reachGroups.push(group);
      return void cols.push({ field: `reach:${group}`, header: h, type: { t: 'int' } });
    }
    errors.push(
      cellError(
        sheet,
        1,
        h,
        `${letter(n)}1`,
        `Kolonnen "${h}" er ukendt. Brug overskrifterne fra eksporten.`,
      ),
    );
    cols.push(null);
  });
  if (!cols.includes('key'))
    errors.push(cellError(sheet, 1, KEY_HEADER, null, `Arket mangler kolonnen "${KEY_HEADER}".`));
  for (const c of sheet.columns)
    if (c.required && !cols.some((x) => typeof x === 'object' && x?.field === c.field))
      errors.push(cellError(sheet, 1, c.header, null, `Arket mangler kolonnen "${c.header}".`));

  const present = new Set<string>();
  for (const col of cols) if (col !== null && typeof col === 'object') present.add(col.field);
  const rows: SheetRow[] = [];
  // A long sheet is read in slices, so other requests are served in between.
  const slice = timeSlicer();
  for (const { row, cells } of raw.rows) {
    await slice();
    const r: SheetRow = {
      sheet,
      row,
      key: null,
      id: null,
      version: null,
      check: null,
      values: {},
      present,
      failed: false,
    };
    cols.forEach((col, n) => {
      const cell = cells[n];
      if (col === null) return;
      if (col === 'key' || col === 'check') {
        const t = typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : '';
        if (col === 'key') r.key = t === '' ? null : t;
        else r.check = t === '' ? null : t;
        return;
      }
      if (col === 'version') {
        const v = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : NaN;
        r.version = Number.isInteger(v) && v > 0 ? v : null;
        return;
      }
      const read = readCell(col, cell);
      if (read.ok) r.values[col.field] = read.value === col.blank ? null : read.value;
      else {
        r.failed = true;
        errors.push(cellError(sheet, row, col.header, `${letter(n)}${row}`, read.message));
      }
    });
    r.id = r.key === null ? null : idOfKey(sheet, r.key);
    rows.push(r);
  }
  return { sheet, rows, reachGroups, letters };
}
