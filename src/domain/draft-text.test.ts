import { describe, expect, it } from 'vitest';
import { composeStatusDraft, type DraftTarget } from './draft-text';
import { renderTokens, tokenValues } from './text-tokens';
import type { TargetResult } from './types';

/** The draft as the memo shows it: its tokens filled from the same targets. */
const shown = (text: string, targets: DraftTarget[]): string =>
  renderTokens(text, tokenValues({ targets: targets.map((t) => ({ ...t, value: 0 })), fundings: [] })).text;

const result = (over: Partial<TargetResult>): TargetResult => ({
  targetId: 1,
  actual: 0,
  expected: 0,
  forecast: 0,
  progress: 0,
  status: 'at_risk',
  reason: '',
  ...over,
});

const reach = (actual: number): DraftTarget => ({
  id: 1,
  metricKind: 'reach',
  unitLabel: 'børn og unge',
  population: null,
  result: result({ actual }),
});

describe('the draft text (issue 10)', () => {
  it('says "uændret siden …" when a figure has not moved since the previous round', () => {
    const text = composeStatusDraft({
      targets: [reach(980)],
      activities: [],
      previous: { asOf: '2018-09-01', actual: new Map([[1, 980]]) },
    });
    expect(text).toBe(
      'Indsatsen har samlet nået {{faktisk}}\u00a0børn og unge (uændret siden sidste status pr. 1. september 2018).',
    );
    expect(shown(text, [reach(980)])).toBe(
      'Indsatsen har samlet nået 980\u00a0børn og unge (uændret siden sidste status pr. 1. september 2018).',
    );
    expect(text).not.toContain('±');
  });
  it('still gives the change with its sign when there is one', () => {
    const text = composeStatusDraft({
      targets: [reach(1055)],
      activities: [],
      previous: { asOf: '2018-09-01', actual: new Map([[1, 980]]) },
    });
    expect(text).toContain('(+75 siden sidste status pr. 1. september 2018)');
  });
  it('writes a share as people of the population, the percentage rounded', () => {
    const share: DraftTarget = {
      id: 5,
      metricKind: 'share',
      unitLabel: 'pct.',
      population: 36,
      populationLabel: 'relevante støttekontaktpersoner',
      result: result({
        targetId: 5,
        actual: (30 * 100) / 36,
        share: { count: 30, population: 36, expected: 0 },
      }),
    };
    const text = composeStatusDraft({ targets: [share], activities: [], previous: null });
    expect(text).toBe(
      'Indsatsen har nået {{antal}} af {{population}}\u00a0relevante støttekontaktpersoner ({{faktisk}}).',
    );
    expect(shown(text, [share])).toBe(
      'Indsatsen har nået 30 af 36\u00a0relevante støttekontaktpersoner (83\u00a0pct.).',
    );
  });
  it('says "uændret" for a share whose percentage repeats with float noise', () => {
    const pct = (30 * 100) / 36;
    const share: DraftTarget = {
      id: 5,
      metricKind: 'share',
      unitLabel: 'pct.',
      population: 36,
      populationLabel: 'støttekontaktpersoner',
      result: result({ targetId: 5, actual: pct, share: { count: 30, population: 36, expected: 0 } }),
    };
    const text = composeStatusDraft({
      targets: [share],
      activities: [],
      previous: { asOf: '2018-09-01', actual: new Map([[5, pct + 1e-12]]) },
    });
    expect(shown(text, [share])).toContain(
      '30 af 36\u00a0støttekontaktpersoner (83\u00a0pct.) (uændret siden sidste status',
    );
  });
});

describe('the draft text writes references, not typed figures', () => {
  it('refers to the second target as mål2 and types no figure of its own', () => {
    const second: DraftTarget = { ...reach(12), id: 2, metricKind: 'count', unitLabel: 'møder' };
    const text = composeStatusDraft({ targets: [reach(980), second], activities: [], previous: null });
    expect(text).toBe(
      'Indsatsen har samlet nået {{faktisk}}\u00a0børn og unge. Der er afholdt {{mål2.faktisk}}\u00a0møder.',
    );
    expect(text.replace(/\{\{[^}]*\}\}/g, '')).not.toMatch(/\d/);
    expect(shown(text, [reach(980), second])).toBe(
      'Indsatsen har samlet nået 980\u00a0børn og unge. Der er afholdt 12\u00a0møder.',
    );
  });
});
