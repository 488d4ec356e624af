/**
 * The initiatives of the seed memo (status autumn 2018, prevention of social control), typed in by hand.
 * Texts are copied from the seed; only the line breaks of the PDF extraction are undone.
 */
import type { MemoInitiative, MemoOtherInitiative, TextBlock } from '../model';

const FORMAAL = 'Formål';
const MAAL = 'Samlet mål';
const MIDLER = 'Midler afsat';
const LEAD_AUTUMN = 'Samlet mål forventes opfyldt gennem følgende aktiviteter i efteråret 2018:';

function p(text: string): TextBlock {
  return { type: 'paragraph', text };
}

function bullets(...items: string[]): TextBlock {
  return { type: 'bullets', items };
}

function fields(formaal: string, maal: string, midler: string): MemoInitiative['fields'] {
  return [
    { label: FORMAAL, text: formaal },
    { label: MAAL, text: maal },
    { label: MIDLER, text: midler },
  ];
}

/** The six recommendations, each with its table content. */
export const SEED_INITIATIVES: MemoInitiative[] = [
  {
    heading: '1. Anbefaling: Styrket indsats målrettet unge',
    fields: fields(
      'Oplyse børn og unge om deres rettigheder, handlemuligheder og egen adfærd for at forebygge social kontrol og modkultur.',
      'Indsatsen når ud til minimum 2.000 børn og unge på skoler, klubber, foreninger mm.',
      '0,5 mio. kr. årligt i 2017-18.',
    ),
    statusLabel: 'Status',
    status: [
      p(
        'Indsatsen har samlet nået 980 børn og unge på skoler, klubber, ungdomsuddannelser mm. gennem opsøgende indsats ved SSP-konsulent og undervisning via bl.a. teater, workshops og ung-til-ung dialog.',
      ),
    ],
    notes: [
      'Beregnet: 980 af 2.000 børn og unge (49 pct.) – Risiko for manglende opfyldelse',
      'Status er en vurdering: Forventes opfyldt (begrundelse: aktiviteterne i efteråret 2018 forventes at nå de resterende 1.020 børn og unge)',
    ],
    activitiesLead: LEAD_AUTUMN,
    activities: [
      'Fortsat forløb og aktiviteter på skoler, klubber og i boligsocialt regi ved SSP-konsulent',
      'Teaterforestillinger, workshops og skolebesøg med C:NTACT samt online undervisningsmateriale ved Mino Danmark',
      'Der foretages en ekstern evaluering af målgruppens udbytte af indsatsen',
    ],
  },
  {
    heading: '2. Anbefaling: Øget samarbejde mellem kommune og friskoler',
    fields: fields(
      'Udbrede samarbejdet til relevante friskoler, herunder fokus på forebyggelse af reproduktion af social kontrol blandt de unge selv.',
      'Indsatsen når ud på minimum 5 friskoler.',
      '0,2 mio. kr. årligt i 2017-18.',
    ),
    statusLabel: 'Status',
    status: [
      p('Indsatsen er nået ud til 3 friskoler via følgende aktiviteter:'),
      bullets('C:NTACT forestillinger og workshops om social kontrol'),
    ],
    notes: [],
    activitiesLead: LEAD_AUTUMN,
    activities: [
      'Opsøgende indsats ved SSP-konsulent på relevante skoler om aktiviteter og forløb om social kontrol',
      'Opkvalificering af skolesocialrådgivere tilknyttet friskoler',
    ],
  },
  {
    heading: '3. Anbefaling: Inddragelse af forældre og lokalmiljø',
    fields: fields(
      'Iværksætte forebyggelsesindsatser i udsatte og lukkede miljøer mhp. at etablere samarbejde med forældre samt nå ud til særligt isolerede kvinder.',
      'Indsatsen når ud til minimum 500 forældre.',
      '0,5 mio. kr. årligt i 2017-18.',
    ),
    statusLabel: 'Status',
    status: [
      p(
        'Indsatsen er nået ud til 240 forældre samt medarbejdere og frivillige fra civilsamfundsorganisationer gennem følgende aktiviteter:',
      ),
      bullets(
        'Efteruddannelse af Bydelsmødre',
        'Indarbejdelse af social kontrol som tema i uddannelse af 4 nye Baba-hold',
        'Medarbejdere og frivillige i bl.a. Welcome House og Kringlebakken samt lokalt forankrede foreninger i bl.a. Mjølnerparken har modtaget undervisning om social kontrol ved Dansk Flygtningehjælp',
      ),
    ],
    notes: [],
    activitiesLead: LEAD_AUTUMN,
    activities: [
      'Bydelsmødre afholder temaaftener om social kontrol, som forventes at nå mindst 125 kvinder',
      'De 4 Baba-hold forventes at nå mindst 125 fædre i deres lokalmiljø om temaer, der relaterer til social kontrol',
      'Dansk Flygtningehjælp bistår de foreninger og klubber, der har modtaget undervisning om social kontrol, i at afvikle aktiviteter og forløb, der samlet forventes at nå 500 forældre',
    ],
  },
  {
    heading: '4. Anbefaling: Kompetenceudvikling af fagpersoner',
    fields: fields(
      'Sikre at relevant fagpersonale omkring de unge har kompetencer til at identificere og reagere på tegn på social kontrol blandt unge.',
      'Minimum 500 medarbejdere på skoler, klubber, foreninger mm. opkvalificeres gennem kurser og oplæg.',
      '0,6 mio. kr. årligt i 2017-18.',
    ),
    statusLabel: 'Status',
    status: [
      p(
        'Der er i alt opkvalificeret ca. 450 fagpersoner gennem konferencer, kurser, sagssparring samt vidensoplæg ved ekstern leverandør og Etnisk Konsulentteam (kommunens akutberedskab i sager om æresrelaterede konflikter og social kontrol).',
      ),
    ],
    notes: [],
    activitiesLead: LEAD_AUTUMN,
    activities: [
      'Yderligere to opkvalificeringskurser i efteråret',
      'Fortsat tilbud til skoler, klubber, jobcentre mm. om vidensoplæg og sagssparring ved Etnisk Konsulentteam',
    ],
  },
  {
    heading: '5. Anbefaling: Bedre opfølgning på unge efter ophold på krisecenter',
    fields: fields(
      'Sikre bedre hjælp til ofre for æresrelaterede konflikter og social kontrol, så de får den bedste støtte til et liv efter ophold på krisecentre/safehouse.',
      'Alle relevante støttekontaktpersoner får tilbudt efteruddannelse. Minimum 80 pct. af de relevante støttekontaktpersoner efteruddannes i løsning af æresrelaterede konflikter og social kontrol.',
      '0,2 mio. kr. årligt i 2017-18',
    ),
    statusLabel: 'Status',
    status: [
      p('30 relevante fagpersoner har gennemgået en 2-dages efteruddannelse ved RED-Safehouse:'),
      bullets(
        'I efteruddannelsen er inddraget andre aktører på området, herunder Sabaah ift. de særlige udfordringer, LGBTQ+-personer, der opholder sig på krisecentre/sikre botilbud, kan opleve',
      ),
    ],
    notes: [],
    activitiesLead: 'Samlet mål er opfyldt:',
    activities: [
      'Måltallet, om at mindst 80 pct. af disse gennemgår efteruddannelsen, er indfriet',
      'Der er planlagt endnu et efteruddannelsesforløb i oktober 2018, som forventes at nå yderligere 30 relevante fagpersoner',
    ],
  },
  {
    heading: '6. Anbefaling: Etablering af tværsektoriel styregruppe',
    fields: fields(
      'Øge samarbejde og koordinering på tværs af forvaltninger, herunder SOF og BUF, for at sikre en helhedsorienteret og styrket indsats mod social kontrol.',
      'Styregruppen etableres, og der afholdes minimum 4 møder',
      'Indsatsen løftes inden for forvaltningens eksisterende ramme',
    ),
    statusLabel: 'Status',
    status: [
      p(
        'Der er etableret en koordineringsenhed bestående af en styregruppe på direktørniveau samt en arbejdsgruppe på medarbejderniveau.',
      ),
      p(
        'Der er afholdt 4 møder i koordineringsenheden, som har udarbejdet en kortlægning af kommunens sagsgange vedr. social kontrol samt påbegyndt en afdækning af mørketal på området.',
      ),
    ],
    notes: [],
    activitiesLead: 'Samlet mål forventes opfyldt gennem følgende aktiviteter:',
    activities: [
      'Der forventes afholdt yderligere 4 møder i koordineringsenheden mhp. udarbejdelse af klare retningslinjer for de respektive forvaltninger i forhold social kontrol samt afsøgning af muligheder for mere systematisk registrering af sager om social kontrol for at nedbringe mørketal på området',
    ],
  },
];

/**
 * "Øvrige indsatser i kommunen". The funding figures live only in `funding` (a figure is never typed twice),
 * so the seed's sentences that carried them are shortened accordingly.
 */
export const SEED_OTHERS: MemoOtherInitiative[] = [
  {
    title: "Samarbejde med civile aktører og NGO'er",
    unit: 'Beskæftigelses- og Integrationsforvaltningen',
    text: [
      p(
        "Med Budget 2016 blev der udmøntet midler til samarbejde med civile aktører og NGO'er, der arbejder med social kontrol og æresrelaterede konflikter. Midlerne i 2016 og 2017 er anvendt til samarbejde med foreningerne Sabaah, Mino Danmark og Exitcirklen.",
      ),
    ],
    funding: 'Midler afsat: 0,2 mio. kr. årligt i 2016-19.',
  },
  {
    title: 'Etnisk Konsulentteam',
    unit: 'Socialforvaltningen',
    text: [
      p(
        'Kommunens ekspert- og akutberedskab i sager om æresrelaterede konflikter og social kontrol siden 1999. Teamet yder bl.a. sagssparring og akutrådgivning til fagpersoner i kommunen (fx lærere, pædagoger, sagsbehandlere og jobcentermedarbejdere).',
      ),
    ],
    funding: null,
  },
  {
    title: 'Sikkerhedskonsulent',
    unit: 'Socialforvaltningen',
    text: [
      p(
        'Satspuljefinansieret indsats, der skal styrke sikkerheden for borgere, der er udsat for æresrelaterede konflikter og social kontrol. Sikkerhedskonsulenten skal understøtte fagprofessionelle i at koordinere mellem indsatser og aktører tilknyttet den pågældende borger på tværs af kommune, statslige myndigheder og andre indsatser (fx i frivilligt regi). Sikkerhedskonsulenten er forankret i Etnisk Konsulentteam.',
      ),
    ],
    funding: 'Finansieret til og med 2020.',
  },
  {
    title: 'Skolesocialrådgivere på fri- og privatskoler',
    unit: 'Socialforvaltningen',
    text: [
      p(
        'Med Budget 2018 blev der afsat midler til skolesocialrådgivere på de 14 mest belastede fri- og privatskoler, efter samme model og normering som på folkeskoler.',
      ),
    ],
    funding: 'Midler afsat: 3½ årsværk i 2018-21.',
  },
  {
    title: 'Etablering af grundskolevejledere inden for social kontrol',
    unit: 'Børne- og Ungdomsforvaltningen',
    text: [
      p(
        'Satspuljefinansieret indsats, der skal styrke skolernes kompetence til at hjælpe elever, der oplever konflikter af æresrelateret karakter. En eksisterende medarbejder på skolen uddannes og klædes på til at kunne støtte og hjælpe de unge vedrørende deres handle- og rådgivningsmuligheder. Indsatsen igangsættes på to folkeskoler i København i 2. halvår 2018.',
      ),
    ],
    funding: 'Finansieret til og med 2020.',
  },
];
