/**
 * The Danish words the memo parser reads figures with: the noun phrase after a number, and the nouns that name
 * venue kinds and activity kinds. General Danish, not any one memo's wording.
 */
import { DANISH_NUMBER, parseDanishNumber } from '../../domain/parse-danish';
import type { ActivityKind, VenueKind } from '../../domain/types';

/** Words that end a noun phrase: prepositions, conjunctions, auxiliaries. */
const STOP = new Set(
  'på i til om ved fra af med gennem inden hos under efter før via samt der som har er blev vil skal kan forventes mhp. mhp indenfor for bl.a. mm. hvor hvoraf heraf inkl. fordelt'.split(
    ' ',
  ),
);
/** Qualifiers before the noun that do not change what is counted. */
const QUALIFIERS = new Set(
  'de alle relevante nye flere yderligere forskellige mindst ca. cirka omkring'.split(' '),
);

/** A figure in running text, with the noun phrase that follows it. */
export interface Figure {
  value: number;
  /** The figure as written ("2.000"). */
  raw: string;
  /** Where the figure starts in the text. */
  index: number;
  /** "børn og unge", "friskoler", "fagpersoner"; '' when no noun follows. */
  noun: string;
  /** Whether the figure is approximate ("ca. 450"). */
  approximate: boolean;
  /** The word before ("minimum", "mindst", …), lower case. */
  before: string;
}

/** The noun phrase starting at `rest`: lower-case words up to a stop word or punctuation, qualifiers dropped. */
export function nounPhrase(rest: string): string {
  const words: string[] = [];
  for (const token of rest.trim().split(/\s+/).slice(0, 8)) {
    const word = token.replace(/[.,;:)!?]+$/, '');
    const ended = word !== token && !/^(?:pct|mio|kr)\.$/.test(token);
    if (STOP.has(token.toLowerCase()) || STOP.has(word.toLowerCase())) break;
    if (!/^[a-zæøå][a-zæøå-]*$/.test(word)) break;
    // A passive verb ("opkvalificeres", "efteruddannes") ends the phrase.
    if (words.length > 0 && word.length >= 8 && /es$/.test(word)) break;
    if (words.length === 0 && QUALIFIERS.has(word)) continue;
    words.push(word);
    if (ended || words.length >= 4) break;
  }
  while (words.length > 0 && words.at(-1) === 'og') words.pop();
  return words.join(' ');
}

const FIGURE = new RegExp(
  String.raw`(?<![\d.,\p{L}])(${DANISH_NUMBER}|to|tre|fire|fem|seks|syv|otte|ni|ti)(?![\d\p{L}-])(?!,\d)`,
  'giu',
);

/** Every figure in a text with the noun after it; years ("2018") and compounds ("2-dages") are left out. */
export function figures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const value = parseDanishNumber(m[1]);
    if (value === null) continue;
    const index = m.index;
    const before =
      text
        .slice(Math.max(0, index - 14), index)
        .trim()
        .split(/\s+/)
        .at(-1)
        ?.toLowerCase() ?? '';
    if (/^\d{4}$/.test(m[1]) && value >= 1900 && value <= 2200) continue;
    if (/^(?:i|år|året|siden|til|med|budget)$/.test(before) && value >= 1900) continue;
    const rest = text.slice(index + m[1].length);
    out.push({
      value,
      raw: m[1],
      index,
      noun: nounPhrase(rest),
      approximate: /^(?:ca\.|cirka|omkring|knap|godt|over|næsten)$/.test(before),
      before,
    });
  }
  return out;
}

const VENUE_NOUNS: [RegExp, VenueKind[]][] = [
  [/friskoler$/, ['friskole']],
  [/privatskoler$/, ['privatskole']],
  [/folkeskoler$/, ['folkeskole']],
  [/^skoler$/, ['folkeskole', 'friskole', 'privatskole']],
  [/klubber$/, ['klub']],
  [/foreninger$/, ['forening']],
  [/ungdomsuddannelser$/, ['ungdomsuddannelse']],
  [/jobcentr(?:e|er)$/, ['jobcenter']],
  [/krisecentr(?:e|er)$/, ['krisecenter']],
  [/boligområder$/, ['boligsocialt område']],
];

/** The venue kinds a plural noun names ("friskoler" → friskole), or null when it names no kind of place. */
export function venueKindsOf(noun: string): VenueKind[] | null {
  return VENUE_NOUNS.find(([re]) => re.test(noun))?.[1] ?? null;
}

/** Activity kinds by the words that name them, singular and plural stems. */
const ACTIVITY_WORDS: [RegExp, ActivityKind][] = [
  [/temaaften/, 'temaaften'],
  [/konference/, 'konference'],
  [/efteruddann/, 'efteruddannelse'],
  [/opkvalificering|kurs(?:us|er)\b/, 'kursus'],
  [/workshop/, 'workshop'],
  [/teater|forestilling/, 'teater'],
  [/oplæg/, 'oplæg'],
  [/sagssparring/, 'sagssparring'],
  [/\bmøde|møder\b/, 'møde'],
  [/evaluering/, 'evaluering'],
  [/undervis/, 'undervisning'],
  [/opsøgende/, 'opsøgende indsats'],
  [/dialog/, 'dialog'],
  [/materiale/, 'materiale'],
  [/forløb/, 'forløb'],
  [/etabler/, 'etablering'],
];

/** The activity kind a text names first ("Yderligere to opkvalificeringskurser" → kursus), or null. */
export function activityKindIn(text: string): ActivityKind | null {
  const lower = text.toLowerCase();
  let best: { at: number; kind: ActivityKind } | null = null;
  for (const [re, kind] of ACTIVITY_WORDS) {
    const m = re.exec(lower);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, kind };
  }
  return best?.kind ?? null;
}

/** The activity kind a plural noun counts ("møder" → møde), or null when it names no activity. */
export function activityKindOf(noun: string): ActivityKind | null {
  if (noun === '' || noun.split(' ').length > 2) return null;
  return activityKindIn(noun);
}

/** Passive verbs of a milestone ("Styregruppen etableres"), their participle and the activity kind that marks it. */
export const MILESTONE_VERBS: { verb: RegExp; participle: RegExp; kind: ActivityKind }[] = [
  { verb: /\betableres\b/, participle: /\betableret\b/, kind: 'etablering' },
  { verb: /\boprettes\b/, participle: /\boprettet\b/, kind: 'etablering' },
  { verb: /\bnedsættes\b/, participle: /\bnedsat\b/, kind: 'etablering' },
  { verb: /\bevalueres\b/, participle: /\bevalueret\b/, kind: 'evaluering' },
  { verb: /\budarbejdes\b/, participle: /\budarbejdet\b/, kind: 'andet' },
  { verb: /\bgennemføres\b/, participle: /\bgennemført\b/, kind: 'andet' },
  { verb: /\bigangsættes\b/, participle: /\bigangsat\b/, kind: 'andet' },
  { verb: /\bimplementeres\b/, participle: /\bimplementeret\b/, kind: 'andet' },
  { verb: /\bvedtages\b/, participle: /\bvedtaget\b/, kind: 'andet' },
];

/** Whether two target-group names mean the same group ("relevante fagpersoner" and "fagpersoner"). */
export function sameGroup(a: string, b: string): boolean {
  const x = a.trim().toLowerCase();
  const y = b.trim().toLowerCase();
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}
