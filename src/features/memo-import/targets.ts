/**
 * Targets from a "Samlet mål" text: "når ud til minimum 2.000 børn og unge" → reach ≥ 2000 "børn og unge",
 * "minimum 5 friskoler" → venues ≥ 5, "minimum 80 pct. af …" → share ≥ 80, "afholdes minimum 4 møder" → count ≥ 4,
 * "Styregruppen etableres" → milestone. What cannot be read is reported, not guessed.
 */
import type { ActivityKind, Comparator, MetricKind, VenueKind } from '../../domain/types';
import type { Mark } from './marks';
import { activityKindOf, figures, MILESTONE_VERBS, nounPhrase, venueKindsOf } from './words';

/** A target as the proposal holds it (a plan document's target without the due date, added by the caller). */
export interface ParsedTarget {
  metricKind: MetricKind;
  comparator: Comparator;
  value: number;
  unitLabel: string;
  targetGroups: string[];
  activityKinds: ActivityKind[];
  venueKinds: VenueKind[];
  population: number | null;
  sentence: string;
}

const AT_LEAST = /^(?:minimum|mindst|min\.|over|flere)$/;
const AT_MOST = /^(?:højst|maksimum|maks\.|max\.|under|færre)$/;

/** "af de relevante støttekontaktpersoner efteruddannes" → "støttekontaktpersoner". */
function shareGroup(after: string): string {
  const m = /^\s*(?:pct\.|procent|%)\s+(?:af\s+)?(.*)$/i.exec(after);
  return m ? nounPhrase(m[1]) : '';
}

function clauses(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/)
    .flatMap((sentence) => sentence.split(/,\s+(?=og\s)/))
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function numericTarget(clause: string, marks: Mark[], at: string): ParsedTarget | null {
  const figure = figures(clause).find((f) => AT_LEAST.test(f.before) || AT_MOST.test(f.before));
  if (figure === undefined) return null;
  const comparator: Comparator = AT_MOST.test(figure.before) ? '<=' : '>=';
  const after = clause.slice(figure.index + figure.raw.length);
  const base = { comparator, value: figure.value, population: null, sentence: '' };
  if (/^\s*(?:pct\.|procent|%)/i.test(after)) {
    const group = shareGroup(after);
    marks.push({
      path: `${at}.population`,
      message: `Målet er en andel (${figure.raw} pct.${group ? ` af ${group}` : ''}), men notatet angiver ikke, hvor mange der er i alt. Angiv populationen, før forslaget gemmes.`,
      blocking: true,
    });
    if (group === '')
      marks.push({ path: `${at}.targetGroups`, message: 'Målgruppen for andelen kunne ikke læses.' });
    return {
      ...base,
      metricKind: 'share',
      unitLabel: 'pct.',
      targetGroups: group ? [group] : [],
      activityKinds: [],
      venueKinds: [],
    };
  }
  const noun = figure.noun;
  const venues = venueKindsOf(noun);
  if (venues !== null) {
    return {
      ...base,
      metricKind: 'venues',
      unitLabel: noun,
      targetGroups: [],
      activityKinds: [],
      venueKinds: venues,
    };
  }
  const kind = activityKindOf(noun);
  if (kind !== null) {
    return {
      ...base,
      metricKind: 'count',
      unitLabel: noun,
      targetGroups: [],
      activityKinds: [kind],
      venueKinds: [],
    };
  }
  if (noun === '') {
    marks.push({
      path: at,
      message: `Det fremgår ikke, hvad tallet ${figure.raw} tæller; målet er sat som antal nået.`,
    });
  }
  return {
    ...base,
    metricKind: 'reach',
    unitLabel: noun,
    targetGroups: noun ? [noun] : [],
    activityKinds: [],
    venueKinds: [],
  };
}

function milestoneTarget(clause: string): ParsedTarget | null {
  const verb = MILESTONE_VERBS.find((v) => v.verb.test(clause));
  if (verb === undefined) return null;
  return {
    metricKind: 'milestone',
    comparator: '>=',
    value: 1,
    unitLabel: '',
    targetGroups: [],
    activityKinds: [verb.kind],
    venueKinds: [],
    population: null,
    sentence: '',
  };
}

/** The targets of a "Samlet mål" text; `at` is the initiative's path for review marks. */
export function parseTargets(text: string, at: string, marks: Mark[]): ParsedTarget[] {
  const out: { target: ParsedTarget; clause: string }[] = [];
  for (const clause of clauses(text)) {
    const path = `${at}.targets.${out.length}`;
    const target = numericTarget(clause, marks, path) ?? milestoneTarget(clause);
    if (target) {
      out.push({ target, clause });
      if (target.metricKind === 'milestone' && target.activityKinds[0] === 'andet') {
        marks.push({
          path,
          message: `Milepælen "${clause}" er sat til at være nået ved en gennemført aktivitet af typen "andet"; vælg den rigtige aktivitetstype.`,
        });
      }
    } else if (/\d/.test(clause) || out.length === 0) {
      marks.push({ path: `${at}.targets`, message: `Sætningen "${clause}" er ikke omsat til et mål.` });
    }
  }
  // The memo's sentence stays whole: the first target with a figure carries it, its figure as "{value}" (a lone
  // milestone carries it as it is); further targets render nothing of their own.
  const carrier = out.find((o) => o.target.metricKind !== 'milestone') ?? out[0];
  if (carrier) {
    carrier.target.sentence =
      carrier.target.metricKind === 'milestone'
        ? text
        : withValue(text, carrier.target.value, carrier.clause);
  }
  if (out.length === 0 && text.trim() !== '')
    marks.push({
      path: `${at}.targets`,
      message: 'Samlet mål kunne ikke omsættes til et mål; tilføj det selv.',
    });
  return out.map((o) => o.target);
}

/** The sentence with the target's figure replaced by "{value}" (inside its own clause). */
function withValue(sentence: string, value: number, clause: string): string {
  const figure = figures(clause).find(
    (f) => f.value === value && (AT_LEAST.test(f.before) || AT_MOST.test(f.before)),
  );
  if (figure === undefined) return sentence;
  const start = sentence.indexOf(clause);
  if (start === -1) return sentence;
  const at = start + figure.index;
  return `${sentence.slice(0, at)}{value}${sentence.slice(at + figure.raw.length)}`;
}
