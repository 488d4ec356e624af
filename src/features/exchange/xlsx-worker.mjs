// Parses an XLSX workbook off the main thread, so a large import does not hold up other requests. Plain JavaScript:
// a worker does not get the TypeScript loader. Started before the file's size checks (so loading exceljs overlaps
// them), it waits for the file's bytes in a message, then answers every sheet's rows as plain cell values (a formula
// becomes {formula: true}) and its merged ranges; read.ts makes sense of them.
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';

const isFormula = (v) => v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);

parentPort.once('message', async (bytes) => {
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    // Rows go back in messages of 500, so the main thread takes each in a short turn of its own.
    for (const ws of wb.worksheets) {
      const merges = ws.hasMerges ? Object.values(ws._merges).map((m) => m.range) : [];
      parentPort.postMessage({ sheet: { name: ws.name, merges } });
      let rows = [];
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        rows.push([n, row.values.slice(1).map((v) => (isFormula(v) ? { formula: true } : v))]);
        if (rows.length === 500) {
          parentPort.postMessage({ rows });
          rows = [];
        }
      });
      if (rows.length > 0) parentPort.postMessage({ rows });
    }
    parentPort.postMessage({ ok: true });
  } catch {
    parentPort.postMessage({ ok: false });
  }
});
