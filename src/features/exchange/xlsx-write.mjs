// Writes a plan's workbook, laid out by write.ts as plain data, with exceljs's streaming writer: each row becomes XML
// as it arrives and is zipped with Node's zlib, where the in-memory Workbook first builds a model of every cell and
// then zips the whole with a JavaScript deflate (twice the time for a large plan). Plain JavaScript, so the export's
// worker thread (write-worker.mjs) loads it without a TypeScript loader; write.ts uses it on its own thread too.
import { Buffer } from 'node:buffer';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

const KEY_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const KEY_NOTE = 'Nøglen identificerer rækken ved import. Ændr den ikke; lad den være tom i nye rækker.';

/** A workbook being written: `part` takes the parts in order (see xlsx-write.d.mts), `end` answers the bytes. */
export function startWorkbook(onRows) {
  const chunks = [];
  const stream = new Writable({
    write(chunk, _encoding, next) {
      chunks.push(chunk);
      next();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
    // Deflate's usual level (archiver's default is its fastest): a quarter smaller, for little more time.
    zip: { zlib: { level: 6 } },
    creator: 'indsats',
    created: new Date(),
  });
  let ws = null;
  let styles = null;
  let label = '';
  let total = 0;
  let done = 0;
  return {
    part(p) {
      if (p.info) {
        total = p.info.total;
        ws = wb.addWorksheet(p.info.name);
        ws.columns = p.info.widths.map((width) => ({ width }));
        ws.getColumn(1).font = { bold: true };
        for (const r of p.info.rows) ws.addRow(r).commit();
      } else if (p.sheet) {
        ws.commit();
        ws = openSheet(wb, p.sheet);
        styles = ws.columns.map((c) => ({ ...c.style }));
        label = p.sheet.name;
      } else if (p.rows) {
        for (const r of p.rows) addStyledRow(ws, styles, r);
        done += p.rows.length;
        onRows?.(done, total, label);
      }
    },
    async end() {
      ws?.commit();
      await wb.commit();
      return Buffer.concat(chunks);
    },
  };
}

/**
 * A data row whose cells share one style object per column. exceljs gives each new cell a copy of its column's
 * style and then works out the style's id cell by cell (most of the writing time); it remembers the id of a style
 * object it has seen, so cells that share the object cost one lookup. The copies and the shared object hold the
 * same style: every date column has its number format, so no cell's id depends on its value's type.
 */
function addStyledRow(ws, styles, values) {
  const row = ws.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell, n) => {
    cell.style = styles[n - 1];
  });
  row.commit();
}

/** A data sheet: frozen header row and key column, the header in bold, the key column grey with its note, the
 * version and checksum columns hidden, number and date formats, and the drop-down lists (set before the first row,
 * as a streamed row is written with the styles its columns have then). */
function openSheet(wb, frame) {
  const ws = wb.addWorksheet(frame.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = frame.columns.map(({ header, width, hidden }) => ({ header, width, hidden }));
  frame.columns.forEach((c, n) => {
    if (c.numFmt) ws.getColumn(n + 1).numFmt = c.numFmt;
  });
  ws.getColumn(1).fill = KEY_FILL;
  ws.getRow(1).font = { bold: true };
  ws.getCell('A1').note = KEY_NOTE;
  for (const v of frame.validations) ws.dataValidations.add(v.range, v.rule);
  return ws;
}
