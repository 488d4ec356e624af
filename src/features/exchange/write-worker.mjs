// Writes a plan's workbook off the main thread: exceljs builds a 10,000-row sheet's XML and zips it in long
// synchronous stretches, which would hold up every other request. The worker gets the plan as read (plain data),
// reports progress, and answers the file's bytes. write.ts is TypeScript: a worker does not inherit a loader
// registered in the main thread (bin/indsats.mjs, vitest), so the worker registers tsx itself.
import { parentPort } from 'node:worker_threads';

async function load() {
  // A failed import is remembered by the module loader, so the loader is registered before the first attempt.
  const { register } = await import('tsx/esm/api');
  register();
  return import('./write.ts');
}

/** The plan arrives in messages (the frame, then rows of a sheet in slices, then `end`): one large message would
 * hold the main thread while it is copied. */
function receive() {
  return new Promise((resolve) => {
    let book = null;
    parentPort.on('message', (m) => {
      if (m.frame) book = m.frame;
      else if (m.rows) book.sheets[m.sheet].push(...m.rows);
      else if (m.end) resolve(book);
    });
  });
}

try {
  const [{ writeWorkbook }, book] = await Promise.all([load(), receive()]);
  const body = await writeWorkbook(book, (done, total, label) =>
    parentPort.postMessage({ progress: [done, total, label] }),
  );
  parentPort.postMessage({ body });
} catch (err) {
  parentPort.postMessage({ error: String(err?.stack ?? err) });
}
