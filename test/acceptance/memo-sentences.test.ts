/**
 * Done means (issue 10): the demo round's committee memo, rendered to PDF and DOCX, has every sentence of the real
 * memo and no sentence the real memo lacks — compared sentence by sentence on the extracted text (PDF with
 * pdfjs-dist, DOCX with mammoth), whitespace and hyphenation normalised, with each allowed exception named in
 * ../memo-sentences.ts. The PDF has at most 4 pages; the DOCX's pages, as LibreOffice lays it out, are checked in
 * test/docx (npm run test:docx), which needs LibreOffice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMemoModel } from '../../src/reports/build-model';
import type { MemoModel } from '../../src/reports/model';
import { renderDocx } from '../../src/reports/render/docx';
import { renderPdf } from '../../src/reports/render/pdf';
import { pdfPageCount } from '../../src/reports/render/render-test-utils';
import { demoRoundSnapshot } from '../demo-round';
import {
  compareWithSeed,
  docxText,
  EXCEPTIONS,
  KEY_RULES,
  pdfText,
  sentences,
  seedText,
} from '../memo-sentences';

let committee: MemoModel;
let pdf: Buffer;

beforeAll(async () => {
  committee = buildMemoModel(await demoRoundSnapshot(), { draft: false });
  pdf = await renderPdf(committee);
});

describe('the demo committee memo against the real memo, sentence by sentence', () => {
  it('names its exceptions: the heading of recommendation 5, one page-break splice, sentence-final full stops', () => {
    expect(EXCEPTIONS.map((e) => e.name)).toEqual(['heading5', 'splice5']);
    expect(KEY_RULES).toEqual(['whitespace', 'hyphenation', 'finalStop']);
    expect(sentences(seedText()).length).toBeGreaterThan(60);
  });

  it('PDF: every sentence of the real memo, and none it lacks', async () => {
    expect(compareWithSeed(await pdfText(pdf), false)).toEqual({ missing: [], extra: [] });
  });

  it('DOCX: every sentence of the real memo, and none it lacks', async () => {
    const text = await docxText(await renderDocx(committee));
    expect(compareWithSeed(text, true)).toEqual({ missing: [], extra: [] });
  });

  it('finds a system line and a lost sentence (the comparison can fail)', () => {
    const text = `Beregnet pr. 1. september 2018: 980 af 2.000 børn og unge (49 pct.).\n${seedText().replace('Indsatsen er nået ud til 3 friskoler', '')}`;
    const diff = compareWithSeed(text, false);
    expect(diff.extra).toContain('Beregnet pr. 1. september 2018:');
    expect(diff.missing.some((s) => s.startsWith('Indsatsen er nået ud til 3 friskoler'))).toBe(true);
  });

  it("keeps the real memo's lead-ins and bullets where it has them", () => {
    const [, , , , five, six] = committee.initiatives;
    expect(five.status.at(-1)).toEqual({
      type: 'bullets',
      items: [expect.stringMatching(/^I efteruddannelsen er inddraget/)],
    });
    expect(five.activitiesLead).toBe('Samlet mål er opfyldt:');
    // The bullet refers to the target ({{mål}}), which prints with a non-breaking space before "pct.".
    expect(five.activities[0]?.replace(/\u00a0/g, ' ')).toBe(
      'Måltallet, om at mindst 80 pct. af disse gennemgår efteruddannelsen, er indfriet',
    );
    expect(six.activitiesLead).toBe('Samlet mål forventes opfyldt gennem følgende aktiviteter:');
    expect(committee.headerLines).toEqual([]);
  });

  it('the working version is not the real memo: its marked notes are extra sentences', async () => {
    const working = buildMemoModel(await demoRoundSnapshot(), { draft: false, variant: 'working' });
    // (Its notes sit between the tables, so sentences the seed runs across a table's end are cut there.)
    const { extra } = compareWithSeed(await docxText(await renderDocx(working)), true);
    expect(extra).toContain('Arbejdsnote:');
    expect(extra).toContain('Beregnet pr. 1. september 2018:');
  });

  it('PDF: at most 4 pages', () => {
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(4);
  });
});

describe('the demo texts refer to the data instead of typing its figures', () => {
  it('writes each figure the data holds as a reference, and no reference lacks a value', async () => {
    const snapshot = await demoRoundSnapshot();
    const texts = [
      ...snapshot.initiatives.map((i) => i.statusText ?? ''),
      ...snapshot.others.map((o) => o.description ?? ''),
    ].join('\n');
    for (const token of ['{{faktisk}}', '{{antal}}', '{{mål2.faktisk}}', '{{midler}}'])
      expect(texts).toContain(token);
    // Typed, these figures would be written twice (in the data and in the text).
    for (const typed of [
      'nået 980 ',
      'ud til 3 friskoler',
      '240 forældre',
      '450 fagpersoner',
      'afholdt 4 møder',
    ])
      expect(texts).not.toContain(typed);
    const working = buildMemoModel(snapshot, { draft: false, variant: 'working' });
    const notes = [...working.initiatives, ...(working.others?.items ?? [])].flatMap((i) => i.working);
    expect(notes.filter((n) => n.startsWith('Henvisningen') || n.includes('passer ikke'))).toEqual([]);
  });
});
