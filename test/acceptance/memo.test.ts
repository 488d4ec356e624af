/**
 * Acceptance: the demo round's memo, downloaded as DOCX and PDF, holds every fact of the seed memo. The test reads
 * the bytes the product sent (DOCX unzipped, PDF text read with pdfjs-dist), not the memo model.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadPlanDocument } from '../../src/features/import/loader';
import { seedPlan } from '../../src/demo/seed-plan';
import { flat, pdfPageCount, pdfPages, unzip, wordText } from '../../src/reports/render/render-test-utils';
import { call, startTestApp, type TestApp } from '../api';

let t: TestApp;
let roundId: number;

const FACTS = [
  // titles and purposes
  '1. Anbefaling: Styrket indsats målrettet unge',
  '2. Anbefaling: Øget samarbejde mellem kommune og friskoler',
  '3. Anbefaling: Inddragelse af forældre og lokalmiljø',
  '4. Anbefaling: Kompetenceudvikling af fagpersoner',
  'Bedre opfølgning på unge efter ophold på krisecenter',
  '6. Anbefaling: Etablering af tværsektoriel styregruppe',
  'Oplyse børn og unge om deres rettigheder, handlemuligheder og egen adfærd',
  'Udbrede samarbejdet til relevante friskoler',
  'Iværksætte forebyggelsesindsatser i udsatte og lukkede miljøer',
  'Sikre at relevant fagpersonale omkring de unge har kompetencer',
  'Sikre bedre hjælp til ofre for æresrelaterede konflikter og social kontrol',
  'Øge samarbejde og koordinering på tværs af forvaltninger',
  // targets
  'minimum 2.000 børn og unge',
  'minimum 5 friskoler',
  'minimum 500 forældre',
  'Minimum 500 medarbejdere',
  'Minimum 80 pct.',
  'minimum 4 møder',
  // funding
  '0,5 mio. kr. årligt i 2017-18',
  '0,2 mio. kr. årligt i 2017-18',
  '0,6 mio. kr. årligt i 2017-18',
  'inden for forvaltningens eksisterende ramme',
  // status figures
  'nået 980 børn og unge',
  'nået ud til 3 friskoler',
  'nået ud til 240 forældre',
  'ca. 450 fagpersoner',
  '30 relevante fagpersoner',
  // planned activities with expected reach
  'mindst 125 kvinder',
  'mindst 125 fædre',
  'forventes at nå 500 forældre',
  'yderligere 30 relevante fagpersoner',
  'Samlet mål forventes opfyldt gennem følgende aktiviteter i efteråret 2018:',
  'Samlet mål er opfyldt:',
  // other initiatives, units and funding
  'Øvrige indsatser i kommunen',
  "Samarbejde med civile aktører og NGO'er",
  '(Beskæftigelses- og Integrationsforvaltningen)',
  'Etnisk Konsulentteam',
  '(Socialforvaltningen)',
  'Sikkerhedskonsulent',
  'Skolesocialrådgivere på fri- og privatskoler',
  'Etablering af grundskolevejledere inden for social kontrol',
  '(Børne- og Ungdomsforvaltningen)',
  '0,2 mio. kr. årligt i 2016-19',
  '3½ årsværk i 2018-21',
  'finansieret til og med 2020',
  // heading block
  'NOTAT',
  'Bilag 1: Status på implementering af indsatser til forebyggelse af social kontrol',
];

function expectFacts(text: string): void {
  const haystack = flat(text).toLowerCase();
  const missing = FACTS.filter((f) => !haystack.includes(flat(f).toLowerCase()));
  expect(missing).toEqual([]);
}

beforeAll(async () => {
  t = await startTestApp();
  await loadPlanDocument(t.database.db, systemContext('demo'), seedPlan);
  const round = await t.database.db
    .selectFrom('reportingRounds')
    .select(['id', 'state'])
    .executeTakeFirstOrThrow();
  expect(round.state).toBe('closed');
  roundId = round.id;
});
afterAll(() => t.close());

describe('the demo round memo', () => {
  it('DOCX: has every fact of the seed memo, a Danish file name and the page footer fields', async () => {
    const res = await call(t.app, 'GET', `/api/v1/rounds/${roundId}/memo.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toContain(
      "filename*=UTF-8''Bilag%201%20-%20Status%20efter%C3%A5r%202018.docx",
    );
    const files = unzip(res.rawPayload);
    const body = wordText(files.get('word/document.xml')!.toString('utf8'));
    const footers = [...files.entries()]
      .filter(([name]) => /word\/footer\d*\.xml/.test(name))
      .map(([, b]) => b.toString('utf8'));
    expectFacts(body);
    expect(footers.join('')).toContain('NUMPAGES');
    expect(footers.map(wordText).join(' ')).toContain('Side');
    expect(body).not.toContain('UDKAST');
  });

  it('PDF: has every fact and "Side 1 af N" with N the page count', async () => {
    const res = await call(t.app, 'GET', `/api/v1/rounds/${roundId}/memo.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pages = await pdfPages(res.rawPayload);
    const n = pdfPageCount(res.rawPayload);
    expectFacts(pages.join('\n'));
    expect(pages[0]).toContain(`Side 1 af ${n}`);
    expect(pages[n - 1]).toContain(`Side ${n} af ${n}`);
  });

  it('HTML: a printable page with the same facts, shown inline', async () => {
    const res = await call(t.app, 'GET', `/api/v1/rounds/${roundId}/memo.html`);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^inline;/);
    const text = res.body
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expectFacts(text);
  });

  it('working version (?variant=working): computed figures and the assessment, marked; the committee one has none', async () => {
    const res = await call(t.app, 'GET', `/api/v1/rounds/${roundId}/memo.html?variant=working`);
    const text = flat(res.body.replace(/<[^>]+>/g, ' '));
    expect(text).toContain('Beregnet pr. 1. september 2018: 980 af 2.000 børn og unge');
    expect(text).toContain('Status i notatet: Forventes opfyldt (vurdering');
    const committee = await call(t.app, 'GET', `/api/v1/rounds/${roundId}/memo.html`);
    expect(committee.body).not.toContain('Beregnet pr.');
    const pdf = await call(t.app, 'GET', `/api/v1/rounds/${roundId}/memo.pdf?variant=working`);
    expect(pdf.headers['content-disposition']).toContain('arbejdsversion');
    expect((await call(t.app, 'GET', `/api/v1/rounds/${roundId}/memo.pdf?variant=udvalg`)).statusCode).toBe(
      400,
    );
  });
});
