/**
 * The limits on an uploaded file, checked before the workbook is parsed: at most 20 MB as sent, at most 200 MB
 * once unpacked, at most 500,000 rows. An XLSX file is a zip archive, so a small file can unpack to gigabytes (a
 * "zip bomb"); the archive is inflated here as a stream (fflate reads the archive, Node's zlib inflates), counting
 * bytes and rows and stopping at the limit, so memory never holds more than the limit allows.
 */
import { Unzip, type AsyncFlateStreamHandler, type UnzipDecoder } from 'fflate';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { createInflateRaw } from 'node:zlib';
import { Problem } from '../../domain/problem';

/** The limits of one import. */
export interface Limits {
  fileBytes: number;
  unpackedBytes: number;
  rows: number;
}

export const LIMITS: Limits = {
  fileBytes: 20 * 1024 * 1024,
  unpackedBytes: 200 * 1024 * 1024,
  rows: 500_000,
};

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** 413 for a file that is too large (as sent or unpacked) or has too many rows. */
export function tooLarge(da: string, en: string): Problem {
  return new Problem(413, 'too_large', da, en, 'file');
}

/** Refuse a file larger than the limit, as sent. */
export function checkFileSize(bytes: number, limits: Limits = LIMITS): void {
  if (bytes > limits.fileBytes)
    throw tooLarge(
      `Filen er for stor (${mb(bytes)}). En import må højst fylde ${mb(limits.fileBytes)}; del regnearket op, eller importér ét ark ad gangen som CSV.`,
      `The file is too large (${mb(bytes)}). An import may be at most ${mb(limits.fileBytes)}.`,
    );
}

/** Refuse a CSV file with more rows than the limit. */
export function checkRowCount(rows: number, limits: Limits = LIMITS): void {
  if (rows > limits.rows)
    throw tooLarge(
      `Filen har over ${limits.rows.toLocaleString('da-DK')} rækker. Del den op i flere importer.`,
      `The file has over ${limits.rows} rows. Split it into several imports.`,
    );
}

/** Whether the bytes start like a zip archive (every XLSX file does). */
export function looksLikeZip(buf: Buffer): boolean {
  return buf.length > 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

/**
 * A deflated file of the archive inflated by Node's zlib: in its thread pool, off the event loop and several times
 * faster than fflate's JavaScript inflate (which took half a second on the main thread for a 10,000-row workbook).
 */
class ZlibInflate implements UnzipDecoder {
  static compression = 8;
  ondata: AsyncFlateStreamHandler = () => undefined;
  private z = createInflateRaw();
  constructor() {
    this.z.on('data', (d: Buffer) => this.ondata(null, d as Uint8Array as Uint8Array<ArrayBuffer>, false));
    this.z.on('end', () => this.ondata(null, new Uint8Array(0), true));
    this.z.on('error', (e) => this.ondata(Object.assign(e, { code: 0 }), new Uint8Array(0), true));
  }
  push(chunk: Uint8Array, final: boolean): void {
    // zlib reads the chunk later; fflate may reuse its memory, so it gets a copy.
    this.z.write(Buffer.from(chunk));
    if (final) this.z.end();
  }
  terminate(): void {
    this.z.destroy();
  }
}

/**
 * Inflate the archive as a stream and refuse it beyond the unpacked size or the row count. Returns the number of
 * rows in its worksheets. Throws a 422 for an archive that cannot be read.
 */
export async function checkArchive(buf: Buffer, limits: Limits = LIMITS): Promise<number> {
  let unpacked = 0;
  let rows = 0;
  let over = null as Problem | null;
  let broken = false;
  // Files still inflating, and the wake-up once none is.
  let open = 0;
  let settled = () => undefined as void;
  const rowTag = /<(?:\w+:)?row[ >]/g;
  const unzip = new Unzip((file) => {
    const sheet = /^xl\/worksheets\/.*\.xml$/.test(file.name);
    let tail = '';
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      open -= 1;
      if (open === 0) settled();
    };
    open += 1;
    file.ondata = (err, chunk, final) => {
      if (err) broken = true;
      if (err || over) return end();
      unpacked += chunk.length;
      if (sheet) {
        const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1');
        rows += text.match(rowTag)?.length ?? 0;
        // A tag split across two chunks is counted in the next one, not twice.
        const cut = text.lastIndexOf('<');
        tail = cut >= 0 && text.length - cut < 12 ? text.slice(cut) : '';
        if (tail !== '') rows -= tail.match(rowTag)?.length ?? 0;
      }
      if (unpacked > limits.unpackedBytes) {
        over = tooLarge(
          `Regnearket fylder over ${mb(limits.unpackedBytes)}, når det pakkes ud, og afvises.`,
          `The workbook unpacks to over ${mb(limits.unpackedBytes)} and is refused.`,
        );
      } else if (rows > limits.rows) {
        over = tooLarge(
          `Regnearket har over ${limits.rows.toLocaleString('da-DK')} rækker og afvises. Del det op i flere importer.`,
          `The workbook has over ${limits.rows} rows and is refused.`,
        );
      }
      if (over) file.terminate();
      if (over || final) end();
    };
    file.start();
  });
  unzip.register(ZlibInflate);
  try {
    // 16 KiB packed at a time, a short turn of the event loop each.
    const step = 16 * 1024;
    for (let i = 0; i < buf.length && !over; i += step) {
      unzip.push(buf.subarray(i, i + step), i + step >= buf.length);
      await yieldToLoop();
    }
    if (open > 0) await new Promise<void>((resolve) => (settled = resolve));
  } catch {
    if (!over) throw notAWorkbook();
  }
  if (over) throw over;
  if (broken) throw notAWorkbook();
  return rows;
}

/** 422 for a file that is neither a workbook nor a CSV file. */
export function notAWorkbook(): Problem {
  return new Problem(
    422,
    'not_a_workbook',
    'Filen er ikke et Excel-regneark (.xlsx) eller en CSV-fil. Gem den som "Excel-projektmappe (.xlsx)" eller "CSV UTF-8", og prøv igen.',
    'The file is not an Excel workbook (.xlsx) or a CSV file.',
    'file',
  );
}
