import { describe, expect, it } from 'vitest';
import type { Funding } from './types';
import {
  findContradictions,
  parseTokens,
  renderTokens,
  TOKEN_DEFINITIONS,
  tokenProblems,
  tokenValues,
  type TokenTarget,
} from './text-tokens';

const reach: TokenTarget = {
  metricKind: 'reach',
  value: 2000,
  unitLabel: 'børn og unge',
  result: { actual: 980, expected: 250, forecast: 1230 },
};
const share: TokenTarget = {
  metricKind: 'share',
  value: 80,
  unitLabel: 'pct.',
  result: {
    actual: (30 * 100) / 36,
    expected: (6 * 100) / 36,
    forecast: 100,
    share: { count: 30, population: 36, expected: 6 },
  },
};
const funding: Funding = {
  kind: 'money',
  amount: 200_000,
  amountBasis: 'per_year',
  staffYears: null,
  yearFrom: 2016,
  yearTo: 2019,
  source: 'Budget 2016',
  fundedUntil: null,
};
const values = tokenValues({ targets: [reach, share], fundings: [funding] });

describe('parseTokens', () => {
  it('reads the first target by default, målN. for target N, and midler for the initiative', () => {
    const refs = parseTokens(
      '{{faktisk}} af {{ Mål }} og {{mål2.antal}} af {{mål2.population}}, {{mål2}}, {{midler}}',
    );
    expect(refs.map((r) => r.key)).toEqual([
      'mål1.faktisk',
      'mål1.mål',
      'mål2.antal',
      'mål2.population',
      'mål2.mål',
      'midler',
    ]);
    expect(refs[1]?.raw).toBe('{{ Mål }}');
  });

  it('marks an unknown name as such', () => {
    const [ref] = parseTokens('Vi nåede {{fakstisk}}.');
    expect(ref).toMatchObject({ name: null, key: null, raw: '{{fakstisk}}', index: 9 });
  });

  it('has a Danish and an English description for every name', () => {
    for (const d of TOKEN_DEFINITIONS) {
      expect(d.da.length).toBeGreaterThan(10);
      expect(d.en.length).toBeGreaterThan(10);
    }
  });
});

describe('tokenProblems', () => {
  it('accepts every known token on an initiative with two targets', () => {
    const all = TOKEN_DEFINITIONS.map((d) => `{{${d.name}}}`).join(' ') + ' {{mål2.prognose}} {{mål2}}';
    expect(tokenProblems(all, 2)).toEqual([]);
  });

  it('names an unknown token, a target the initiative lacks, a misplaced target number and an open brace', () => {
    const problems = tokenProblems('{{fakstisk}} {{mål3.faktisk}} {{mål2.midler}} {{faktisk', 2);
    expect(problems.map((p) => p.token)).toEqual([
      '{{fakstisk}}',
      '{{mål3.faktisk}}',
      '{{mål2.midler}}',
      '{{',
    ]);
    expect(problems[0]?.da).toContain('Ukendt henvisning {{fakstisk}}');
    expect(problems[0]?.en).toContain('Unknown reference {{fakstisk}}');
    expect(problems[1]?.da).toBe('{{mål3.faktisk}} henviser til mål 3, men indsatsen har 2 mål.');
    expect(problems[2]?.da).toContain('skriv {{midler}}');
  });

  it('refuses target tokens on an initiative without targets, and skips the count when it is unknown', () => {
    expect(tokenProblems('{{faktisk}}', 0)[0]?.da).toBe(
      '{{faktisk}} henviser til mål 1, men indsatsen har ingen mål.',
    );
    expect(tokenProblems('{{mål0.faktisk}}', 1)[0]?.da).toContain('kun ét mål');
    expect(tokenProblems('{{mål4.faktisk}} {{midler}}', null)).toEqual([]);
  });
});

describe('tokenValues and renderTokens', () => {
  it('renders figures as ordinary Danish with the formatters the memo uses', () => {
    expect(values).toMatchObject({
      'mål1.faktisk': '980',
      'mål1.mål': '2.000',
      'mål1.prognose': '1.230',
      'mål1.forventet': '250',
      'mål1.antal': '980',
      'mål2.faktisk': '83\u00a0pct.',
      'mål2.mål': '80\u00a0pct.',
      'mål2.antal': '30',
      'mål2.population': '36',
      'mål2.forventet': '6',
      'mål2.prognose': '100\u00a0pct.',
      midler: '0,2\u00a0mio.\u00a0kr. årligt i 2016-19',
    });
    expect(values['mål1.population']).toBeUndefined();
  });

  it('fills a text, and leaves a token without a value as written', () => {
    const r = renderTokens(
      'Indsatsen har nået {{faktisk}} af {{mål}} børn og unge; {{mål2.antal}} af {{mål2.population}} ({{mål2.faktisk}}). Med Budget 2016 blev der udmøntet {{midler}}. {{population}}',
      values,
    );
    expect(r.text.replace(/\u00a0/g, ' ')).toBe(
      'Indsatsen har nået 980 af 2.000 børn og unge; 30 af 36 (83 pct.). Med Budget 2016 blev der udmøntet 0,2 mio. kr. årligt i 2016-19. {{population}}',
    );
    expect(r.missing).toEqual(['{{population}}']);
  });

  it('says reached or not for a milestone and has no funding value without funding', () => {
    const v = tokenValues({
      targets: [
        { metricKind: 'milestone', value: 1, unitLabel: '', result: { actual: 1, expected: 0, forecast: 1 } },
      ],
      fundings: [],
    });
    expect(v['mål1.faktisk']).toBe('nået');
    expect(v.midler).toBeUndefined();
  });
});

describe('findContradictions', () => {
  it('flags a typed number before a unit label that matches none of the target figures', () => {
    const found = findContradictions('Indsatsen har samlet nået 975 børn og unge på skoler.', [reach, share]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ typed: '975 børn og unge', target: 1 });
    expect(found[0]?.da).toContain('faktisk 980');
    expect(found[0]?.da).toContain('{{faktisk}}');
  });

  it('accepts the actual, the value, the forecast and the expected reach, and rounds as typed', () => {
    const text =
      'Nået 980 børn og unge, målet er 2.000 børn og unge, prognosen 1.230 Børn og unge, planlagt 250 børn og unge; 83 pct. og 83,3 pct. og 80\u00a0pct.';
    expect(findContradictions(text, [reach, share])).toEqual([]);
  });

  it("accepts a share's people before a label that names them", () => {
    const people = { ...share, unitLabel: 'støttekontaktpersoner' };
    expect(findContradictions('30 støttekontaktpersoner af 36 støttekontaktpersoner', [people])).toEqual([]);
    expect(findContradictions('29 støttekontaktpersoner', [people])).toHaveLength(1);
  });

  it('ignores tokens, numbers before other words and numbers inside a longer label', () => {
    const text = '{{faktisk}} børn og unge, 12 skoler, 975 børn og ungeråd, uge 975 børn';
    expect(findContradictions(text, [reach])).toEqual([]);
  });

  it('reports each contradiction in the order of the text, naming the target', () => {
    const text = 'Vi nåede 30 pct. og 2.001 børn og unge.';
    expect(findContradictions(text, [reach, share]).map((c) => [c.typed, c.target])).toEqual([
      ['30 pct.', 2],
      ['2.001 børn og unge', 1],
    ]);
  });
});
