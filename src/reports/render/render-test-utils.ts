/**
 * Test helpers for the renderers: read files out of a .docx (a zip) with node:zlib, extract PDF text
 * with poppler's pdftotext, and look at raw PDF objects. Used by tests only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;

function findEndOfCentral(zip: Buffer): number {
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL) return i;
  }
  throw new Error('not a zip file: no end of central directory');
}

function entryData(zip: Buffer, localOffset: number, method: number, size: number): Buffer {
  const nameLength = zip.readUInt16LE(localOffset + 26);
  const extraLength = zip.readUInt16LE(localOffset + 28);
  const start = localOffset + 30 + nameLength + extraLength;
  const raw = zip.subarray(start, start + size);
  if (method === 0) return raw;
  if (method === 8) return inflateRawSync(raw);
  throw new Error(`unsupported zip compression method ${method}`);
}

/** All files of a zip archive by name, via its central directory. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const end = findEndOfCentral(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_HEADER) throw new Error('corrupt zip central directory');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    files.set(name, entryData(zip, localOffset, method, compressedSize));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The visible text of a WordprocessingML part: one line per paragraph, entities decoded. */
export function wordText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? '');
}

/** True when poppler's pdftotext is on PATH. */
export function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v']).error === undefined;
}

/** The text of each page of a PDF, via pdftotext (pages are separated by form feeds). */
export function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'memo-pdf-'));
  try {
    const file = join(dir, 'memo.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const pages = text.toString('utf8').split('\f');
    return pages[pages.length - 1].trim() === '' ? pages.slice(0, -1) : pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Collapses all runs of whitespace to single spaces, so facts wrapped over lines can be found. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Number of page objects in a PDF (pdfkit writes no object streams, so they are plain text). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** The dictionary of indirect object `ref` ("5 0 R"), or the inline dictionary after `key`. */
export function pdfDictionary(pdf: Buffer, key: string): string | null {
  const raw = pdf.toString('latin1');
  const ref = new RegExp(`${key} (\\d+) 0 R`).exec(raw);
  if (ref !== null) {
    const body = new RegExp(`\\n${ref[1]} 0 obj\\s*(<<[\\s\\S]*?>>)\\s*endobj`).exec(raw);
    return body?.[1] ?? null;
  }
  return new RegExp(`${key}\\s*(<<[^>]*>>)`).exec(raw)?.[1] ?? null;
}
