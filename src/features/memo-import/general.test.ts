/**
 * The parser is general: a memo of another shape and municipality, typed as plain text with "-" bullets, reads
 * into the same kind of proposal. Expected values are written from the memo below by hand.
 */
import { describe, expect, it } from 'vitest';
import { proposeFromText } from './propose';

const MEMO = `NOTAT

Organisation: Aarhus Kommune
Forvaltning: Sundheds- og Omsorgsforvaltningen
Statusrunde: Status forår 2026 (opgjort pr. 1. marts 2026)

Bilag 2: Status på implementering af indsatser mod ensomhed blandt ældre

1. Anbefaling: Besøgsvenner til ældre
Formål: Flere ensomme ældre får en fast besøgsven.
Samlet mål: Minimum 300 ældre får en besøgsven.
Midler afsat: 1,2 mio. kr. i alt i 2025-26.
Status: Indsatsen har nået 120 af de 300 ældre gennem frivillige besøgsvenner.
Følgende aktiviteter er planlagt i 1. halvår 2026:
- Rekruttering af besøgsvenner på plejecentre, som forventes at nå 60 ældre
- To temaaftener for pårørende i maj 2026

2. Anbefaling: Mødesteder i boligområderne
Formål: Skabe mødesteder, hvor ældre kan mødes på tværs.
Samlet mål: Indsatsen når ud på minimum 6 boligsociale områder, og der afholdes minimum 12 cafémøder.
Midler afsat: 3½ årsværk i 2025-27.
Status: Der er afholdt 5 cafémøder, og indsatsen er nået ud til 2 boligsociale områder.

Øvrige indsatser i kommunen
Ud over de to indsatser, som er finansieret via Ældrepuljen 2025-27, har kommunen følgende indsatser på området:
- Telefonvenner (Sundheds- og Omsorgsforvaltningen)
Midler afsat: Indsatsen løftes inden for forvaltningens eksisterende ramme.
`;

const p = proposeFromText(MEMO);
const [one, two, other] = p.document.initiatives;

describe('a memo of another municipality', () => {
  it('reads the plan, the round and its as-of date from the header', () => {
    expect(p.document.plan).toMatchObject({
      title: 'Ældrepuljen 2025-27',
      slug: 'aeldrepuljen-2025-27',
      theme: 'ensomhed blandt ældre',
      periodFrom: '2025-01-01',
      periodTo: '2027-12-31',
      organisation: 'Aarhus Kommune',
    });
    expect(p.document.rounds[0]).toMatchObject({
      title: 'Status forår 2026',
      asOf: '2026-03-01',
      appendixNumber: 2,
    });
    expect(p.review.filter((m) => m.blocking)).toEqual([]);
  });

  it('reads targets, funding and the figure reached out of a total', () => {
    expect(one.targets.map((t) => [t.metricKind, t.comparator, t.value, t.unitLabel])).toEqual([
      ['reach', '>=', 300, 'ældre'],
    ]);
    expect(one.funding).toMatchObject([
      { kind: 'money', amount: 1_200_000, amountBasis: 'total', yearFrom: 2025, yearTo: 2026 },
    ]);
    expect(one.activities.filter((a) => a.imported).map((a) => a.reach)).toEqual([{ ældre: 120 }]);
    expect(
      one.activities
        .filter((a) => !a.imported)
        .map((a) => [a.kind, a.dateFrom, a.dateTo, a.occurrences, a.reach]),
    ).toEqual([
      ['andet', '2026-01-01', '2026-06-30', 1, { ældre: 60 }],
      ['temaaften', '2026-05-01', '2026-05-31', 2, {}],
    ]);
  });

  it('reads two targets from one sentence, each with its own opening balance', () => {
    expect(
      two.targets.map((t) => [t.metricKind, t.value, t.unitLabel, t.venueKinds, t.activityKinds]),
    ).toEqual([
      ['venues', 6, 'boligsociale områder', ['boligsocialt område'], []],
      ['count', 12, 'cafémøder', [], ['møde']],
    ]);
    expect(two.funding).toMatchObject([
      { kind: 'staff_years', staffYears: 3.5, yearFrom: 2025, yearTo: 2027 },
    ]);
    expect(two.activities.map((a) => [a.kind, a.unnamedVenues, a.occurrences])).toEqual([
      ['andet', 2, 1],
      ['møde', 0, 5],
    ]);
  });

  it('reads the other initiative with its unit and funding', () => {
    expect(other).toMatchObject({ kind: 'other', title: 'Telefonvenner' });
    expect(p.document.units.find((u) => u.code === other.unit)?.name).toBe(
      'Sundheds- og Omsorgsforvaltningen',
    );
    expect(other.funding.map((f) => f.kind)).toEqual(['existing_frame']);
  });
});

describe('a memo with gaps', () => {
  it('marks what is missing instead of guessing', () => {
    const gaps = proposeFromText(
      [
        'Bilag 1: Status på implementering af indsatser til bedre trivsel',
        '',
        '1. Anbefaling: Trivselsmålinger',
        'Formål: Følge elevernes trivsel.',
        'Samlet mål: Trivslen forbedres.',
      ].join('\n'),
    );
    const at = (path: string) => gaps.review.filter((m) => m.path === path);
    expect(at('rounds.0.asOf').map((m) => m.blocking)).toEqual([true]);
    expect(at('initiatives.0').map((m) => [m.blocking, m.message])).toEqual([
      [true, 'Anbefaling nr. 1 har ingen statustekst; den historiske runde kræver en for hver anbefaling.'],
    ]);
    expect(at('initiatives.0.funding').map((m) => m.message)).toEqual(['Midler afsat står ikke i notatet.']);
    expect(at('initiatives.0.targets').map((m) => m.message)).toEqual([
      'Sætningen "Trivslen forbedres." er ikke omsat til et mål.',
      'Samlet mål kunne ikke omsættes til et mål; tilføj det selv.',
    ]);
    expect(at('plan.title').map((m) => m.message)).toEqual([
      'Planens navn står ikke i notatet; sat til "Handleplan for bedre trivsel".',
    ]);
    expect(gaps.document.initiatives[0].targets).toEqual([]);
  });
});
