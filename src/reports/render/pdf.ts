/**
 * PDF renderer: the memo laid out by Typst (memo.typ) from the memo model, embedding Arimo — metric-compatible with
 * Arial, which the DOCX names, so both break lines and pages alike. The output is PDF/A-2a (tagged: headings,
 * tables, lists, the document language), what an archive and the municipality's case system expect. The model goes
 * in as JSON and is printed as text, never evaluated as markup. Dates come from the model, so the same snapshot
 * renders to the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { MemoModel } from '../model';
import { parsePageLabel, withColon } from './common';
import { guardHyphenation, keepSuspendedHyphens, mapBody } from './hyphenate';
import { initiativeRows, PART_SPACING, type CellPart } from './table-rows';

const TEMPLATE = readFileSync(new URL('./memo.typ', import.meta.url), 'utf8');

/** The Arimo faces the memo uses, from the npm package (free licence: no system fonts needed). */
const FACES = ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'];

function arimoFonts(): Buffer[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@expo-google-fonts/arimo/package.json'));
  return FACES.map((face) => readFileSync(join(dir, face, `Arimo_${face}.ttf`)));
}

let compiler: NodeCompiler | null = null;

/** One compiler per process: it loads the fonts once and keeps what it parsed of the template. */
function typst(): NodeCompiler {
  return (compiler ??= NodeCompiler.create({ fontArgs: [{ fontBlobs: arimoFonts() }] }));
}

/** The model as the template reads it: labels with their colon, the footer label in parts, the date in parts. */
export function typstInput(model: MemoModel): string {
  const [year, month, day] = model.properties.date.split('-').map(Number);
  return JSON.stringify({
    ...model,
    date: { year, month, day },
    pageLabel: parsePageLabel(model.pageLabel),
    headerLines: model.headerLines.map((h) => ({ label: withColon(h.label), value: h.value })),
    initiatives: model.initiatives.map((i) => ({
      heading: i.heading,
      working: i.working,
      // The same rows as the DOCX's, with each paragraph's spacing, so both break pages at the same rows.
      rows: initiativeRows(i).map((row) => ({
        ...row,
        left: row.left.map(typstPart),
        right: row.right.map(typstPart),
      })),
    })),
  });
}

/** A cell's paragraph as the template sets it: its label with the colon, its spacing in points. */
function typstPart(part: CellPart) {
  return {
    ...part,
    ...PART_SPACING[part.kind],
    label: 'label' in part ? withColon(part.label) : null,
  };
}

/** The memo's date as the documents' timestamp (midnight UTC). */
export function documentDate(model: MemoModel): Date {
  return new Date(`${model.properties.date}T00:00:00Z`);
}

/** Renders the memo as a tagged PDF/A-2a. */
export function renderPdf(model: MemoModel): Promise<Buffer> {
  const c = typst();
  const compiled = c.compile({
    mainFileContent: TEMPLATE,
    inputs: { memo: typstInput(mapBody(model, guardHyphenation, keepSuspendedHyphens)) },
  });
  const doc = compiled.result;
  if (!doc) {
    const diagnostics = JSON.stringify(compiled.takeDiagnostics() ?? null);
    return Promise.reject(new Error(`The memo could not be laid out: ${diagnostics}`));
  }
  const pdf = c.pdf(doc, { pdfStandard: 'a-2a', creationTimestamp: documentDate(model).getTime() / 1000 });
  return Promise.resolve(Buffer.from(pdf));
}
