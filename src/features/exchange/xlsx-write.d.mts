/** The types of xlsx-write.mjs: a workbook written with exceljs's streaming writer from plain data. */
import type { DataValidation } from 'exceljs';

/** A cell as written: text, a number, a date, or empty. */
export type XlsxCell = string | number | Date | null;

/** A column of a data sheet: its Danish header, its width, whether it is hidden, its number format. */
export interface XlsxColumn {
  header: string;
  width: number;
  hidden?: boolean;
  numFmt?: string;
}

/** A data sheet's frame, written before its rows: columns, and validations by range ("D2:D10501"). */
export interface XlsxSheetFrame {
  name: string;
  columns: XlsxColumn[];
  validations: { range: string; rule: DataValidation }[];
}

/**
 * One part of a workbook, in order: the "Om" sheet (its rows, column widths, and the number of data rows to come,
 * for the progress), then per data sheet its frame and its rows in slices.
 */
export type XlsxPart =
  | { info: { name: string; widths: number[]; rows: XlsxCell[][]; total: number } }
  | { sheet: XlsxSheetFrame }
  | { rows: XlsxCell[][] };

/** A workbook being written. */
export interface XlsxWriter {
  part(p: XlsxPart): void;
  end(): Promise<Buffer>;
}

/** Start a workbook; `onRows` hears how many data rows of `total` are written, and in which sheet. */
export function startWorkbook(onRows?: (done: number, total: number, sheet: string) => void): XlsxWriter;
