/**
 * Test helpers for the renderers: read files out of a .docx (a zip) with node:zlib, extract PDF text with
 * pdfjs-dist, and look at raw PDF objects. Plain Node only, so `npm test` needs no system package. Used by tests only.
 */
import { inflateRawSync } from 'node:zlib';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

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

/**
 * The visible text of a WordprocessingML part: one line per paragraph, entities decoded, soft hyphens (which print
 * only where a line breaks at them) taken out, as a word processor's search reads the words.
 */
export function wordText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? '')
    .replace(/\u00ad/g, '');
}

/**
 * The text of each page of a PDF as a reader extracts it, read with pdfjs-dist's Node build: text in content-stream
 * order, one line per text line.
 */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  // pdfjs takes ownership of the bytes it is given, so it gets a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const parts = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''));
      pages.push(parts.join(''));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** What a reader learns of a PDF's document level: version, tagging, language, XMP metadata and structure roles. */
export interface PdfInfo {
  version: string;
  marked: boolean;
  language: string | null;
  title: string | null;
  xmp: Record<string, unknown>;
  roles: Set<string>;
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

/** Read the document-level facts of a PDF with pdfjs-dist (object streams and all). */
export async function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    const meta = await doc.getMetadata();
    const info = meta.info as { PDFFormatVersion?: string; Language?: string; Title?: string };
    const roles = new Set<string>();
    const walk = (node: StructNode | null | undefined): void => {
      if (!node) return;
      if (node.role) roles.add(node.role);
      for (const child of node.children ?? []) walk(child);
    };
    for (let n = 1; n <= doc.numPages; n++)
      walk((await (await doc.getPage(n)).getStructTree()) as StructNode);
    return {
      version: info.PDFFormatVersion ?? '',
      marked: (await doc.getMarkInfo())?.Marked === true,
      language: info.Language ?? null,
      title: info.Title ?? null,
      xmp: (meta.metadata?.getAll() ?? {}) as Record<string, unknown>,
      roles,
    };
  } finally {
    await doc.destroy();
  }
}

/**
 * Collapses all runs of whitespace to single spaces and joins words hyphenated at a line end ("rele-" + "vante"),
 * so facts wrapped over lines can be found.
 */
export function flat(text: string): string {
  return text.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
}

/** Number of page objects in a PDF (the page dictionaries are written as plain objects). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}
