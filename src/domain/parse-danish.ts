/**
 * Reading numbers and dates the way a Danish spreadsheet writes them: "1.234,5", "1234,5", "30-09-2018",
 * "30.09.2018", "2018-09-30". The workbook exchange and its CSV form read cells with these, so what Danish Excel
 * shows is read back as the same value. Pure: no I/O.
 */
import { parseIsoDate } from './format-period';

/**
 * A number written the Danish way (decimal comma, optional "." thousands groups) or plainly ("1234.5" is read as
 * 1234,5 only when it cannot be a thousands group). Null for anything that is not a number ("N/A", "", "12 stk.").
 */
export function parseDanishNumber(raw: string): number | null {
  const s = raw.trim().replace(/[\u00a0\u202f ]/g, '');
  if (s === '') return null;
  let normal: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(s)) normal = s.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(s)) normal = s;
  else return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** A calendar date as "DD-MM-YYYY", "DD.MM.YYYY", "DD/MM/YYYY" (day first, as in Denmark) or ISO; null if no such day. */
export function parseDanishDate(raw: string): string | null {
  const s = raw.trim();
  if (parseIsoDate(s) !== null) return s;
  const m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(s);
  if (m === null) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return parseIsoDate(iso) === null ? null : iso;
}

/** A date as Danish Excel writes it in a CSV file: "01-09-2018". */
export function csvDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** A number for a Danish CSV file: decimal comma, no thousands separator (Excel reads it as a number). */
export function csvNumber(n: number): string {
  return String(n).replace('.', ',');
}
