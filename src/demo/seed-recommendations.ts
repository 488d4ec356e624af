/**
 * The six recommendations of the demo plan (initiatives 1-6) with their targets, funding and activities. What is
 * taken from the autumn 2018 memo and what is made up (the done activities' dates, titles, venues and how the
 * totals are split between sessions) is listed in the header of ./seed-plan.ts.
 *
 * Activity lists are kept one activity per line with `prettier-ignore`.
 */
import type { PlanDocumentInput } from '../schemas/plan-document';

type Initiative = NonNullable<PlanDocumentInput['initiatives']>[number];

/** The plan the recommendations are funded by; also the plan's title. */
export const HANDLEPLAN = 'Integrationshandleplan 2017-18';

/** 2017-18 funding from the plan itself: "<amount> mio. kr. årligt i 2017-18". */
const planFunding = (amount: number) =>
  ({
    kind: 'money',
    amount,
    amountBasis: 'per_year',
    yearFrom: 2017,
    yearTo: 2018,
    source: HANDLEPLAN,
  }) as const;

const AUTUMN_2018 = { dateFrom: '2018-09-01', dateTo: '2018-11-30' } as const; // "efteråret 2018"
const OCTOBER_2018 = { dateFrom: '2018-10-01', dateTo: '2018-10-31' } as const;
const DUE = '2018-12-31';

/** Initiatives 1-6 as the memo numbers them. */
export const seedRecommendations: Initiative[] = [
  // ─── 1. Styrket indsats målrettet unge ───────────────────────────────────────────────────────────────────
  {
    number: 1,
    kind: 'recommendation',
    title: 'Styrket indsats målrettet unge',
    purpose:
      'Oplyse børn og unge om deres rettigheder, handlemuligheder og egen adfærd for at forebygge social kontrol og modkultur.',
    unit: 'BIF',
    partners: ['C:NTACT', 'Mino Danmark'],
    assessment: {
      status: 'on_track',
      reason:
        'Efterårets aktiviteter på skoler, klubber og i boligsocialt regi forventes at nå de resterende børn og unge, selvom de ikke har et fastsat forventet antal.',
      by: 'Integrationskontoret, BIF',
      at: '2018-09-01T10:00:00.000Z',
    },
    targets: [
      {
        metricKind: 'reach',
        value: 2000,
        unitLabel: 'børn og unge',
        dueDate: DUE,
        targetGroups: ['børn og unge'],
        sentence: 'Indsatsen når ud til minimum {value} børn og unge på skoler, klubber, foreninger mm.',
      },
    ],
    funding: [planFunding(500_000)],
    // prettier-ignore
    activities: [
      // Done: 980 børn og unge in total
      { state: 'done', kind: 'opsøgende indsats', title: 'Opsøgende forløb om social kontrol i udskolingen ved SSP-konsulent', dateFrom: '2017-03-06', dateTo: '2017-06-23', venues: ['Nørrebro Park Skole', 'Tingbjerg Skole'], reach: { 'børn og unge': 140 } },
      { state: 'done', kind: 'teater', title: 'Teaterforestilling og efterfølgende dialog om social kontrol', dateFrom: '2017-04-25', partner: 'C:NTACT', venues: ['Bellahøj Skole'], reach: { 'børn og unge': 120 } },
      { state: 'done', kind: 'undervisning', title: 'Undervisning om rettigheder og handlemuligheder i klubberne', dateFrom: '2017-05-08', dateTo: '2017-05-19', partner: 'Mino Danmark', venues: ['Klub Mjølner', 'Ungdomsklubben Tingbjerg'], reach: { 'børn og unge': 45 } },
      { state: 'done', kind: 'workshop', title: 'Workshops om social kontrol og modkultur', dateFrom: '2017-09-12', partner: 'C:NTACT', venues: ['Nordvest Gymnasium'], reach: { 'børn og unge': 85 } },
      { state: 'done', kind: 'opsøgende indsats', title: 'Opsøgende indsats i klubber ved SSP-konsulent', dateFrom: '2017-09-01', dateTo: '2017-12-15', venues: ['Klub Mjølner', 'Fritidsklubben Husum'], reach: { 'børn og unge': 95 } },
      { state: 'done', kind: 'dialog', title: 'Ung-til-ung dialog om frihed og rettigheder', dateFrom: '2017-11-08', partner: 'Mino Danmark', venues: ['Erhvervsskolen Amager'], reach: { 'børn og unge': 60 } },
      { state: 'done', kind: 'undervisning', title: 'Undervisningsforløb om social kontrol i 7.-9. klasse', dateFrom: '2018-01-15', dateTo: '2018-02-09', partner: 'Mino Danmark', venues: ['Sundby Skole'], reach: { 'børn og unge': 130 } },
      { state: 'done', kind: 'teater', title: 'Teaterforestilling og workshops om social kontrol', dateFrom: '2018-03-14', partner: 'C:NTACT', venues: ['Nørrebro Park Skole'], reach: { 'børn og unge': 150 } },
      { state: 'done', kind: 'dialog', title: 'Ung-til-ung dialogaften', dateFrom: '2018-04-18', venues: ['Ungdomsforeningen Nørrebro'], reach: { 'børn og unge': 40 } },
      { state: 'done', kind: 'opsøgende indsats', title: 'Forløb på skoler og i boligsocialt regi ved SSP-konsulent', dateFrom: '2018-02-01', dateTo: '2018-06-22', venues: ['Sundby Skole', 'Tingbjerg'], reach: { 'børn og unge': 115 } },
      // Planned, efteråret 2018 (the memo states no expected reach)
      { state: 'planned', kind: 'forløb', title: 'Fortsat forløb og aktiviteter på skoler, klubber og i boligsocialt regi ved SSP-konsulent', ...AUTUMN_2018 },
      { state: 'planned', kind: 'teater', title: 'Teaterforestillinger, workshops og skolebesøg med C:NTACT samt online undervisningsmateriale ved Mino Danmark', ...AUTUMN_2018, partner: 'C:NTACT' },
      { state: 'planned', kind: 'evaluering', title: 'Der foretages en ekstern evaluering af målgruppens udbytte af indsatsen', ...AUTUMN_2018 },
    ],
  },

  // ─── 2. Øget samarbejde mellem kommune og friskoler ──────────────────────────────────────────────────────
  {
    number: 2,
    kind: 'recommendation',
    title: 'Øget samarbejde mellem kommune og friskoler',
    purpose:
      'Udbrede samarbejdet til relevante friskoler, herunder fokus på forebyggelse af reproduktion af social kontrol blandt de unge selv.',
    unit: 'BIF',
    partners: ['C:NTACT'],
    assessment: {
      status: 'on_track',
      reason:
        'Den opsøgende indsats ved SSP-konsulent og opkvalificeringen af skolesocialrådgivere tilknyttet friskoler forventes at bringe indsatsen ud på de resterende friskoler i efteråret 2018.',
      by: 'Integrationskontoret, BIF',
      at: '2018-09-01T10:00:00.000Z',
    },
    targets: [
      {
        metricKind: 'venues',
        value: 5,
        unitLabel: 'friskoler',
        dueDate: DUE,
        venueKinds: ['friskole'],
        sentence: 'Indsatsen når ud på minimum {value} friskoler.',
      },
    ],
    funding: [planFunding(200_000)],
    // prettier-ignore
    activities: [
      // Done: C:NTACT at 3 distinct friskoler
      { state: 'done', kind: 'teater', title: 'C:NTACT-forestilling om social kontrol', dateFrom: '2017-05-10', partner: 'C:NTACT', venues: ['Lindevangens Friskole'], reach: { 'børn og unge': 60 } },
      { state: 'done', kind: 'workshop', title: 'C:NTACT-workshop om social kontrol', dateFrom: '2017-11-21', partner: 'C:NTACT', venues: ['Lindevangens Friskole'], reach: { 'børn og unge': 45 } },
      { state: 'done', kind: 'teater', title: 'C:NTACT-forestilling og workshop om social kontrol', dateFrom: '2018-02-27', partner: 'C:NTACT', venues: ['Kastanjegårdens Friskole'], reach: { 'børn og unge': 70 } },
      { state: 'done', kind: 'workshop', title: 'C:NTACT-workshops om social kontrol', dateFrom: '2018-05-16', partner: 'C:NTACT', venues: ['Søndermarkens Friskole'], reach: { 'børn og unge': 55 } },
      // Planned, efteråret 2018
      { state: 'planned', kind: 'opsøgende indsats', title: 'Opsøgende indsats ved SSP-konsulent på relevante skoler om aktiviteter og forløb om social kontrol', ...AUTUMN_2018, venues: ['Brønshøjvang Friskole', 'Amagerbro Friskole', 'Sjællandsgadens Friskole'] },
      { state: 'planned', kind: 'kursus', title: 'Opkvalificering af skolesocialrådgivere tilknyttet friskoler', ...AUTUMN_2018 },
    ],
  },

  // ─── 3. Inddragelse af forældre og lokalmiljø ────────────────────────────────────────────────────────────
  {
    number: 3,
    kind: 'recommendation',
    title: 'Inddragelse af forældre og lokalmiljø',
    purpose:
      'Iværksætte forebyggelsesindsatser i udsatte og lukkede miljøer mhp. at etablere samarbejde med forældre samt nå ud til særligt isolerede kvinder.',
    unit: 'BIF',
    partners: ['Bydelsmødre', 'Baba', 'Dansk Flygtningehjælp'],
    targets: [
      {
        metricKind: 'reach',
        value: 500,
        unitLabel: 'forældre',
        dueDate: DUE,
        // Fathers are parents; "kvinder" reached by the Bydelsmødre's theme evenings are not counted.
        targetGroups: ['forældre', 'fædre'],
        sentence: 'Indsatsen når ud til minimum {value} forældre.',
      },
    ],
    funding: [planFunding(500_000)],
    // prettier-ignore
    activities: [
      // Done: 240 forældre + fædre in total (plus medarbejdere og frivillige, who do not count)
      { state: 'done', kind: 'efteruddannelse', title: 'Efteruddannelse af Bydelsmødre om social kontrol', dateFrom: '2017-10-03', dateTo: '2017-11-28', partner: 'Bydelsmødre', venues: ['Mjølnerparken'], reach: { forældre: 40 } },
      { state: 'done', kind: 'forløb', title: 'Social kontrol som tema i uddannelsen af to nye Baba-hold', dateFrom: '2017-09-05', dateTo: '2017-12-12', partner: 'Baba', venues: ['Mjølnerparken'], reach: { fædre: 48 } },
      { state: 'done', kind: 'forløb', title: 'Social kontrol som tema i uddannelsen af yderligere to nye Baba-hold', dateFrom: '2018-02-06', dateTo: '2018-05-29', partner: 'Baba', venues: ['Tingbjerg'], reach: { fædre: 52 } },
      { state: 'done', kind: 'undervisning', title: 'Undervisning om social kontrol for medarbejdere og frivillige i Welcome House', dateFrom: '2018-01-23', partner: 'Dansk Flygtningehjælp', venues: ['Welcome House'], reach: { 'medarbejdere og frivillige': 25, forældre: 20 } },
      { state: 'done', kind: 'undervisning', title: 'Undervisning om social kontrol i Kringlebakken', dateFrom: '2018-03-20', partner: 'Dansk Flygtningehjælp', venues: ['Kringlebakken'], reach: { 'medarbejdere og frivillige': 18, forældre: 35 } },
      { state: 'done', kind: 'undervisning', title: 'Undervisning om social kontrol for lokalt forankrede foreninger i Mjølnerparken', dateFrom: '2018-04-10', dateTo: '2018-04-24', partner: 'Dansk Flygtningehjælp', venues: ['Kvindeforeningen i Mjølnerparken', 'Forældreforeningen i Mjølnerparken', 'Mjølnerparken'], reach: { 'medarbejdere og frivillige': 30, forældre: 45 } },
      // Planned, efteråret 2018
      { state: 'planned', kind: 'temaaften', title: 'Bydelsmødre afholder temaaftener om social kontrol, som forventes at nå mindst 125 kvinder', ...AUTUMN_2018, partner: 'Bydelsmødre', reach: { kvinder: 125 } },
      { state: 'planned', kind: 'forløb', title: 'De 4 Baba-hold forventes at nå mindst 125 fædre i deres lokalmiljø om temaer, der relaterer til social kontrol', ...AUTUMN_2018, partner: 'Baba', reach: { fædre: 125 } },
      { state: 'planned', kind: 'forløb', title: 'Dansk Flygtningehjælp bistår de foreninger og klubber, der har modtaget undervisning om social kontrol, i at afvikle aktiviteter og forløb, der samlet forventes at nå 500 forældre', ...AUTUMN_2018, partner: 'Dansk Flygtningehjælp', venues: ['Welcome House', 'Kringlebakken', 'Kvindeforeningen i Mjølnerparken', 'Forældreforeningen i Mjølnerparken'], reach: { forældre: 500 } },
    ],
  },

  // ─── 4. Kompetenceudvikling af fagpersoner ───────────────────────────────────────────────────────────────
  {
    number: 4,
    kind: 'recommendation',
    title: 'Kompetenceudvikling af fagpersoner',
    purpose:
      'Sikre at relevant fagpersonale omkring de unge har kompetencer til at identificere og reagere på tegn på social kontrol blandt unge.',
    unit: 'BIF',
    partners: ['Etnisk Konsulentteam'],
    targets: [
      {
        metricKind: 'reach',
        value: 500,
        unitLabel: 'fagpersoner',
        dueDate: DUE,
        targetGroups: ['fagpersoner'],
        sentence:
          'Minimum {value} medarbejdere på skoler, klubber, foreninger mm. opkvalificeres gennem kurser og oplæg.',
      },
    ],
    funding: [planFunding(600_000)],
    // prettier-ignore
    activities: [
      // Done: 450 fagpersoner in total; the external supplier is not named in the memo, so it has no partner row
      { state: 'done', kind: 'konference', title: 'Konference om social kontrol blandt unge', description: 'Ved ekstern leverandør.', dateFrom: '2017-05-30', reach: { fagpersoner: 150 } },
      { state: 'done', kind: 'kursus', title: 'Opkvalificeringskursus: tegn på social kontrol og hvordan man reagerer', description: 'Ved ekstern leverandør.', dateFrom: '2017-10-10', dateTo: '2017-10-11', reach: { fagpersoner: 35 } },
      { state: 'done', kind: 'kursus', title: 'Opkvalificeringskursus: tegn på social kontrol og hvordan man reagerer', description: 'Ved ekstern leverandør.', dateFrom: '2018-03-06', dateTo: '2018-03-07', reach: { fagpersoner: 35 } },
      { state: 'done', kind: 'oplæg', title: 'Vidensoplæg på skoler og i klubber ved Etnisk Konsulentteam', dateFrom: '2017-02-01', dateTo: '2017-12-20', occurrences: 12, partner: 'Etnisk Konsulentteam', venues: ['Bellahøj Skole', 'Sundby Skole', 'Klub Mjølner', 'Fritidsklubben Husum'], reach: { fagpersoner: 120 } },
      { state: 'done', kind: 'oplæg', title: 'Vidensoplæg for skoler, klubber og jobcentre ved Etnisk Konsulentteam', dateFrom: '2018-01-08', dateTo: '2018-06-29', occurrences: 7, partner: 'Etnisk Konsulentteam', venues: ['Jobcenter København', 'Tingbjerg Skole', 'Ungdomsklubben Tingbjerg'], reach: { fagpersoner: 70 } },
      { state: 'done', kind: 'sagssparring', title: 'Sagssparring med fagpersoner ved Etnisk Konsulentteam', dateFrom: '2017-01-09', dateTo: '2018-08-31', occurrences: 40, partner: 'Etnisk Konsulentteam', reach: { fagpersoner: 40 } },
      // Planned, efteråret 2018 (the memo states no expected reach)
      { state: 'planned', kind: 'kursus', title: 'Yderligere to opkvalificeringskurser i efteråret', ...AUTUMN_2018, occurrences: 2 },
      { state: 'planned', kind: 'oplæg', title: 'Fortsat tilbud til skoler, klubber, jobcentre mm. om vidensoplæg og sagssparring ved Etnisk Konsulentteam', ...AUTUMN_2018, partner: 'Etnisk Konsulentteam' },
    ],
  },

  // ─── 5. Bedre opfølgning på unge efter ophold på krisecenter ─────────────────────────────────────────────
  {
    number: 5,
    kind: 'recommendation',
    title: 'Bedre opfølgning på unge efter ophold på krisecenter',
    purpose:
      'Sikre bedre hjælp til ofre for æresrelaterede konflikter og social kontrol, så de får den bedste støtte til et liv efter ophold på krisecentre/safehouse.',
    unit: 'SOF',
    partners: ['RED-Safehouse', 'Sabaah'],
    targets: [
      {
        metricKind: 'share',
        value: 80,
        unitLabel: 'pct.',
        dueDate: DUE,
        targetGroups: ['støttekontaktpersoner'],
        population: 36, // relevant støttekontaktpersoner (made up): 30 of 36 = 83,3 pct.
        sentence:
          'Alle relevante støttekontaktpersoner får tilbudt efteruddannelse. Minimum {value} pct. af de relevante støttekontaktpersoner efteruddannes i løsning af æresrelaterede konflikter og social kontrol.',
      },
    ],
    funding: [planFunding(200_000)],
    // prettier-ignore
    activities: [
      // Done: 30 støttekontaktpersoner
      { state: 'done', kind: 'efteruddannelse', title: '2-dages efteruddannelse i løsning af æresrelaterede konflikter og social kontrol', description: 'Med inddragelse af Sabaah om de særlige udfordringer, LGBTQ+-personer, der opholder sig på krisecentre/sikre botilbud, kan opleve.', dateFrom: '2018-04-17', dateTo: '2018-04-18', partner: 'RED-Safehouse', reach: { støttekontaktpersoner: 30 } },
      // Planned, oktober 2018
      { state: 'planned', kind: 'efteruddannelse', title: 'Der er planlagt endnu et efteruddannelsesforløb i oktober 2018, som forventes at nå yderligere 30 relevante fagpersoner', ...OCTOBER_2018, partner: 'RED-Safehouse', reach: { støttekontaktpersoner: 30 } },
    ],
  },

  // ─── 6. Etablering af tværsektoriel styregruppe ──────────────────────────────────────────────────────────
  {
    number: 6,
    kind: 'recommendation',
    title: 'Etablering af tværsektoriel styregruppe',
    purpose:
      'Øge samarbejde og koordinering på tværs af forvaltninger, herunder SOF og BUF, for at sikre en helhedsorienteret og styrket indsats mod social kontrol.',
    unit: 'BIF',
    targets: [
      { metricKind: 'milestone', value: 1, dueDate: DUE, activityKinds: ['etablering'], sentence: '' },
      {
        metricKind: 'count',
        value: 4,
        unitLabel: 'møder',
        dueDate: DUE,
        activityKinds: ['møde'],
        sentence: 'Styregruppen etableres, og der afholdes minimum {value} møder',
      },
    ],
    funding: [{ kind: 'existing_frame' }],
    // prettier-ignore
    activities: [
      // Done: the coordination unit is established and has met 4 times
      { state: 'done', kind: 'etablering', title: 'Etablering af koordineringsenhed med styregruppe på direktørniveau og arbejdsgruppe på medarbejderniveau', dateFrom: '2017-06-01' },
      { state: 'done', kind: 'møde', title: 'Møde i koordineringsenheden: opstart og kommissorium', dateFrom: '2017-09-14' },
      { state: 'done', kind: 'møde', title: 'Møde i koordineringsenheden: kortlægning af kommunens sagsgange vedr. social kontrol', dateFrom: '2017-12-07' },
      { state: 'done', kind: 'møde', title: 'Møde i koordineringsenheden: kortlægningen drøftes og godkendes', dateFrom: '2018-03-15' },
      { state: 'done', kind: 'møde', title: 'Møde i koordineringsenheden: afdækning af mørketal på området påbegyndes', dateFrom: '2018-06-14' },
      // Planned
      { state: 'planned', kind: 'møde', title: 'Der forventes afholdt yderligere 4 møder i koordineringsenheden mhp. udarbejdelse af klare retningslinjer for de respektive forvaltninger i forhold social kontrol samt afsøgning af muligheder for mere systematisk registrering af sager om social kontrol for at nedbringe mørketal på området', dateFrom: '2018-09-01', dateTo: '2018-12-31', occurrences: 4 },
    ],
  },
];
