// Parses an XLSX workbook off the main thread, so a large import does not hold up other requests. Plain JavaScript:
// a worker does not get the TypeScript loader. Started before the file's size checks (so loading exceljs overlaps
// them), it waits for the file's bytes in a message, then answers every sheet's rows as plain cell values (a formula
// becomes {formula: true}) and its merged ranges; read.ts makes sense of them.
//
// exceljs's streaming reader parses in half the time of its in-memory Workbook (no model of every cell, Node's
// zlib instead of a JavaScript inflate, the drop-down lists not expanded to every cell), and rows go to the main
// thread while later ones are parsed. It does not report merged cells, so they are read from each sheet's XML as
// it streams past; and it turns a number into a date only when it has read the styles before the sheet, so a file
// whose sheets come before its styles or workbook part (not exceljs's nor Excel's order) is parsed in memory.
import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';

const isFormula = (v) => v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
const cells = (values) => values.slice(1).map((v) => (isFormula(v) ? { formula: true } : v));
const MERGE = /<mergeCell\b[^>]*?\bref="([^"]+)"/g;

/** Rows go back in messages of 500, so the main thread takes each in a short turn of its own. */
function sender() {
  let rows = [];
  return {
    row(n, values) {
      rows.push([n, cells(values)]);
      if (rows.length === 500) this.flush();
    },
    flush() {
      if (rows.length > 0) parentPort.postMessage({ rows });
      rows = [];
    },
  };
}

/** The chunks of a sheet's XML, passed on unchanged; the merged ranges found in them are added to `merges`. */
async function* findMerges(chunks, merges) {
  let tail = '';
  for await (const chunk of chunks) {
    const text = tail + chunk.toString('latin1');
    for (const m of text.matchAll(MERGE)) if (m.index + m[0].length > tail.length) merges.push(m[1]);
    tail = text.slice(-80);
    yield chunk;
  }
}

class Reader extends ExcelJS.stream.xlsx.WorkbookReader {
  *_parseWorksheet(chunks, sheetNo) {
    const merges = [];
    for (const event of super._parseWorksheet(findMerges(chunks, merges), sheetNo)) {
      event.value.merges = merges;
      yield event;
    }
  }
}

/** Parse with the streaming reader; false (nothing sent) when the file's order needs the in-memory parse. */
async function streamed(bytes) {
  const reader = new Reader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const seen = new Set();
  let early = false;
  reader.on('entry', ({ type }) => {
    if (type === 'worksheet' && !(seen.has('styles') && seen.has('workbook'))) early = true;
    seen.add(type);
  });
  for await (const ws of reader) {
    if (early) return false;
    const index = (reader.model.sheets ?? []).findIndex((s) => s.name === ws.name);
    parentPort.postMessage({ sheet: { name: ws.name, index, merges: [] } });
    const out = sender();
    for await (const row of ws) if (row.hasValues) out.row(row.number, row.values);
    out.flush();
    parentPort.postMessage({ merges: ws.merges });
  }
  return true;
}

/** Parse with the in-memory Workbook. */
async function inMemory(bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  wb.worksheets.forEach((ws, index) => {
    const merges = ws.hasMerges ? Object.values(ws._merges).map((m) => m.range) : [];
    parentPort.postMessage({ sheet: { name: ws.name, index, merges } });
    const out = sender();
    ws.eachRow({ includeEmpty: false }, (row, n) => out.row(n, row.values));
    out.flush();
  });
}

parentPort.once('message', async (bytes) => {
  try {
    if (!(await streamed(bytes))) await inMemory(bytes);
    parentPort.postMessage({ ok: true });
  } catch {
    parentPort.postMessage({ ok: false });
  }
});
// Loaded and waiting: a parser started ahead of need (read.ts keepParserWarm) says so.
parentPort.postMessage({ ready: true });
