/**
 * The demo plan's closed reporting round "Status efterår 2018" (as of 1 September 2018). Its approved status
 * texts, lead-ins and free bullets are the seed memo's, verbatim, so `indsats demo` followed by `indsats report`
 * gives the seed memo. Every figure the data holds is written as a reference ({{faktisk}}, {{antal}}, {{mål}} …),
 * so no figure is typed twice: the memo prints the values as of the round's date. Its header fields are the real memo's: it has none beyond "NOTAT" and "Bilag 1", so the round
 * sets only the appendix number (no organisation, unit, recipient, date or case number is printed).
 */
import type { PlanDocumentInput } from '../schemas/plan-document';

type Round = NonNullable<PlanDocumentInput['rounds']>[number];

const OWNER = 'Integrationskontoret, BIF';

export const seedRound: Round = {
  title: 'Status efterår 2018',
  asOf: '2018-09-01',
  deadline: '2018-09-14',
  appendixNumber: 1,
  state: 'closed',
  closedBy: 'Integrationskontoret, BIF',
  updates: [
    {
      initiative: 1,
      author: 'SSP-konsulent, BUF',
      text: 'Indsatsen har samlet nået {{faktisk}} børn og unge på skoler, klubber, ungdomsuddannelser mm. gennem opsøgende indsats ved SSP-konsulent og undervisning via bl.a. teater, workshops og ung-til-ung dialog.',
    },
    {
      initiative: 2,
      author: 'SSP-konsulent, BUF',
      text: 'Indsatsen er nået ud til {{faktisk}} friskoler via følgende aktiviteter:\n- C:NTACT forestillinger og workshops om social kontrol',
    },
    {
      initiative: 3,
      author: OWNER,
      text: [
        'Indsatsen er nået ud til {{faktisk}} forældre samt medarbejdere og frivillige fra civilsamfundsorganisationer gennem følgende aktiviteter:',
        '- Efteruddannelse af Bydelsmødre',
        '- Indarbejdelse af social kontrol som tema i uddannelse af 4 nye Baba-hold',
        '- Medarbejdere og frivillige i bl.a. Welcome House og Kringlebakken samt lokalt forankrede foreninger i bl.a. Mjølnerparken har modtaget undervisning om social kontrol ved Dansk Flygtningehjælp',
      ].join('\n'),
    },
    {
      initiative: 4,
      author: 'Etnisk Konsulentteam, SOF',
      text: 'Der er i alt opkvalificeret ca. {{faktisk}} fagpersoner gennem konferencer, kurser, sagssparring samt vidensoplæg ved ekstern leverandør og Etnisk Konsulentteam (kommunens akutberedskab i sager om æresrelaterede konflikter og social kontrol).',
      assessment: {
        status: 'on_track',
        reason:
          'De to opkvalificeringskurser i efteråret har hver plads til mindst 25 deltagere og forventes at nå de sidste 50 fagpersoner',
      },
    },
    {
      initiative: 5,
      author: 'Socialforvaltningen',
      text: [
        '{{antal}} relevante fagpersoner har gennemgået en 2-dages efteruddannelse ved RED-Safehouse:',
        '- I efteruddannelsen er inddraget andre aktører på området, herunder Sabaah ift. de særlige udfordringer, LGBTQ+-personer, der opholder sig på krisecentre/sikre botilbud, kan opleve',
      ].join('\n'),
      // The real memo lists this under "Samlet mål er opfyldt:", before the planned course of October 2018.
      leadIn: {
        kind: 'met',
        withPeriod: true,
        bullets: ['Måltallet, om at mindst {{mål}} af disse gennemgår efteruddannelsen, er indfriet'],
      },
    },
    {
      initiative: 6,
      author: OWNER,
      text: 'Der er etableret en koordineringsenhed bestående af en styregruppe på direktørniveau samt en arbejdsgruppe på medarbejderniveau. Der er afholdt {{mål2.faktisk}} møder i koordineringsenheden, som har udarbejdet en kortlægning af kommunens sagsgange vedr. social kontrol samt påbegyndt en afdækning af mørketal på området.',
      // The real memo says "… gennem følgende aktiviteter:" with no period, although the meetings target is met.
      leadIn: { kind: 'on_track', withPeriod: false },
    },
  ],
};
