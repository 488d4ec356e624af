/**
 * DOCX renderer: lays out a MemoModel as a Word document with real headings, tables, bullet lists,
 * Danish language, document properties and a "Side X af Y" footer on every page.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { ParagraphChild } from 'docx';
import type { MemoModel } from '../model';
import { languageTag, parsePageLabel } from './common';
import { hyphenateBody } from './hyphenate';
import { headerBlock, othersSection, tableSpacer, workingNotes } from './docx-blocks';
import { initiativeTable } from './docx-table';
import { memoNumbering, memoStyles, PAGE, STYLE, WORKING_EDGE } from './docx-styles';

type Block = Paragraph | ReturnType<typeof initiativeTable>;

/** The footer label with {page}/{pages} as Word PAGE/NUMPAGES fields. */
function footer(label: string): Footer {
  const children: ParagraphChild[] = parsePageLabel(label).map((part) => {
    switch (part.kind) {
      case 'page':
        return new TextRun({ children: [PageNumber.CURRENT] });
      case 'pages':
        return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
      case 'text':
        return new TextRun(part.text);
    }
  });
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children })] });
}

/** "UDKAST" for drafts and "Arbejdsversion – ikke til udvalget" in the page header, so every printed page says so. */
function pageHeader(model: MemoModel): Header | undefined {
  const runs = [
    ...(model.working === null
      ? []
      : [new TextRun({ text: model.working.header, bold: true, color: WORKING_EDGE, size: 20 })]),
    ...(model.draft
      ? [
          new TextRun({
            text: `${model.working === null ? '' : '   '}${model.draftLabel}`,
            bold: true,
            color: 'B00020',
            size: 24,
          }),
        ]
      : []),
  ];
  if (runs.length === 0) return undefined;
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs })] });
}

function body(model: MemoModel): Block[] {
  const tables = model.initiatives.flatMap((item) => [
    initiativeTable(item),
    ...workingNotes(model, item.working),
    tableSpacer(),
  ]);
  return [
    ...headerBlock(model),
    new Paragraph({ text: model.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: model.intro, spacing: { after: 200 } }),
    ...tables,
    ...(model.others === null ? [] : othersSection(model, model.others)),
  ];
}

/** Builds the docx Document (exposed for callers that want to post-process it before packing). */
export function buildDocxDocument(memo: MemoModel): Document {
  const model = hyphenateBody(memo);
  const header = pageHeader(model);
  return new Document({
    title: model.properties.title,
    subject: model.properties.subject,
    creator: model.properties.author,
    lastModifiedBy: model.properties.author,
    styles: memoStyles(languageTag(model)),
    // Long Danish words in narrow cells ("forebyggelsesindsatser") break at the soft hyphens hyphenate.ts puts in
    // the body text, the same places as in the PDF; the word processor does not hyphenate on its own.
    numbering: memoNumbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              footer: PAGE.footer,
              header: PAGE.footer,
            },
          },
        },
        headers: header === undefined ? undefined : { default: header },
        footers: { default: footer(model.pageLabel) },
        children: body(model),
      },
    ],
  });
}

/**
 * Renders the memo as a .docx file. The docx library stamps the package with the clock (core properties and zip
 * entry times); both are set to the memo's date here, so the same snapshot renders to the same bytes.
 */
export async function renderDocx(model: MemoModel): Promise<Buffer> {
  return stampDocx(await Packer.toBuffer(buildDocxDocument(model)), model.properties.date);
}

/** Set the package's created/modified properties and every entry's time to `date` (midnight UTC). */
function stampDocx(packed: Buffer, date: string): Buffer {
  const files = unzipSync(packed);
  const core = files['docProps/core.xml'];
  if (core) {
    const stamp = `${date}T00:00:00Z`;
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
      ),
    );
  }
  // Zip times are local date-times: built from the date's parts, they read the same in every time zone.
  const [y, m, d] = date.split('-').map(Number);
  return Buffer.from(zipSync(files, { level: 6, mtime: new Date(y, m - 1, d) }));
}
