/**
 * The renderers on the memo the product builds: the demo round's stored snapshot (loaded through the product's
 * loader) through `buildMemoModel`, so every string asserted here is one the product writes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRoundSnapshot } from '../../../test/demo-round';
import { key } from '../../../test/memo-sentences';
import { buildMemoModel } from '../build-model';
import type { MemoModel } from '../model';
import type { RoundSnapshot } from '../snapshot';
import { renderDocx } from './docx';
import { syntheticMemoFixture } from './fixture';
import { renderHtml } from './html';
import { renderPdf } from './pdf';
import { flat, pdfInfo, pdfPageCount, pdfPages, unzip, wordText } from './render-test-utils';

const TITLE = 'Bilag 1: Status på implementering af indsatser til forebyggelse af social kontrol';

/** The six initiative headings of the demo memo. */
const TITLES = [
  '1. Anbefaling: Styrket indsats målrettet unge',
  '2. Anbefaling: Øget samarbejde mellem kommune og friskoler',
  '3. Anbefaling: Inddragelse af forældre og lokalmiljø',
  '4. Anbefaling: Kompetenceudvikling af fagpersoner',
  '5. Anbefaling: Bedre opfølgning på unge efter ophold på krisecenter',
  '6. Anbefaling: Etablering af tværsektoriel styregruppe',
];

/** Facts of the demo memo's working version that must survive every format, as the model builder writes them. */
const FACTS = [
  'NOTAT',
  TITLE,
  'Status efterår 2018 (opgjort pr. 1. september 2018)',
  'ARBEJDSVERSION – ikke til udvalget.',
  'Arbejdsnote:',
  'Indsatsen når ud til minimum 2.000 børn og unge på skoler, klubber, foreninger mm.',
  '0,5 mio. kr. årligt i 2017-18.',
  'Minimum 80 pct. af de relevante støttekontaktpersoner',
  'Indsatsen løftes inden for forvaltningens eksisterende ramme.',
  'Beregnet pr. 1. september 2018: 980 af 2.000 børn og unge (49 pct.) – Risiko for manglende opfyldelse.',
  'Beregnet pr. 1. september 2018: 30 af 36 støttekontaktpersoner (83,3 pct.; mål: mindst 80 pct.) – Opfyldt.',
  'Status i notatet: Forventes opfyldt (vurdering; beregnet: Risiko for manglende opfyldelse).',
  'Vurdering af Integrationskontoret, BIF, 1. september 2018: Efterårets aktiviteter',
  'Samlet mål forventes opfyldt gennem følgende aktiviteter i efteråret 2018:',
  'Samlet mål er opfyldt:',
  'Øvrige indsatser i kommunen',
  'Ud over de seks indsatser, som er finansieret via Integrationshandleplan 2017-18',
  'Etnisk Konsulentteam (Socialforvaltningen)',
  'Med Budget 2016 blev der udmøntet 0,2 mio. kr. årligt i 2016-19 til samarbejde',
  'Registreret finansiering: 0,2 mio. kr. årligt i 2016-19 (Budget 2016).',
  'Registreret finansiering: 3½ årsværk i 2018-21 (Budget 2018).',
  'Registreret finansiering: Finansieret til og med 2020 (Satspulje).',
];

/** Lines only the working version has: the committee version has none of them. */
const WORKING_ONLY = FACTS.filter((f) =>
  /Arbejds|Beregnet|Status i notatet|Vurdering|Registreret|opgjort/.test(f),
);

const snapshot = await demoRoundSnapshot();
/** The working version: it has everything the committee version has, and its marked notes. */
const memo = buildMemoModel(snapshot, { draft: false, variant: 'working' });
const committee = buildMemoModel(snapshot, { draft: false });
const draft = buildMemoModel(snapshot, { draft: true });

/** The demo memo after a change to a copy of its snapshot, built as the product builds it. */
function memoWith(change: (s: RoundSnapshot) => void): MemoModel {
  const copy = structuredClone(snapshot);
  change(copy);
  return buildMemoModel(copy, { draft: false, variant: 'working' });
}

/** Asserts the committee version's text has none of the working version's lines. */
function expectCommittee(text: string): void {
  const haystack = flat(text);
  expect(WORKING_ONLY.filter((line) => haystack.includes(line))).toEqual([]);
  expect(haystack).toContain(TITLES[5]);
}

function expectFacts(text: string): void {
  const haystack = flat(text);
  const missing = [...FACTS, ...TITLES].filter((fact) => !haystack.includes(fact));
  expect(missing).toEqual([]);
}

describe('DOCX', () => {
  let files: Map<string, Buffer>;
  let documentXml: string;
  const part = (name: string): string => files.get(name)?.toString('utf8') ?? '';

  beforeAll(async () => {
    files = unzip(await renderDocx(memo));
    documentXml = part('word/document.xml');
  });

  it('contains every initiative title and the facts of the demo memo in word/document.xml', () => {
    expectFacts(wordText(documentXml));
  });

  it('committee version: none of the working notes', async () => {
    const files = unzip(await renderDocx(committee));
    expectCommittee(wordText(files.get('word/document.xml')!.toString('utf8')));
  });

  it('uses real headings, two-column tables with a repeated spanning header row, and rows that never break', () => {
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(TITLES.length + 1);
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(TITLES.length);
    expect(documentXml.match(/<w:gridSpan w:val="2"\/>/g)).toHaveLength(TITLES.length);
    // A table breaks between rows only, which is between paragraphs (see docx-table.ts); the body of an
    // initiative runs over several rows, with no line between them.
    const rows = documentXml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(2 * TITLES.length);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    const continued = rows.filter((row) => row.includes('<w:top w:val="nil"/>'));
    expect(continued).toHaveLength(rows.length - 2 * TITLES.length);
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(TITLES.length);
    expect(documentXml).toMatch(/<w:tblBorders>[\s\S]*?<w:insideV w:val="single"/);
  });

  it('makes bullets with numbering, not typed bullet characters', () => {
    expect(documentXml).toContain('<w:numPr>');
    expect(wordText(documentXml)).not.toContain('\u2022');
    expect(part('word/numbering.xml')).toContain('<w:numFmt w:val="bullet"/>');
  });

  it('has a "Side X af Y" footer with PAGE and NUMPAGES fields', () => {
    const footers = [...files.keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name)).map(part);
    expect(footers).toHaveLength(1);
    expect(wordText(footers[0])).toContain('Side  af ');
    expect(footers[0]).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
    expect(footers[0]).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*</);
  });

  it('declares Danish, explicit fonts and the document properties', () => {
    const styles = part('word/styles.xml');
    expect(styles).toContain('<w:lang w:val="da-DK"/>');
    expect(styles).toContain('w:ascii="Arial"');
    const core = part('docProps/core.xml');
    expect(core).toContain(`<dc:title>${TITLE}</dc:title>`);
    expect(core).toContain('<dc:creator>Københavns Kommune</dc:creator>');
    expect(core).toContain('<dc:subject>Integrationshandleplan 2017-18 – Status efterår 2018</dc:subject>');
  });

  it('shows UDKAST only for a draft', async () => {
    const files = unzip(await renderDocx(draft));
    expect(wordText(files.get('word/document.xml')?.toString('utf8') ?? '')).toContain('UDKAST');
    expect(wordText(documentXml)).not.toContain('UDKAST');
  });
});

describe('PDF structure', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(memo);
  });

  it('is a tagged PDF/A-2a in Danish with a structure tree of headings, tables and lists', async () => {
    const info = await pdfInfo(pdf);
    expect(info.version).toBe('1.7');
    expect(info.marked).toBe(true);
    expect(info.language).toBe('da-DK');
    expect(info.xmp['pdfaid:part']).toBe('2');
    expect(info.xmp['pdfaid:conformance']).toBe('A');
    for (const role of ['H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody'])
      expect(info.roles.has(role), role).toBe(true);
    expect(info.title).toBe(memo.properties.title);
  });

  it('embeds Arimo (metric-compatible with the Arial the DOCX names) instead of the standard 14', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Arimo-Regular\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Arimo-Bold\b/);
    expect(raw).not.toContain('/BaseFont /Helvetica');
  });

  it('prints text that looks like Typst markup as it is', async () => {
    const tricky =
      '#set page(width: 1cm) *fed* $x$ _kursiv_ = overskrift <etiket> @ref \\ // ikke en kommentar';
    const model = memoWith((s) => {
      s.initiatives[0].statusText = tricky;
    });
    const text = flat((await pdfPages(await renderPdf(model))).join('\n'));
    expect(text).toContain(tricky);
  });
});

describe('PDF text', () => {
  let pages: string[];
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(memo);
    pages = await pdfPages(pdf);
  });

  it('contains every initiative title and the facts of the demo memo', () => {
    // pdfjs reads a hyphen the PDF may break after as a space and drops the hyphen Typst adds at a break, so the PDF
    // text is compared with whitespace and hyphens taken out (as the sentence test does).
    const haystack = key(pages.join('\n'));
    expect([...FACTS, ...TITLES].filter((fact) => !haystack.includes(key(fact)))).toEqual([]);
    pages.slice(1).forEach((text) => expect(text).toContain('Arbejdsversion – ikke til udvalget'));
  });

  it('committee version: none of the working notes', async () => {
    expectCommittee((await pdfPages(await renderPdf(committee))).join('\n'));
  });

  it('numbers every page "Side X af N" with N the page count', () => {
    const count = pdfPageCount(pdf);
    expect(pages).toHaveLength(count);
    pages.forEach((text, i) => expect(text).toContain(`Side ${i + 1} af ${count}`));
  });

  it('lets a table continue on the next page under its repeated header row, leaving no page half empty', async () => {
    // Every page but the last is filled: a table that does not fit continues rather than moving whole.
    const lengths = pages.map((text) => flat(text).length);
    const fullest = Math.max(...lengths);
    lengths.slice(0, -1).forEach((length) => expect(length).toBeGreaterThan(fullest * 0.75));
    // In the committee version, recommendation 3 runs from page 1 onto page 2 under its repeated header row.
    const committeePages = await pdfPages(await renderPdf(committee));
    const continued = committee.initiatives.filter(
      (item) => committeePages.filter((text) => flat(text).includes(item.heading)).length > 1,
    );
    expect(continued.length).toBeGreaterThan(0);
  });

  it('continues a row taller than a page on the next pages under a repeated header', async () => {
    const items = Array.from(
      { length: 90 },
      (_, i) => `Aktivitet ${i + 1} i en meget lang liste af aktiviteter`,
    );
    const model = memoWith((s) => {
      s.initiatives[0].planned = items.map((title) => ({
        title,
        kind: 'forløb',
        from: '2018-09-01',
        to: '2018-11-30',
      }));
    });
    const long = await pdfPages(await renderPdf(model));
    const all = flat(long.join('\n'));
    for (const item of items) expect(all).toContain(item);
    const withHeading = long.filter((text) => flat(text).includes(TITLES[0]));
    expect(withHeading.length).toBeGreaterThan(1);
  });

  it('shows UDKAST on every page of a draft', async () => {
    const draftPages = await pdfPages(await renderPdf(draft));
    expect(draftPages.length).toBeGreaterThan(0);
    draftPages.forEach((text) => expect(text).toContain('UDKAST'));
    pages.forEach((text) => expect(text).not.toContain('UDKAST'));
  });
});

describe('HTML', () => {
  const html = renderHtml(memo);

  it('is a complete Danish HTML5 page with the facts of the demo memo', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="da-DK">');
    expect(html).toContain(`<title>${TITLE}</title>`);
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'");
    expectFacts(text);
    expect(html).toContain('<aside class="working" aria-label="Arbejdsnote">');
    expectCommittee(
      renderHtml(committee)
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#39;/g, "'"),
    );
  });

  it('uses headings, two-column tables and lists', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    for (const title of TITLES) expect(html).toContain(`>${title}</h2>`);
    expect(html.match(/<table class="initiative">/g)).toHaveLength(TITLES.length);
    expect(html.match(/<col class="half">/g)).toHaveLength(2 * TITLES.length);
    expect(html).toContain('<ul><li>Fortsat forløb');
    expect(html).toContain('@media print');
    expect(html).toMatch(/@page \{[^}]*margin/);
    expect(html).toContain('content: "Side " counter(page) " af " counter(pages)');
  });

  it('escapes model texts', () => {
    const out = renderHtml(
      memoWith((s) => {
        s.initiatives[0].statusText = '<script>alert("x")</script> & co';
      }),
    );
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('shows the UDKAST banner only for a draft', () => {
    expect(renderHtml(draft)).toContain('<p class="draft" role="note">UDKAST</p>');
    expect(html).not.toContain('UDKAST');
  });
});

describe('large memo (300 initiatives)', () => {
  const model = syntheticMemoFixture(300);
  const LAST = '300. Anbefaling: Forebyggende indsats nr. 300';

  it('renders a PDF with a footer on every page', { timeout: 60_000 }, async () => {
    const pdf = await renderPdf(model);
    const count = pdfPageCount(pdf);
    expect(count).toBeGreaterThan(60);
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(count);
    expect(pages[count - 1]).toContain(`Side ${count} af ${count}`);
    expect(flat(pages.join('\n'))).toContain(LAST);
  });

  it('renders a DOCX with 300 tables and the page footer', { timeout: 60_000 }, async () => {
    const files = unzip(await renderDocx(model));
    const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml.match(/<w:tbl>/g)).toHaveLength(300);
    const text = flat(wordText(xml));
    expect(text).toContain(LAST);
    expect(text).toContain(
      'Ud over de 300 indsatser, som er finansieret via Syntetisk handleplan med 300 indsatser',
    );
    expect(files.get('word/footer1.xml')?.toString('utf8')).toMatch(/Side [\s\S]*NUMPAGES/);
  });
});
