/** Tokens in the memo model: filled from the frozen values, or from an older snapshot's own figures, and warned about. */
import { describe, expect, it } from 'vitest';
import { buildMemoModel } from './build-model';
import type { TextBlock } from './model';
import { syntheticSnapshot } from './render/fixture';

const text = (blocks: TextBlock[]): string =>
  blocks
    .map((b) => (b.type === 'paragraph' ? b.text : b.items.join(' | ')))
    .join('\n')
    .replace(/\u00a0/g, ' ');

describe('tokens in the memo model', () => {
  it('fills a format 2 snapshot (no frozen values) from its own frozen targets and funding', () => {
    const s = structuredClone(syntheticSnapshot(1));
    s.formatVersion = 2;
    s.initiatives[0].statusText =
      'Indsatsen har nået {{faktisk}} af {{mål}} børn og unge.\n- Prognose: {{prognose}}';
    s.initiatives[0].purpose = 'Finansieret med {{midler}}.';
    s.others[0].description = 'Med Budget 2016 blev der udmøntet {{midler}} til samarbejde.';
    const m = buildMemoModel(s, { draft: false });
    expect(text(m.initiatives[0].status)).toBe(
      'Indsatsen har nået 980 af 2.000 børn og unge.\nPrognose: 980',
    );
    expect(m.initiatives[0].fields[0]?.text.replace(/\u00a0/g, ' ')).toBe(
      'Finansieret med 0,5 mio. kr. årligt i 2017-18.',
    );
    expect(text(m.others?.items[0]?.text ?? [])).toBe(
      'Med Budget 2016 blev der udmøntet 0,2 mio. kr. årligt i 2016-19 til samarbejde.',
    );
    expect(buildMemoModel(s, { draft: false, variant: 'working' }).initiatives[0].working).not.toContainEqual(
      expect.stringContaining('Henvisningen'),
    );
  });

  it('prints the values frozen with the round, not figures computed again', () => {
    const s = structuredClone(syntheticSnapshot(1));
    s.initiatives[0].statusText = 'Nået: {{faktisk}}.';
    s.initiatives[0].tokenValues = { 'mål1.faktisk': '975' };
    expect(text(buildMemoModel(s, { draft: false }).initiatives[0].status)).toBe('Nået: 975.');
  });

  it("fills the author's bullets and warns of a token without a value and of a contradicting figure", () => {
    const s = structuredClone(syntheticSnapshot(1));
    s.initiatives[0].statusText = 'Nået {{population}} og 975 børn og unge.';
    s.initiatives[0].leadIn = {
      kind: 'met',
      withPeriod: false,
      bullets: ['Målet {{mål}} er nået af 2.001 børn og unge'],
    };
    const m = buildMemoModel(s, { draft: false, variant: 'working' }).initiatives[0];
    expect(text(m.status)).toBe('Nået {{population}} og 975 børn og unge.');
    expect(m.activities[0]?.replace(/\u00a0/g, ' ')).toBe('Målet 2.000 er nået af 2.001 børn og unge');
    // The warnings close the working version's notes; the committee version carries none of them.
    const warnings = m.working.slice(-3);
    expect(buildMemoModel(s, { draft: false }).initiatives[0].working).toEqual([]);
    expect(warnings[0]).toBe(
      'Henvisningen {{population}} kan ikke udfyldes: der er ingen værdi pr. 1. september 2018.',
    );
    expect(warnings[1]).toContain('"975 børn og unge" passer ikke med tallene for mål 1');
    expect(warnings[2]).toContain('"2.001 børn og unge"');
  });
});
