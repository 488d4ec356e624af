/**
 * The seed memo (text extracted from a two-column PDF: recommendation 3's "Samlet mål" and "Midler afsat" sit in
 * its status bullets, a page footer cuts recommendation 5 in two) read into a proposal. Every expected value is
 * written out from the memo by hand.
 */
import { describe, expect, it } from 'vitest';
import { seedMemoText } from '../../../test/seed-memo';
import { Problem } from '../../domain/problem';
import { proposeFromText } from './propose';

const proposal = proposeFromText(seedMemoText(), { asOf: '2018-09-01' });
const doc = proposal.document;
const recs = doc.initiatives.filter((i) => i.kind === 'recommendation');
const others = doc.initiatives.filter((i) => i.kind === 'other');
const rec = (n: number) => recs.find((i) => i.number === n)!;
const HANDLEPLAN = 'Integrationshandleplan 2017-18';
const plan = (amount: number) => ({
  kind: 'money',
  amount,
  amountBasis: 'per_year',
  staffYears: null,
  yearFrom: 2017,
  yearTo: 2018,
  source: HANDLEPLAN,
  fundedUntil: null,
});
const target = (i: number) =>
  rec(i).targets.map((t) => ({
    metricKind: t.metricKind,
    comparator: t.comparator,
    value: t.value,
    unitLabel: t.unitLabel,
    targetGroups: t.targetGroups,
    venueKinds: t.venueKinds,
    activityKinds: t.activityKinds,
  }));
const planned = (i: number) =>
  rec(i)
    .activities.filter((a) => a.state === 'planned')
    .map((a) => ({
      title: a.title,
      kind: a.kind,
      from: a.dateFrom,
      to: a.dateTo,
      n: a.occurrences,
      reach: a.reach,
    }));
const openings = (i: number) =>
  rec(i)
    .activities.filter((a) => a.imported)
    .map((a) => ({
      state: a.state,
      kind: a.kind,
      date: a.dateFrom,
      n: a.occurrences,
      reach: a.reach,
      venues: a.unnamedVenues,
    }));
const marks = (prefix: string) => proposal.review.filter((m) => m.path.startsWith(prefix));

const AUTUMN = { from: '2018-09-01', to: '2018-11-30' };

describe('the seed memo read into a plan', () => {
  it('finds the plan, its theme and period, six recommendations and five other initiatives', () => {
    expect(doc.plan).toMatchObject({
      slug: 'integrationshandleplan-2017-18',
      title: HANDLEPLAN,
      theme: 'forebyggelse af social kontrol',
      periodFrom: '2017-01-01',
      periodTo: '2018-12-31',
    });
    expect(recs.map((i) => [i.number, i.title])).toEqual([
      [1, 'Styrket indsats målrettet unge'],
      [2, 'Øget samarbejde mellem kommune og friskoler'],
      [3, 'Inddragelse af forældre og lokalmiljø'],
      [4, 'Kompetenceudvikling af fagpersoner'],
      [5, 'Bedre opfølgning på unge efter ophold på krisecenter'],
      [6, 'Etablering af tværsektoriel styregruppe'],
    ]);
    expect(rec(3).purpose).toBe(
      'Iværksætte forebyggelsesindsatser i udsatte og lukkede miljøer mhp. at etablere samarbejde med forældre samt nå ud til særligt isolerede kvinder.',
    );
    expect(others.map((i) => [i.title, doc.units.find((u) => u.code === i.unit)?.name])).toEqual([
      ["Samarbejde med civile aktører og NGO'er", 'Beskæftigelses- og Integrationsforvaltningen'],
      ['Etnisk Konsulentteam', 'Socialforvaltningen'],
      ['Sikkerhedskonsulent', 'Socialforvaltningen'],
      ['Skolesocialrådgivere på fri- og privatskoler', 'Socialforvaltningen'],
      ['Etablering af grundskolevejledere inden for social kontrol', 'Børne- og Ungdomsforvaltningen'],
    ]);
  });

  it('reads each target sentence into metric, comparator, value and unit', () => {
    const reach = (value: number, unit: string) => ({
      metricKind: 'reach',
      comparator: '>=',
      value,
      unitLabel: unit,
      targetGroups: [unit],
      venueKinds: [],
      activityKinds: [],
    });
    expect(target(1)).toEqual([reach(2000, 'børn og unge')]);
    expect(target(2)).toEqual([
      {
        metricKind: 'venues',
        comparator: '>=',
        value: 5,
        unitLabel: 'friskoler',
        targetGroups: [],
        venueKinds: ['friskole'],
        activityKinds: [],
      },
    ]);
    // "Samlet mål" of 3 sits inside its status bullets in the extracted text.
    expect(target(3)).toEqual([reach(500, 'forældre')]);
    expect(target(4)).toEqual([reach(500, 'medarbejdere')]);
    expect(target(5)).toEqual([
      {
        metricKind: 'share',
        comparator: '>=',
        value: 80,
        unitLabel: 'pct.',
        targetGroups: ['støttekontaktpersoner'],
        venueKinds: [],
        activityKinds: [],
      },
    ]);
    expect(target(6)).toEqual([
      {
        metricKind: 'milestone',
        comparator: '>=',
        value: 1,
        unitLabel: '',
        targetGroups: [],
        venueKinds: [],
        activityKinds: ['etablering'],
      },
      {
        metricKind: 'count',
        comparator: '>=',
        value: 4,
        unitLabel: 'møder',
        targetGroups: [],
        venueKinds: [],
        activityKinds: ['møde'],
      },
    ]);
    expect(rec(1).targets[0].sentence).toBe(
      'Indsatsen når ud til minimum {value} børn og unge på skoler, klubber, foreninger mm.',
    );
    expect(rec(6).targets[1].sentence).toBe('Styregruppen etableres, og der afholdes minimum {value} møder');
    expect(recs.flatMap((i) => i.targets.map((t) => t.dueDate))).toEqual(Array(7).fill('2018-12-31'));
  });

  it('reads the funding into structured rows', () => {
    expect(rec(1).funding).toEqual([plan(500_000)]);
    expect(rec(2).funding).toEqual([plan(200_000)]);
    // 3's "Midler afsat" sits in its status bullets, 5's comes after the page footer.
    expect(rec(3).funding).toEqual([plan(500_000)]);
    expect(rec(4).funding).toEqual([plan(600_000)]);
    expect(rec(5).funding).toEqual([plan(200_000)]);
    expect(rec(6).funding).toEqual([
      {
        kind: 'existing_frame',
        amount: null,
        amountBasis: 'per_year',
        staffYears: null,
        yearFrom: null,
        yearTo: null,
        source: null,
        fundedUntil: null,
      },
    ]);
    const none = { amount: null, staffYears: null, yearFrom: null, yearTo: null, fundedUntil: null };
    expect(others.map((i) => i.funding)).toEqual([
      [
        {
          ...none,
          kind: 'money',
          amount: 200_000,
          amountBasis: 'per_year',
          yearFrom: 2016,
          yearTo: 2019,
          source: 'Budget 2016',
        },
      ],
      [],
      [{ ...none, kind: 'money', amountBasis: 'per_year', source: 'Satspulje', fundedUntil: 2020 }],
      [
        {
          ...none,
          kind: 'staff_years',
          amountBasis: 'per_year',
          staffYears: 3.5,
          yearFrom: 2018,
          yearTo: 2021,
          source: 'Budget 2018',
        },
      ],
      [{ ...none, kind: 'money', amountBasis: 'per_year', source: 'Satspulje', fundedUntil: 2020 }],
    ]);
  });

  it('reads the planned activities with their period and expected reach', () => {
    expect(planned(1).map((a) => [a.kind, a.from, a.to, a.reach])).toEqual([
      ['forløb', AUTUMN.from, AUTUMN.to, {}],
      ['teater', AUTUMN.from, AUTUMN.to, {}],
      ['evaluering', AUTUMN.from, AUTUMN.to, {}],
    ]);
    expect(planned(1)[0].title).toBe(
      'Fortsat forløb og aktiviteter på skoler, klubber og i boligsocialt regi ved SSP-konsulent',
    );
    expect(planned(2).map((a) => a.title)).toEqual([
      'Opsøgende indsats ved SSP-konsulent på relevante skoler om aktiviteter og forløb om social kontrol',
      'Opkvalificering af skolesocialrådgivere tilknyttet friskoler',
    ]);
    expect(planned(3).map((a) => [a.from, a.to, a.reach])).toEqual([
      [AUTUMN.from, AUTUMN.to, { kvinder: 125 }],
      [AUTUMN.from, AUTUMN.to, { fædre: 125 }],
      [AUTUMN.from, AUTUMN.to, { forældre: 500 }],
    ]);
    expect(planned(3)[0].title).toBe(
      'Bydelsmødre afholder temaaftener om social kontrol, som forventes at nå mindst 125 kvinder',
    );
    expect(planned(4).map((a) => [a.title, a.kind, a.n])).toEqual([
      ['Yderligere to opkvalificeringskurser i efteråret', 'kursus', 2],
      [
        'Fortsat tilbud til skoler, klubber, jobcentre mm. om vidensoplæg og sagssparring ved Etnisk Konsulentteam',
        'oplæg',
        1,
      ],
    ]);
    // After "Samlet mål er opfyldt:" only the forward-looking bullet is an activity; "Måltallet …" is status.
    expect(planned(5)).toEqual([
      {
        title:
          'Der er planlagt endnu et efteruddannelsesforløb i oktober 2018, som forventes at nå yderligere 30 relevante fagpersoner',
        kind: 'efteruddannelse',
        from: '2018-10-01',
        to: '2018-10-31',
        n: 1,
        reach: { fagpersoner: 30 },
      },
    ]);
    expect(planned(6).map((a) => [a.kind, a.n, a.from, a.to])).toEqual([
      ['møde', 4, '2018-09-01', '2018-12-31'],
    ]);
  });

  it('turns the achieved figures into imported done activities dated the as-of date', () => {
    const base = { state: 'done', date: '2018-09-01', n: 1, reach: {}, venues: 0 };
    expect(openings(1)).toEqual([{ ...base, kind: 'andet', reach: { 'børn og unge': 980 } }]);
    expect(openings(2)).toEqual([{ ...base, kind: 'andet', venues: 3 }]);
    expect(openings(3)).toEqual([{ ...base, kind: 'andet', reach: { forældre: 240 } }]);
    expect(openings(4)).toEqual([{ ...base, kind: 'andet', reach: { medarbejdere: 450 } }]);
    expect(openings(5)).toEqual([{ ...base, kind: 'andet', reach: { støttekontaktpersoner: 30 } }]);
    expect(openings(6)).toEqual([
      { ...base, kind: 'etablering' },
      { ...base, kind: 'møde', n: 4 },
    ]);
  });

  it('makes the status texts the approved texts of a closed round as of the given date', () => {
    const round = doc.rounds[0];
    expect(round).toMatchObject({
      asOf: '2018-09-01',
      state: 'closed',
      title: 'Status pr. 1. september 2018',
    });
    expect(round.updates.map((u) => [u.initiative, u.state])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [n, 'approved']),
    );
    const text = (n: number) => round.updates.find((u) => u.initiative === n)!.text;
    expect(text(3)).toBe(
      [
        'Indsatsen er nået ud til 240 forældre samt medarbejdere og frivillige fra civilsamfundsorganisationer gennem følgende aktiviteter:',
        '- Efteruddannelse af Bydelsmødre',
        '- Indarbejdelse af social kontrol som tema i uddannelse af 4 nye Baba-hold',
        '- Medarbejdere og frivillige i bl.a. Welcome House og Kringlebakken samt lokalt forankrede foreninger i bl.a. Mjølnerparken har modtaget undervisning om social kontrol ved Dansk Flygtningehjælp',
      ].join('\n'),
    );
    expect(text(5)).toBe(
      [
        '30 relevante fagpersoner har gennemgået en 2-dages efteruddannelse ved RED-Safehouse:',
        '- I efteruddannelsen er inddraget andre aktører på området, herunder Sabaah ift. de særlige udfordringer, LGBTQ+-personer, der opholder sig på krisecentre/sikre botilbud, kan opleve',
        '- Måltallet, om at mindst 80 pct. af disse gennemgår efteruddannelsen, er indfriet',
      ].join('\n'),
    );
    expect(text(6)).toMatch(
      /^Der er etableret en koordineringsenhed .* Der er afholdt 4 møder i koordineringsenheden, .* mørketal på området\.$/,
    );
  });

  it('marks for review, in Danish, what it was unsure of', () => {
    const population = marks('initiatives.4.targets.0.population');
    expect(population.map((m) => m.blocking)).toEqual([true]);
    expect(population[0].message).toContain('Angiv populationen, før forslaget gemmes.');
    expect(marks('initiatives.3.targets.0').map((m) => m.message)).toEqual([
      'Notatet siger "450 fagpersoner"; tallet er lagt på målets målgruppe "medarbejdere". Kontrollér, at det er de samme.',
      'Tallet er omtrentligt ("ca. 450"); det er brugt som det står.',
    ]);
    expect(marks('initiatives.2.activities').map((m) => m.message)).toContain(
      'Målgruppen "kvinder" tælles ikke med i indsatsens mål; tilføj den til målet, hvis den skal tælle med.',
    );
    expect(marks('initiatives.5.activities.2.dateFrom')).toHaveLength(1);
    expect(proposal.review.filter((m) => m.blocking)).toHaveLength(1);
  });

  it('wants the as-of date when the memo does not state it', () => {
    const without = proposeFromText(seedMemoText());
    expect(without.review).toContainEqual(expect.objectContaining({ path: 'rounds.0.asOf', blocking: true }));
  });

  it('refuses a text that is not a memo', () => {
    const attempt = () => proposeFromText('Kære alle,\n\nHusk mødet på torsdag kl. 10.\n\nHilsen Ida');
    expect(attempt).toThrow(Problem);
    try {
      attempt();
    } catch (e) {
      expect((e as Problem).status).toBe(422);
      expect((e as Problem).da).toMatch(/^Filen kunne ikke læses som et notat/);
    }
  });
});
