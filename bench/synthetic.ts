/** A synthetic portfolio for benchmarks: plans of plausible initiatives, targets and activities. */
import type { PlanDocumentInput } from '../src/schemas/plan-document';
import { VENUE_KINDS } from '../src/domain/types';

/** Portfolio size. */
export interface PortfolioSize {
  plans: number;
  initiativesPerPlan: number;
  targetsPerInitiative: number;
  activitiesPerInitiative: number;
}

/** The portfolio: 1,000 initiatives, 3,000 targets, 200,000 activities. */
export const FULL: PortfolioSize = {
  plans: 10,
  initiativesPerPlan: 100,
  targetsPerInitiative: 3,
  activitiesPerInitiative: 200,
};

const GROUPS = Array.from({ length: 12 }, (_, i) => `målgruppe ${i + 1}`);
const PARTNERS = Array.from({ length: 40 }, (_, i) => `Partner ${i + 1}`);
const VENUES = Array.from({ length: 400 }, (_, i) => ({
  name: `Sted ${i + 1}`,
  kind: VENUE_KINDS[i % VENUE_KINDS.length],
}));

/** A deterministic pseudo-random sequence, so every run builds the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every tenth activity is planned, one in 25 cancelled, the rest done. */
function stateOf(a: number): 'planned' | 'cancelled' | 'done' {
  if (a % 10 === 0) return 'planned';
  return a % 25 === 1 ? 'cancelled' : 'done';
}

/** One plan document of the synthetic portfolio. */
export function syntheticPlan(p: number, size: PortfolioSize): PlanDocumentInput {
  const r = rng(p + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const initiatives = Array.from({ length: size.initiativesPerPlan }, (_, i) => ({
    number: i + 1,
    title: `Indsats ${p + 1}.${i + 1}`,
    purpose: 'Et syntetisk formål til måling af ydelse.',
    unit: `U${(i % 5) + 1}`,
    targets: Array.from({ length: size.targetsPerInitiative }, (_, t) =>
      t % 3 === 0
        ? {
            metricKind: 'reach' as const,
            value: 2000,
            unitLabel: 'deltagere',
            dueDate: '2018-12-31',
            targetGroups: [pick(GROUPS), pick(GROUPS)],
            sentence: 'Minimum {value} deltagere.',
          }
        : t % 3 === 1
          ? {
              metricKind: 'venues' as const,
              value: 20,
              unitLabel: 'steder',
              dueDate: '2018-12-31',
              venueKinds: [pick(VENUE_KINDS)],
            }
          : {
              metricKind: 'count' as const,
              value: 40,
              unitLabel: 'møder',
              dueDate: '2018-12-31',
              activityKinds: ['møde' as const],
            },
    ),
    funding: [{ amount: 100_000 * (1 + (i % 9)), yearFrom: 2017, yearTo: 2018, source: 'Syntetisk budget' }],
    activities: Array.from({ length: size.activitiesPerInitiative }, (_, a) => {
      const month = 1 + Math.floor(r() * 24);
      const year = 2017 + Math.floor((month - 1) / 12);
      const date = `${year}-${pad(((month - 1) % 12) + 1)}-${pad(1 + Math.floor(r() * 28))}`;
      return {
        state: stateOf(a),
        kind: pick(['undervisning', 'workshop', 'møde', 'kursus', 'teater'] as const),
        title: `Aktivitet ${a + 1}`,
        dateFrom: date,
        partner: pick(PARTNERS),
        venues: [pick(VENUES).name],
        reach: { [pick(GROUPS)]: 5 + Math.floor(r() * 40), [pick(GROUPS)]: Math.floor(r() * 20) },
      };
    }),
  }));
  return {
    units: Array.from({ length: 5 }, (_, u) => ({ code: `U${u + 1}`, name: `Forvaltning ${u + 1}` })),
    partners: PARTNERS.map((name) => ({ name })),
    targetGroups: GROUPS,
    venues: VENUES,
    plan: {
      slug: `syntetisk-${p + 1}`,
      title: `Syntetisk handleplan ${p + 1}`,
      theme: 'syntetiske målinger',
      periodFrom: '2017-01-01',
      periodTo: '2018-12-31',
      unit: 'U1',
    },
    initiatives,
  };
}
