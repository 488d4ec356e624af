import { beforeAll, describe, expect, it } from 'vitest';
import type { MemoModel } from '../model';
import { renderDocx } from './docx';
import { seedMemoFixture, syntheticMemoFixture } from './fixture';
import { renderHtml } from './html';
import { renderPdf } from './pdf';
import {
  flat,
  hasPdftotext,
  pdfDictionary,
  pdfPageCount,
  pdfPages,
  unzip,
  wordText,
} from './render-test-utils';

/** Facts of the seed memo that must survive every format, as printed. */
const FACTS = [
  'NOTAT',
  'Bilag 1: Status på implementering af indsatser til forebyggelse af social kontrol',
  'minimum 2.000 børn og unge',
  '0,5 mio. kr. årligt i 2017-18',
  'Minimum 80 pct. af de relevante støttekontaktpersoner',
  '3½ årsværk i 2018-21',
  '0,2 mio. kr. årligt i 2016-19',
  'Finansieret til og med 2020',
  'Samlet mål forventes opfyldt gennem følgende aktiviteter i efteråret 2018:',
  'Samlet mål er opfyldt:',
  'Beregnet: 980 af 2.000 børn og unge (49 pct.) – Risiko for manglende opfyldelse',
  'Øvrige indsatser i kommunen',
  'Etnisk Konsulentteam (Socialforvaltningen)',
  '1. september 2018',
];

const seed = seedMemoFixture();
const TITLES = seed.initiatives.map((item) => item.heading);

function expectFacts(text: string): void {
  const haystack = flat(text);
  for (const fact of [...FACTS, ...TITLES]) expect(haystack).toContain(fact);
}

function withStatus(model: MemoModel, text: string): MemoModel {
  const copy = structuredClone(model);
  copy.initiatives[0].status = [{ type: 'paragraph', text }];
  return copy;
}

describe('DOCX', () => {
  let files: Map<string, Buffer>;
  let documentXml: string;
  const part = (name: string): string => files.get(name)?.toString('utf8') ?? '';

  beforeAll(async () => {
    files = unzip(await renderDocx(seed));
    documentXml = part('word/document.xml');
  });

  it('contains every initiative title and the seed facts in word/document.xml', () => {
    expectFacts(wordText(documentXml));
  });

  it('uses real headings, two-column tables with a spanning header row that cannot split', () => {
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(seed.initiatives.length + 1);
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(seed.initiatives.length);
    expect(documentXml.match(/<w:gridSpan w:val="2"\/>/g)).toHaveLength(seed.initiatives.length);
    expect(documentXml.match(/<w:cantSplit\/>/g)).toHaveLength(2 * seed.initiatives.length);
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
    expect(core).toContain(`<dc:title>${seed.properties.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Københavns Kommune</dc:creator>');
    expect(core).toContain(`<dc:subject>${seed.properties.subject}</dc:subject>`);
  });

  it('shows UDKAST only for a draft', async () => {
    const draft = unzip(await renderDocx({ ...seed, draft: true }));
    expect(wordText(draft.get('word/document.xml')?.toString('utf8') ?? '')).toContain('UDKAST');
    expect(wordText(documentXml)).not.toContain('UDKAST');
  });
});

describe('PDF structure', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(seed);
  });

  it('is a tagged PDF in Danish with a structure tree of headings, tables and lists', () => {
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(pdfDictionary(pdf, '/MarkInfo')).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toContain('/Lang (da-DK)');
    expect(raw).toContain('/DisplayDocTitle true');
    for (const type of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody']) {
      expect(raw).toContain(`/S /${type}\n`);
    }
    expect(raw).toMatch(/\/ColSpan 2/);
  });

  it('embeds a TrueType font instead of the standard 14', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).not.toContain('/BaseFont /Helvetica');
  });
});

describe('PDF text (pdftotext)', () => {
  let pages: string[];
  let pdf: Buffer;
  beforeAll(async () => {
    // The text must be read from the file the renderer wrote; poppler-utils is a test dependency (see .ci/run).
    if (!hasPdftotext())
      throw new Error('pdftotext mangler: installér poppler-utils (apt-get install -y poppler-utils).');
    pdf = await renderPdf(seed);
    pages = pdfPages(pdf);
  });

  it('contains every initiative title and the seed facts', () => {
    expectFacts(pages.join('\n'));
  });

  it('numbers every page "Side X af N" with N the page count', () => {
    const count = pdfPageCount(pdf);
    expect(pages).toHaveLength(count);
    pages.forEach((text, i) => expect(text).toContain(`Side ${i + 1} af ${count}`));
  });

  it('keeps each initiative row on one page', () => {
    for (const item of seed.initiatives) {
      const lastActivity = item.activities[item.activities.length - 1];
      const headingPage = pages.findIndex((text) => flat(text).includes(item.heading));
      const endPage = pages.findIndex((text) => flat(text).includes(lastActivity));
      expect(headingPage).toBeGreaterThanOrEqual(0);
      expect(endPage).toBe(headingPage);
    }
  });

  it('continues a row taller than a page on the next pages under a repeated header', async () => {
    const model = structuredClone(seed);
    const items = Array.from(
      { length: 90 },
      (_, i) => `Aktivitet ${i + 1} i en meget lang liste af aktiviteter`,
    );
    model.initiatives[0].activities = items;
    const long = pdfPages(await renderPdf(model));
    const all = flat(long.join('\n'));
    for (const item of items) expect(all).toContain(item);
    const withHeading = long.filter((text) => flat(text).includes(seed.initiatives[0].heading));
    expect(withHeading.length).toBeGreaterThan(1);
  });

  it('shows UDKAST on every page of a draft', async () => {
    const draft = pdfPages(await renderPdf({ ...seed, draft: true }));
    draft.forEach((text) => expect(text).toContain('UDKAST'));
    pages.forEach((text) => expect(text).not.toContain('UDKAST'));
  });
});

describe('HTML', () => {
  const html = renderHtml(seed);

  it('is a complete Danish HTML5 page with the seed facts', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="da-DK">');
    expect(html).toContain(`<title>${seed.properties.title}</title>`);
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'");
    expectFacts(text);
  });

  it('uses headings, two-column tables and lists', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    for (const title of TITLES) expect(html).toContain(`>${title}</h2>`);
    expect(html.match(/<table class="initiative">/g)).toHaveLength(seed.initiatives.length);
    expect(html.match(/<col class="half">/g)).toHaveLength(2 * seed.initiatives.length);
    expect(html).toContain('<ul><li>Fortsat forløb');
    expect(html).toContain('@media print');
    expect(html).toMatch(/@page \{[^}]*margin/);
    expect(html).toContain('content: "Side " counter(page) " af " counter(pages)');
  });

  it('escapes model texts', () => {
    const out = renderHtml(withStatus(seed, '<script>alert("x")</script> & co'));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('shows the UDKAST banner only for a draft', () => {
    expect(renderHtml({ ...seed, draft: true })).toContain('<p class="draft" role="note">UDKAST</p>');
    expect(html).not.toContain('UDKAST');
  });
});

describe('large memo (300 initiatives)', () => {
  const model = syntheticMemoFixture(300);

  it('renders a PDF with a footer on every page', { timeout: 60_000 }, async () => {
    const pdf = await renderPdf(model);
    const count = pdfPageCount(pdf);
    expect(count).toBeGreaterThan(100);
    if (hasPdftotext()) {
      const pages = pdfPages(pdf);
      expect(pages).toHaveLength(count);
      expect(pages[count - 1]).toContain(`Side ${count} af ${count}`);
      expect(flat(pages.join('\n'))).toContain('300. Anbefaling: Etablering af tværsektoriel styregruppe');
    }
  });

  it('renders a DOCX with 300 tables and the page footer', { timeout: 60_000 }, async () => {
    const files = unzip(await renderDocx(model));
    const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml.match(/<w:tbl>/g)).toHaveLength(300);
    expect(wordText(xml)).toContain('300. Anbefaling: Etablering af tværsektoriel styregruppe');
    expect(files.get('word/footer1.xml')?.toString('utf8')).toMatch(/Side [\s\S]*NUMPAGES/);
  });
});
