/**
 * One cell, both ways: a value as the workbook writes it (a real date, a number, a Danish label, a list joined
 * with "; ") and a cell as a person may have left it (a date typed as text, "1.234,5", a label in any case), read
 * back to the same value or to a Danish message saying what is wrong.
 */
import { createHash } from 'node:crypto';
import { csvDate, csvNumber, parseDanishDate, parseDanishNumber } from '../../domain/parse-danish';
import type { Column, Value } from './sheets';

/** What a cell holds as read from a workbook (exceljs) or a CSV file (text). */
export type RawCell = string | number | boolean | Date | null | undefined | object;

/** A cell read: its value, or why it cannot be used. */
export type Read = { ok: true; value: Value } | { ok: false; message: string };

const LIST_SEPARATOR = '; ';
const danish = new Intl.Collator('da');

/** A list of names as stored and compared: each once, in Danish alphabetical order. */
export function sortedNames(names: readonly string[]): string[] {
  return [...new Set(names)].sort(danish.compare);
}

/** A value as an exceljs cell value. */
export function cellValue(col: Column, v: Value | undefined): string | number | Date | null {
  if (v === null || v === undefined) return null;
  switch (col.type.t) {
    case 'date': {
      const [y, m, d] = String(v).split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'enum':
      return col.type.choices.find((c) => c.code === v)?.label ?? String(v);
    case 'list':
      return (v as string[]).length === 0 ? null : (v as string[]).join(LIST_SEPARATOR);
    case 'text':
    case 'int':
    case 'decimal':
    case 'ref':
      return v as string | number;
  }
}

/** A value as the text of a Danish CSV cell. */
export function csvCell(col: Column, v: Value | undefined): string {
  const c = cellValue(col, v);
  if (c === null) return '';
  if (c instanceof Date) return csvDate(v as string);
  if (typeof c === 'number') return csvNumber(c);
  return c;
}

const ok = (value: Value): Read => ({ ok: true, value });
const bad = (message: string): Read => ({ ok: false, message });

/** The text of a cell that is not a formula, a date or a number (rich text and links give their text). */
function textOf(raw: RawCell): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) return null;
  const o = raw as { richText?: { text: string }[]; text?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
  if (typeof o.text === 'string') return o.text;
  return null;
}

/** Whether a raw cell is a formula (the exchange takes values only). */
export function isFormula(raw: RawCell): boolean {
  return raw !== null && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw);
}

/** Read a cell as the column's type. */
export function readCell(col: Column, raw: RawCell): Read {
  if (raw instanceof Date && col.type.t !== 'date') return bad('Cellen indeholder en dato, men skal ikke.');
  const text = raw instanceof Date ? null : textOf(raw);
  if (!(raw instanceof Date) && (text === null || text.trim() === '')) {
    if (raw !== null && raw !== undefined && text === null) return bad('Cellen kan ikke læses som en værdi.');
    return col.required ? bad('Skal udfyldes.') : ok(col.type.t === 'list' ? [] : null);
  }
  switch (col.type.t) {
    case 'text':
      return ok(text);
    case 'int':
    case 'decimal': {
      const n = typeof raw === 'number' ? raw : parseDanishNumber(text!);
      if (n === null) return bad(`"${text}" er ikke et tal.`);
      if (col.type.t === 'int' && !Number.isInteger(n)) return bad(`"${text}" er ikke et helt tal.`);
      return ok(n);
    }
    case 'date': {
      if (raw instanceof Date) {
        if (Number.isNaN(raw.getTime())) return bad('Datoen er ugyldig.');
        return ok(raw.toISOString().slice(0, 10));
      }
      if (typeof raw === 'number') return bad(`"${text}" er ikke en dato (brug DD-MM-ÅÅÅÅ).`);
      const iso = parseDanishDate(text!);
      return iso === null ? bad(`"${text}" er ikke en gyldig dato (brug DD-MM-ÅÅÅÅ).`) : ok(iso);
    }
    case 'enum': {
      const t = text!.trim().toLowerCase();
      const c = col.type.choices.find((x) => x.label.toLowerCase() === t || x.code.toLowerCase() === t);
      return c
        ? ok(c.code)
        : bad(`"${text}" er ikke en af mulighederne: ${col.type.choices.map((x) => x.label).join(', ')}.`);
    }
    case 'list': {
      const items = text!
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const allowed = col.type.of;
      const wrong = allowed ? items.find((i) => !allowed.includes(i)) : undefined;
      if (wrong !== undefined) return bad(`"${wrong}" er ikke en af mulighederne: ${allowed!.join(', ')}.`);
      return ok(sortedNames(items));
    }
    case 'ref':
      return ok(text!.trim());
  }
}

/**
 * The values that matter for comparison, in a fixed order: empty cells and empty lists left out. The text is the
 * JSON of the [field, value] pairs sorted by field (checksums in files already sent out depend on it), built
 * without the intermediate arrays: it is computed for every row of an import.
 */
export function canonical(values: Record<string, Value>): string {
  const keys = Object.keys(values).sort();
  let out = '';
  for (const k of keys) {
    const v = values[k];
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out += `${out === '' ? '' : ','}[${JSON.stringify(k)},${JSON.stringify(v)}]`;
  }
  return `[${out}]`;
}

/** A short checksum of a row's values, written beside it so an import sees whether a person changed it. */
export function checksum(values: Record<string, Value>): string {
  return createHash('sha256').update(canonical(values)).digest('hex').slice(0, 16);
}
