/**
 * "Øvrige indsatser i kommunen": the municipality's other initiatives in the field, outside the plan's funding.
 * Titles, units, texts and funding are taken from the autumn 2018 memo (see the header of ./seed-plan.ts); the texts
 * are the memo's sentences verbatim, funding included; where a funding row registers the funding as data, the text
 * refers to it ({{midler}}), so the amount is written once. Amounts keep their unit with non-breaking spaces.
 */
import type { PlanDocumentInput } from '../schemas/plan-document';

type Initiative = NonNullable<PlanDocumentInput['initiatives']>[number];

/** The other initiatives, in the memo's order. */
export const seedOthers: Initiative[] = [
  {
    kind: 'other',
    number: null,
    title: "Samarbejde med civile aktører og NGO'er",
    unit: 'BIF',
    partners: ['Sabaah', 'Mino Danmark', 'Exitcirklen'],
    description:
      "Med Budget 2016 blev der udmøntet {{midler}} til samarbejde med civile aktører og NGO'er, der arbejder med social kontrol og æresrelaterede konflikter. Midlerne i 2016 og 2017 er anvendt til samarbejde med foreningerne Sabaah, Mino Danmark og Exitcirklen.",
    funding: [
      {
        kind: 'money',
        amount: 200_000,
        amountBasis: 'per_year',
        yearFrom: 2016,
        yearTo: 2019,
        source: 'Budget 2016',
      },
    ],
  },
  {
    kind: 'other',
    number: null,
    title: 'Etnisk Konsulentteam',
    unit: 'SOF',
    description:
      'Kommunens ekspert- og akutberedskab i sager om æresrelaterede konflikter og social kontrol siden 1999. Teamet yder bl.a. sagssparring og akutrådgivning til fagpersoner i kommunen (fx lærere, pædagoger, sagsbehandlere og jobcentermedarbejdere).',
  },
  {
    kind: 'other',
    number: null,
    title: 'Sikkerhedskonsulent',
    unit: 'SOF',
    description:
      'Satspuljefinansieret indsats, der skal styrke sikkerheden for borgere, der er udsat for æresrelaterede konflikter og social kontrol. Sikkerhedskonsulenten skal understøtte fagprofessionelle i at koordinere mellem indsatser og aktører tilknyttet den pågældende borger på tværs af kommune, statslige myndigheder og andre indsatser (fx i frivilligt regi). Sikkerhedskonsulenten er forankret i Etnisk Konsulentteam og finansieret til og med 2020.',
    funding: [{ kind: 'money', amount: null, source: 'Satspulje', fundedUntil: 2020 }],
  },
  {
    kind: 'other',
    number: null,
    title: 'Skolesocialrådgivere på fri- og privatskoler',
    unit: 'SOF',
    description:
      'Med Budget 2018 blev der afsat {{midler}} til skolesocialrådgivere på de 14 mest belastede fri- og privatskoler, efter samme model og normering som på folkeskoler.',
    funding: [{ kind: 'staff_years', staffYears: 3.5, yearFrom: 2018, yearTo: 2021, source: 'Budget 2018' }],
  },
  {
    kind: 'other',
    number: null,
    title: 'Etablering af grundskolevejledere inden for social kontrol',
    unit: 'BUF',
    description:
      'Satspuljefinansieret indsats, der skal styrke skolernes kompetence til at hjælpe elever, der oplever konflikter af æresrelateret karakter. En eksisterende medarbejder på skolen uddannes og klædes på til at kunne støtte og hjælpe de unge vedrørende deres handle- og rådgivningsmuligheder. Indsatsen igangsættes på to folkeskoler i København i 2. halvår 2018 og er finansieret til og med 2020.',
    funding: [{ kind: 'money', amount: null, source: 'Satspulje', fundedUntil: 2020 }],
  },
];
