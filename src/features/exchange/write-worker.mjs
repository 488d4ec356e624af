// Writes a plan's workbook off the main thread: exceljs turns a 10,000-row sheet into XML in long synchronous
// stretches, which would hold up every other request. The worker gets the workbook as plain parts (write.ts lays
// them out: cells, columns, lists), writes each as it arrives, reports progress, and answers the file's bytes.
// Plain JavaScript, so the worker starts without a TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { startWorkbook } from './xlsx-write.mjs';

const writer = startWorkbook((done, total, label) =>
  parentPort.postMessage({ progress: [done, total, label] }),
);

parentPort.on('message', async (m) => {
  try {
    if (!m.end) return writer.part(m);
    const body = await writer.end();
    parentPort.postMessage({ body });
  } catch (err) {
    parentPort.postMessage({ error: String(err?.stack ?? err) });
  }
});
