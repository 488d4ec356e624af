/**
 * The Danish words the memo parser reads figures with: the noun phrase after a number, and the nouns that name
 * venue kinds and activity kinds. General Danish, not any one memo's wording.
 */
import { DANISH_NUMBER, parseDanishNumber } from '../../domain/parse-prose';
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
  /** The total in "120 af de 300 ældre": not itself a count of anything reached. */
  total: boolean;
}

/** Plural adjective endings: such a word may stand before the noun ("boligsociale områder", "udsatte børn"). */
const ADJECTIVE = /(?:ale|ske|nde|ige|ede|te)$/;

function word(token: string | undefined): string | null {
  if (token === undefined || STOP.has(token.toLowerCase())) return null;
  const w = token.replace(/[.,;:)!?]+$/, '');
  return /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !STOP.has(w) ? w : null;
}

/**
 * The noun phrase starting at `rest`: one lower-case noun, an adjective before it, or two nouns joined by "og"
 * ("børn og unge"); qualifiers that do not change what is counted ("relevante", "nye") are dropped. It ends at a
 * stop word or punctuation, so "300 ældre får en besøgsven" gives "ældre".
 */
export function nounPhrase(rest: string): string {
  const tokens = rest.trim().split(/\s+/).slice(0, 8);
  while (tokens.length > 0 && QUALIFIERS.has(tokens[0].toLowerCase())) tokens.shift();
  const first = word(tokens[0]);
  if (first === null) return '';
  const ends = (t: string): boolean => /[.,;:)!?]$/.test(t) && !/^(?:pct|mio|kr)\.$/.test(t);
  if (ends(tokens[0])) return first;
  const second = word(tokens[1]);
  if (ADJECTIVE.test(first) && second !== null && second !== 'og') return `${first} ${second}`;
  const third = word(tokens[2]);
  if (tokens[1] === 'og' && third !== null) return `${first} og ${third}`;
  return first;
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
    // "120 af de 300 ældre": the first figure counts the noun after the total.
    const of = new RegExp(
      String.raw`^\s+(?:ud\s+)?af\s+(?:de\s+|i\s+alt\s+)?(?:${DANISH_NUMBER})\s+(.*)$`,
      's',
    ).exec(rest);
    out.push({
      value,
      raw: m[1],
      index,
      noun: of ? nounPhrase(of[1]) : nounPhrase(rest),
      total: /\baf\s+(?:de\s+|i\s+alt\s+)?$/i.test(text.slice(Math.max(0, index - 16), index)),
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
  [/bolig(?:sociale\s+)?områder$/, ['boligsocialt område']],
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
