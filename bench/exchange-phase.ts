/**
 * One measured step of `npm run bench exchange`, run in a process of its own so its peak memory (maxRSS) is its
 * own: `tsx bench/exchange-phase.ts <step> <database-url> <file>`. Prints one JSON line: {ms, peakMb, ...}.
 * Steps: export, dry-run, apply (the product), bare-write and bare-read (exceljs alone on the same rows: the ceiling).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { systemContext } from '../src/auth/context';
import { cellValue, checksum } from '../src/features/exchange/cells';
import { findPlan, readBook } from '../src/features/exchange/repository';
import { keepParserWarm, stopParserWarm } from '../src/features/exchange/read';
import { exportWorkbook, importFile } from '../src/features/exchange/service';
import { SHEETS } from '../src/features/exchange/sheets';
import { columnsOf } from '../src/features/exchange/write';
import { openDatabase } from '../src/store/database';

const [step, url, file] = process.argv.slice(2);
const PLAN = 'syntetisk-1';
const database = await openDatabase({ url, migrate: false });
const ctx = systemContext('bench');
let ms = 0;
let extra: Record<string, unknown> = {};
const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
  const t = performance.now();
  const r = await fn();
  ms = performance.now() - t;
  return r;
};

if (step === 'export') {
  const f = await timed(() => exportWorkbook(database.db, ctx, PLAN));
  writeFileSync(file, f.body);
  extra = { bytes: f.body.length };
} else if (step === 'bare-write') {
  // The same cells the export writes, in the same sheets, without styles, lists or the database read.
  const book = await readBook(database.db, await findPlan(database.db, PLAN));
  const sheets = SHEETS.map((s) => {
    const cols = columnsOf(s, book.groups);
    return {
      name: s.name,
      rows: book.sheets[s.key].map((r) => [
        r.key,
        r.version,
        checksum(r.values),
        ...cols.map((c) => cellValue(c, r.values[c.field])),
      ]),
    };
  });
  await timed(async () => {
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) wb.addWorksheet(s.name).addRows(s.rows);
    return Buffer.from(await wb.xlsx.writeBuffer());
  });
} else if (step === 'bare-read') {
  const buf = readFileSync(file);
  const cells = await timed(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    let n = 0;
    for (const ws of wb.worksheets) ws.eachRow((row) => (n += (row.values as unknown[]).length));
    return n;
  });
  extra = { cells };
} else if (step === 'dry-run' || step === 'apply') {
  const buf = readFileSync(file);
  // As in a running server (src/server.ts), a parser waits with exceljs loaded; the bare read, too, has exceljs
  // loaded before its clock starts.
  await keepParserWarm();
  const r = await timed(() =>
    importFile(database.db, ctx, buf, { plan: PLAN, apply: step === 'apply', deleteMissing: false }),
  );
  extra = { create: r.create, update: r.update, delete: r.delete, errors: r.errors.length };
}
stopParserWarm();
await database.close();
process.stdout.write(`${JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, ...extra })}\n`);
