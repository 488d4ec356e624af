/**
 * Hand-built memo models for renderer tests, visual checks and benchmarks.
 */
import type { MemoInitiative, MemoModel } from '../model';
import { SEED_INITIATIVES, SEED_OTHERS } from './fixture-seed';

const SEED_TITLE = 'Bilag 1: Status på implementering af indsatser til forebyggelse af social kontrol';

/** The model of the seed memo "Bilag 1" (status autumn 2018), built by hand from the seed text. */
export function seedMemoFixture(): MemoModel {
  return {
    language: 'da-DK',
    draft: false,
    draftLabel: 'UDKAST',
    properties: {
      title: SEED_TITLE,
      author: 'Københavns Kommune',
      subject: 'Status på implementering af indsatser til forebyggelse af social kontrol, efteråret 2018',
    },
    kicker: 'NOTAT',
    headerLines: [
      { label: 'Organisation', value: 'Københavns Kommune' },
      { label: 'Enhed', value: 'Beskæftigelses- og Integrationsforvaltningen' },
      { label: 'Dato', value: '1. september 2018' },
    ],
    title: SEED_TITLE,
    intro: 'Status på implementering af de enkelte anbefalinger fremgår af tabellen forneden.',
    initiatives: structuredClone(SEED_INITIATIVES),
    others: {
      heading: 'Øvrige indsatser i kommunen',
      intro:
        'Ud over de seks indsatser, som er finansieret via Integrationshandleplan 2017-18, har kommunen følgende indsatser på området for social kontrol og æresrelaterede konflikter:',
      items: structuredClone(SEED_OTHERS),
    },
    pageLabel: 'Side {page} af {pages}',
  };
}

/** A copy of a seed initiative renumbered as initiative `n`, so every table in a large memo is distinct. */
function renumbered(source: MemoInitiative, n: number): MemoInitiative {
  const title = source.heading.replace(/^\d+\.\s*/, '');
  return { ...structuredClone(source), heading: `${n}. ${title}` };
}

/** A memo with `n` initiatives the size of the seed's, cycling through the seed initiatives; for benchmarks. */
export function syntheticMemoFixture(n: number): MemoModel {
  const seed = seedMemoFixture();
  const initiatives = Array.from({ length: n }, (_, i) =>
    renumbered(SEED_INITIATIVES[i % SEED_INITIATIVES.length], i + 1),
  );
  return {
    ...seed,
    properties: { ...seed.properties, title: `Syntetisk memo med ${n} indsatser` },
    title: `Bilag 1: Status på ${n} indsatser (syntetisk)`,
    initiatives,
  };
}
