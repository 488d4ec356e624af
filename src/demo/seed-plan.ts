/**
 * The seed plan: Københavns Kommune's Integrationshandleplan 2017-18, the six initiatives against social control
 * plus the municipality's "øvrige indsatser", entered as data from the status memo of autumn 2018
 * (../shared/seeds/000_448e610532b93813.txt).
 *
 * Taken from the memo: titles, purposes, targets and their sentences, funding, the other initiatives' texts, the
 * planned activities of autumn 2018 (bullet text as title, with the expected reach the memo states and none where
 * it states none) and the totals the done activities add up to as of 2018-09-01: 980 børn og unge (1), 3 friskoler
 * (2), 240 forældre (3), 450 fagpersoner (4), 30 støttekontaktpersoner (5), the coordination unit and 4 meetings (6).
 *
 * Made up for the demo: the individual done activities (dates, titles, venues and how the totals are split between
 * sessions), all venue names, the partners' one-line descriptions, the owning unit of initiatives 1-6 and the
 * population of 36 relevant støttekontaktpersoner. The names do not record where anything actually took place.
 *
 * The six recommendations are in ./seed-recommendations.ts, the other initiatives in ./seed-others.ts and the closed
 * round in ./seed-round.ts; lists are kept one item per line with `prettier-ignore`.
 */
import type { PlanDocumentInput } from '../schemas/plan-document';
import { seedOthers } from './seed-others';
import { HANDLEPLAN, seedRecommendations } from './seed-recommendations';
import { seedRound } from './seed-round';

/** The demo plan as one plan document, loaded by `indsats demo` and the tests. */
export const seedPlan: PlanDocumentInput = {
  plan: {
    slug: 'integrationshandleplan-2017-18',
    title: HANDLEPLAN,
    theme: 'forebyggelse af social kontrol',
    periodFrom: '2017-01-01',
    periodTo: '2018-12-31',
    unit: 'BIF',
    organisation: 'Københavns Kommune',
    area: 'social kontrol og æresrelaterede konflikter',
  },

  units: [
    { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen' },
    { code: 'SOF', name: 'Socialforvaltningen' },
    { code: 'BUF', name: 'Børne- og Ungdomsforvaltningen' },
  ],

  // prettier-ignore
  partners: [
    { name: 'C:NTACT', description: 'Teater- og dialogorganisation, der med forestillinger og workshops sætter social kontrol til debat blandt unge.' },
    { name: 'Mino Danmark', description: 'Forening for etniske minoriteter, der underviser i rettigheder og social kontrol og udvikler online undervisningsmateriale.' },
    { name: 'Dansk Flygtningehjælp', description: 'Humanitær organisation, der underviser medarbejdere og frivillige i civilsamfundet om social kontrol.' },
    { name: 'RED-Safehouse', description: 'Landsdækkende krisecenter og videnscenter for unge udsat for æresrelaterede konflikter og social kontrol.' },
    { name: 'Sabaah', description: 'Forening for LGBTQ+-personer med etnisk minoritetsbaggrund.' },
    { name: 'Exitcirklen', description: 'Frivillig organisation, der støtter mennesker i at bryde med negativ social kontrol.' },
    { name: 'Etnisk Konsulentteam', description: 'Kommunens ekspert- og akutberedskab i Socialforvaltningen, der her leverer vidensoplæg og sagssparring.' },
    { name: 'Bydelsmødre', description: 'Frivillige kvinder, der uddannes til at vejlede og støtte isolerede kvinder i deres lokalområde.' },
    { name: 'Baba', description: 'Fædregrupper, hvor fædre mødes om familieliv, opdragelse og forældrerollen.' },
  ],

  targetGroups: [
    'børn og unge',
    'forældre',
    'fædre',
    'kvinder',
    'fagpersoner',
    'støttekontaktpersoner',
    'medarbejdere og frivillige',
  ],

  venues: [
    // Folkeskoler, klubber and ungdomsuddannelser (initiative 1)
    { name: 'Nørrebro Park Skole', kind: 'folkeskole', unit: 'BUF' },
    { name: 'Tingbjerg Skole', kind: 'folkeskole', unit: 'BUF' },
    { name: 'Bellahøj Skole', kind: 'folkeskole', unit: 'BUF' },
    { name: 'Sundby Skole', kind: 'folkeskole', unit: 'BUF' },
    { name: 'Klub Mjølner', kind: 'klub', unit: 'BUF' },
    { name: 'Ungdomsklubben Tingbjerg', kind: 'klub', unit: 'BUF' },
    { name: 'Fritidsklubben Husum', kind: 'klub', unit: 'BUF' },
    { name: 'Nordvest Gymnasium', kind: 'ungdomsuddannelse' },
    { name: 'Erhvervsskolen Amager', kind: 'ungdomsuddannelse' },
    { name: 'Ungdomsforeningen Nørrebro', kind: 'forening' },
    // Friskoler (initiative 2): three with done activities, three contacted in the autumn
    { name: 'Lindevangens Friskole', kind: 'friskole' },
    { name: 'Kastanjegårdens Friskole', kind: 'friskole' },
    { name: 'Søndermarkens Friskole', kind: 'friskole' },
    { name: 'Brønshøjvang Friskole', kind: 'friskole' },
    { name: 'Amagerbro Friskole', kind: 'friskole' },
    { name: 'Sjællandsgadens Friskole', kind: 'friskole' },
    // Civil society and housing areas (initiative 3)
    { name: 'Welcome House', kind: 'forening' },
    { name: 'Kringlebakken', kind: 'forening' },
    { name: 'Kvindeforeningen i Mjølnerparken', kind: 'forening' },
    { name: 'Forældreforeningen i Mjølnerparken', kind: 'forening' },
    { name: 'Mjølnerparken', kind: 'boligsocialt område' },
    { name: 'Tingbjerg', kind: 'boligsocialt område' },
    // Professionals' workplaces (initiative 4)
    { name: 'Jobcenter København', kind: 'jobcenter', unit: 'BIF' },
  ],

  initiatives: [...seedRecommendations, ...seedOthers],
  rounds: [seedRound],
};
