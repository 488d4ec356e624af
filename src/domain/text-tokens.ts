/**
 * Figures as references: a status text, an initiative's purpose/description and an "øvrig indsats"'s text may
 * carry tokens such as `{{faktisk}}` or `{{mål2.prognose}}` instead of typed numbers. They refer to the initiative
 * the text belongs to (its first target, or target N with `målN.`), are checked when the text is saved, and render
 * as ordinary Danish ("980", "80 pct.", "0,2 mio. kr. årligt i 2016-19") from the data at the round's as-of date.
 * Defined once here for the API, the memo, the draft text, the plan import and the web editor. Pure.
 */
import { formatFundingPhrase, formatNumber, formatPercent } from './format';
import type { Funding, MetricKind, ShareFigures } from './types';

/** The names a token may carry. */
export const TOKEN_NAMES = [
  'faktisk',
  'mål',
  'prognose',
  'forventet',
  'antal',
  'population',
  'midler',
] as const;
export type TokenName = (typeof TOKEN_NAMES)[number];

/** One token's definition: whether it belongs to a target (`målN.` may precede it) and what it stands for. */
export interface TokenDefinition {
  name: TokenName;
  /** True for a target's figure; false for the initiative's own (the funding). */
  perTarget: boolean;
  /** What it stands for, for the editor's list (Danish and English). */
  da: string;
  en: string;
}

export const TOKEN_DEFINITIONS: readonly TokenDefinition[] = [
  {
    name: 'faktisk',
    perTarget: true,
    da: 'Det faktiske tal pr. opgørelsesdatoen, fx 980 (for et andelsmål i procent).',
    en: 'The actual figure at the as-of date, e.g. 980 (for a share target, in percent).',
  },
  {
    name: 'mål',
    perTarget: true,
    da: 'Målets værdi, fx 2.000 eller 80 pct.',
    en: "The target's value, e.g. 2.000 or 80 pct.",
  },
  {
    name: 'prognose',
    perTarget: true,
    da: 'Prognosen ved fristen: det faktiske tal plus det, de planlagte aktiviteter forventes at nå.',
    en: 'The forecast at the due date: the actual figure plus what the planned activities are expected to add.',
  },
  {
    name: 'forventet',
    perTarget: true,
    da: 'Hvor mange de planlagte aktiviteter forventes at nå.',
    en: 'How many the planned activities are expected to reach.',
  },
  {
    name: 'antal',
    perTarget: true,
    da: 'Antallet, der er nået: for et andelsmål personerne (30 i "30 af 36"), ellers fx antal skoler.',
    en: 'The number reached: for a share target the people (30 in "30 of 36"), otherwise e.g. the venues.',
  },
  {
    name: 'population',
    perTarget: true,
    da: 'For et andelsmål: hele målgruppen (36 i "30 af 36").',
    en: 'For a share target: the whole population (36 in "30 of 36").',
  },
  {
    name: 'midler',
    perTarget: false,
    da: 'Midlerne afsat til indsatsen, som notatet skriver dem, fx 0,2 mio. kr. årligt i 2016-19.',
    en: 'The funding of the initiative as the memo writes it, e.g. 0,2 mio. kr. årligt i 2016-19.',
  },
];

/** The written form of a token: `{{faktisk}}` for the first target, `{{mål2.faktisk}}` for target 2. */
export function tokenText(name: TokenName, target = 1): string {
  const def = TOKEN_DEFINITIONS.find((d) => d.name === name);
  return def?.perTarget && target !== 1 ? `{{mål${target}.${name}}}` : `{{${name}}}`;
}

/** One token found in a text. */
export interface TokenRef {
  /** As written, e.g. "{{ Mål2.faktisk }}". */
  raw: string;
  /** Offset of `raw` in the text. */
  index: number;
  /** The known name, or null for an unknown token. */
  name: TokenName | null;
  /** The 1-based target number for a target's figure; null for the initiative's own (and for unknown tokens). */
  target: number | null;
  /** Written as `målN.midler`: a target number on a token that has none. */
  misplacedTarget: boolean;
  /** The key its value is looked up by ("mål1.faktisk", "midler"); null when it is unknown. */
  key: string | null;
}

const TOKEN = /\{\{([^{}]*)\}\}/g;

function definition(name: string): TokenDefinition | undefined {
  return TOKEN_DEFINITIONS.find((d) => d.name === name);
}

/** The value key of a target's figure. */
export function targetKey(target: number, name: TokenName): string {
  return `mål${target}.${name}`;
}

function refOf(raw: string, inner: string, index: number): TokenRef {
  const word = inner.trim().toLocaleLowerCase('da');
  const unknown: TokenRef = { raw, index, name: null, target: null, misplacedTarget: false, key: null };
  // "{{mål2}}" is target 2's value; "{{mål2.faktisk}}" its actual; "{{faktisk}}" the first target's.
  const alone = /^mål(\d+)$/.exec(word);
  const prefixed = /^mål(\d+)\.(.+)$/.exec(word);
  const target = alone ? Number(alone[1]) : prefixed ? Number(prefixed[1]) : null;
  const def = definition(alone ? 'mål' : prefixed ? prefixed[2] : word);
  if (!def) return unknown;
  if (!def.perTarget) {
    return { ...unknown, name: def.name, misplacedTarget: target !== null, key: def.name };
  }
  const n = target ?? 1;
  return { raw, index, name: def.name, target: n, misplacedTarget: false, key: targetKey(n, def.name) };
}

/** Every `{{…}}` in a text, in order. */
export function parseTokens(text: string): TokenRef[] {
  return [...text.matchAll(TOKEN)].map((m) => refOf(m[0], m[1] ?? '', m.index));
}

/** A problem with a text's tokens (Danish and English), naming the token. */
export interface TokenProblem {
  token: string;
  da: string;
  en: string;
}

const KNOWN_DA = TOKEN_DEFINITIONS.map((d) => `{{${d.name}}}`).join(', ');

/**
 * What is wrong with a text's tokens: unknown names, a target number the initiative lacks (when `targetCount` is
 * known; null skips that check, e.g. for an initiative whose targets are not registered yet), `målN.` before a
 * token that has no target, and braces left open. Empty when the text is fine.
 */
export function tokenProblems(text: string, targetCount: number | null): TokenProblem[] {
  const out: TokenProblem[] = [];
  for (const ref of parseTokens(text)) {
    if (ref.name === null) {
      out.push({
        token: ref.raw,
        da: `Ukendt henvisning ${ref.raw}. Brug en af ${KNOWN_DA}, evt. med målnummer som {{mål2.faktisk}}.`,
        en: `Unknown reference ${ref.raw}. Use one of ${KNOWN_DA}, with a target number as in {{mål2.faktisk}} if needed.`,
      });
    } else if (ref.misplacedTarget) {
      out.push({
        token: ref.raw,
        da: `${ref.raw}: {{${ref.name}}} hører til indsatsen, ikke til et mål; skriv {{${ref.name}}}.`,
        en: `${ref.raw}: {{${ref.name}}} belongs to the initiative, not to a target; write {{${ref.name}}}.`,
      });
    } else if (ref.target !== null && targetCount !== null && (ref.target < 1 || ref.target > targetCount)) {
      const has =
        targetCount === 0
          ? { da: 'indsatsen har ingen mål', en: 'the initiative has no targets' }
          : {
              da: `indsatsen har ${targetCount === 1 ? 'kun ét mål' : `${targetCount} mål`}`,
              en: `the initiative has ${targetCount === 1 ? 'one target' : `${targetCount} targets`}`,
            };
      out.push({
        token: ref.raw,
        da: `${ref.raw} henviser til mål ${ref.target}, men ${has.da}.`,
        en: `${ref.raw} refers to target ${ref.target}, but ${has.en}.`,
      });
    }
  }
  const stray = /\{\{|\}\}/.exec(text.replace(TOKEN, (m) => ' '.repeat(m.length)));
  if (stray) {
    const at = Math.max(0, stray.index - 10);
    const near = text.slice(at, stray.index + 12).trim();
    out.push({
      token: stray[0],
      da: `En henvisning er ikke lukket rigtigt ved "${near}": skriv den som {{faktisk}}.`,
      en: `A reference is not closed properly at "${near}": write it as {{faktisk}}.`,
    });
  }
  return out;
}

/** A target's figures as the tokens and the contradiction check need them: the engine's result at the as-of date. */
export interface TokenTarget {
  metricKind: MetricKind;
  value: number;
  unitLabel: string;
  result: {
    actual: number | null;
    expected: number;
    forecast: number | null;
    share?: ShareFigures;
  };
}

/** What an initiative's tokens are filled from. */
export interface TokenData {
  targets: TokenTarget[];
  fundings: Funding[];
}

/** Token values by key ("mål1.faktisk", "midler"): ordinary Danish, ready to stand in running text. */
export type TokenValues = Record<string, string>;

/** A target's figure in the text's words: a share's figures in whole percent, other figures as numbers. */
function figure(t: TokenTarget, v: number, percent: boolean): string {
  return percent && t.metricKind === 'share' ? formatPercent(v, 0) : formatNumber(v, 1);
}

function targetValues(t: TokenTarget): Partial<Record<TokenName, string>> {
  const r = t.result;
  const out: Partial<Record<TokenName, string>> = {
    mål: t.metricKind === 'share' ? formatPercent(t.value) : formatNumber(t.value, 1),
  };
  if (r.actual !== null) {
    out.faktisk =
      t.metricKind === 'milestone' ? (r.actual >= 1 ? 'nået' : 'ikke nået') : figure(t, r.actual, true);
    out.antal = formatNumber(r.share ? r.share.count : r.actual, 1);
  }
  if (r.forecast !== null && t.metricKind !== 'milestone') out.prognose = figure(t, r.forecast, true);
  if (t.metricKind !== 'milestone' && t.metricKind !== 'manual') {
    out.forventet = formatNumber(r.share ? r.share.expected : r.expected, 1);
  }
  if (r.share) out.population = formatNumber(r.share.population);
  return out;
}

/**
 * Every value an initiative's tokens can take; a token without a value (no measurement yet, no population, no
 * funding) has no key and stays as written, so a reader sees it and the working version warns.
 */
export function tokenValues(data: TokenData): TokenValues {
  const out: TokenValues = {};
  data.targets.forEach((t, n) => {
    for (const [name, value] of Object.entries(targetValues(t)))
      out[targetKey(n + 1, name as TokenName)] = value;
  });
  const funding = formatFundingPhrase(data.fundings);
  if (funding !== '') out.midler = funding;
  return out;
}

/** A text with its tokens filled in, and the tokens that had no value (as written). */
export function renderTokens(text: string, values: TokenValues): { text: string; missing: string[] } {
  const missing: string[] = [];
  const rendered = text.replace(TOKEN, (raw: string, inner: string, index: number) => {
    const ref = refOf(raw, inner, index);
    const value = ref.key === null || ref.misplacedTarget ? undefined : values[ref.key];
    if (value === undefined) {
      missing.push(raw);
      return raw;
    }
    return value;
  });
  return { text: rendered, missing };
}

/** A typed number before a target's unit label that matches none of the target's figures. */
export interface Contradiction {
  /** As typed: "975 børn og unge". */
  typed: string;
  /** 1-based number of the target whose unit label it is written before (the first, when several share it). */
  target: number;
  da: string;
  en: string;
}

const NUMBER = String.raw`(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A Danish number as typed ("2.000", "83,3") → its value and fraction digits. */
function typedNumber(int: string, frac: string | undefined): { value: number; decimals: number } {
  return { value: Number(`${int.replace(/\./g, '')}.${frac ?? '0'}`), decimals: frac?.length ?? 0 };
}

/** The figures a typed number may stand for: actual, value, forecast and expected reach (and a share's people). */
function figuresOf(t: TokenTarget): number[] {
  const r = t.result;
  const out = [t.value, r.expected];
  if (r.actual !== null) out.push(r.actual);
  if (r.forecast !== null) out.push(r.forecast);
  // A share's people ("30 af 36 støttekontaktpersoner") unless the label is the percentage's own.
  const percentLabel = /^(pct\.?|procent|%)$/i.test(t.unitLabel.trim());
  if (r.share && !percentLabel) {
    out.push(r.share.count, r.share.population, r.share.expected, r.share.count + r.share.expected);
  }
  return out;
}

function matches(typed: { value: number; decimals: number }, v: number): boolean {
  const f = 10 ** typed.decimals;
  return Math.abs(Math.round(v * f) / f - typed.value) < 1e-9;
}

/**
 * Typed numbers that contradict the data they describe: a number written directly before a target's unit label
 * ("975 børn og unge" where a target's unit label is "børn og unge") that equals none of that target's figures at
 * the as-of date (rounded as typed: "83 pct." matches 83,3). With several targets of one unit label, a number
 * matching any of them is fine. Tokens are not typed numbers and are never flagged.
 */
export function findContradictions(text: string, targets: readonly TokenTarget[]): Contradiction[] {
  const plain = text.replace(TOKEN, (m) => ' '.repeat(m.length));
  const labels = [...new Set(targets.map((t) => t.unitLabel.trim()).filter((l) => l !== ''))];
  const found: { index: number; c: Contradiction }[] = [];
  for (const label of labels) {
    const same = targets.flatMap((t, n) => (t.unitLabel.trim() === label ? [{ t, n: n + 1 }] : []));
    const re = new RegExp(`${NUMBER}[\\s\\u00a0]+${escapeRegExp(label)}(?![\\p{L}\\d])`, 'giu');
    for (const m of plain.matchAll(re)) {
      const typed = typedNumber(m[1] ?? '', m[2]);
      if (same.some(({ t }) => figuresOf(t).some((v) => matches(typed, v)))) continue;
      const first = same[0];
      if (!first) continue;
      const values = tokenValues({ targets: [first.t], fundings: [] });
      const known = (['faktisk', 'mål', 'prognose', 'forventet'] as const)
        .filter((k) => values[targetKey(1, k)] !== undefined)
        .map((k) => `${k} ${values[targetKey(1, k)]}`)
        .join(', ');
      const shown = m[0].replace(/\u00a0/g, ' ');
      const token = tokenText('faktisk', first.n);
      found.push({
        index: m.index,
        c: {
          typed: shown,
          target: first.n,
          da: `"${shown}" passer ikke med tallene for mål ${first.n} (${known}); skriv fx ${token} i stedet.`,
          en: `"${shown}" does not match the figures of target ${first.n} (${known}); write e.g. ${token} instead.`,
        },
      });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.c);
}
