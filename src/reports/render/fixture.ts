/**
 * A large synthetic memo for renderer tests and benchmarks, made the way the product makes every memo: a
 * `RoundSnapshot` (plain data of the real snapshot type) turned into text by `buildMemoModel`. Each initiative is
 * about the size of one of the demo memo's. Built without a database, so it is synchronous.
 */
import type { Funding } from '../../domain/types';
import { buildMemoModel } from '../build-model';
import type { MemoModel } from '../model';
import type { RoundSnapshot, SnapshotActivity, SnapshotInitiative, SnapshotOther } from '../snapshot';
import { SNAPSHOT_FORMAT_VERSION } from '../snapshot';

const SOURCE = 'Integrationshandleplan 2017-18';
const AUTUMN_2018 = { from: '2018-09-01', to: '2018-11-30' };

const yearly = (amount: number, yearFrom: number, yearTo: number, source: string): Funding => ({
  kind: 'money',
  amount,
  amountBasis: 'per_year',
  staffYears: null,
  yearFrom,
  yearTo,
  source,
  fundedUntil: null,
});

const activity = (title: string): SnapshotActivity => ({ title, kind: 'forløb', ...AUTUMN_2018 });

/** Initiative `n`: one reach target at 49 %, assessed as on track, with three activities planned for the autumn. */
function initiative(n: number): SnapshotInitiative {
  return {
    id: n,
    number: n,
    title: `Forebyggende indsats nr. ${n}`,
    purpose:
      'Oplyse børn og unge om deres rettigheder, handlemuligheder og egen adfærd for at forebygge social kontrol og modkultur.',
    unitName: 'Beskæftigelses- og Integrationsforvaltningen',
    fundings: [yearly(500_000, 2017, 2018, SOURCE)],
    targets: [
      {
        id: n,
        sentence: 'Indsatsen når ud til minimum {value} børn og unge på skoler, klubber, foreninger mm.',
        metricKind: 'reach',
        comparator: '>=',
        value: 2000,
        unitLabel: 'børn og unge',
        dueDate: '2018-12-31',
        result: {
          targetId: n,
          actual: 980,
          expected: 0,
          forecast: 980,
          progress: 0.49,
          status: 'at_risk',
          reason: '980 børn og unge nu mod målet mindst 2.000 børn og unge.',
        },
      },
    ],
    computedStatus: 'at_risk',
    status: 'on_track',
    assessment: {
      status: 'on_track',
      reason: 'Efterårets aktiviteter forventes at nå de resterende børn og unge',
      by: 'Integrationskontoret, BIF',
      at: '2018-09-01T10:00:00.000Z',
    },
    statusText: [
      'Indsatsen har samlet nået 980 børn og unge på skoler, klubber, ungdomsuddannelser mm. gennem følgende aktiviteter:',
      '- Opsøgende indsats ved SSP-konsulent',
      '- Undervisning via bl.a. teater, workshops og ung-til-ung dialog',
    ].join('\n'),
    updateState: 'approved',
    missing: false,
    planned: [
      activity('Fortsat forløb og aktiviteter på skoler, klubber og i boligsocialt regi ved SSP-konsulent'),
      activity('Teaterforestillinger, workshops og skolebesøg samt online undervisningsmateriale'),
      activity('Der foretages en ekstern evaluering af målgruppens udbytte af indsatsen'),
    ],
  };
}

const OTHERS: SnapshotOther[] = [
  {
    id: 10_001,
    title: 'Skolesocialrådgivere på fri- og privatskoler',
    unitName: 'Socialforvaltningen',
    description:
      'Med Budget 2018 blev der afsat midler til skolesocialrådgivere på de 14 mest belastede fri- og privatskoler.',
    fundings: [yearly(200_000, 2016, 2019, 'Budget 2016')],
  },
];

/** The snapshot of a closed round with `n` synthetic initiatives numbered 1…n and one other initiative. */
export function syntheticSnapshot(n: number): RoundSnapshot {
  return {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    round: {
      id: 1,
      title: 'Status efterår 2018',
      asOf: '2018-09-01',
      organisation: 'Københavns Kommune',
      unitName: 'Beskæftigelses- og Integrationsforvaltningen',
      recipient: null,
      appendixNumber: 1,
      memoDate: '2018-09-24',
      caseNumber: null,
    },
    plan: {
      id: 1,
      slug: 'syntetisk-plan',
      title: `Syntetisk handleplan med ${n} indsatser`,
      theme: 'forebyggelse af social kontrol',
      periodFrom: '2017-01-01',
      periodTo: '2018-12-31',
    },
    initiatives: Array.from({ length: n }, (_, i) => initiative(i + 1)),
    others: structuredClone(OTHERS),
  };
}

/** The memo model of `syntheticSnapshot(n)`, as the product builds it for a closed round. */
export function syntheticMemoFixture(n: number): MemoModel {
  return buildMemoModel(syntheticSnapshot(n), { draft: false });
}
