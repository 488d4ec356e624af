/** CSV for Danish Excel: UTF-8 with a byte-order mark, semicolons, CRLF, quoted where needed, no formulas. */

/** Excel opens a UTF-8 file correctly only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';
const SEPARATOR = ';';

/**
 * One cell. A text that Excel would run as a formula (it starts with = + - @, a tab or a carriage return) is
 * prefixed with an apostrophe (OWASP "CSV injection"); a cell with the separator, a quote or a line break is quoted.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A whole document: header row and data rows, BOM first. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
