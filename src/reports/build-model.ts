/** Snapshot → memo model (pure). Every figure is rendered here from data with the domain's Danish formatting. */
import { describeBaseline } from '../domain/describe';
import { DEFAULT_LEAD_IN, memoLeadIn, splitPlanned, type LeadIn } from '../domain/lead-in';
import { fillSentence, formatDate, formatFundingSentence, type SourceOptions } from '../domain/format';
import type {
  MemoField,
  MemoInitiative,
  MemoModel,
  MemoOtherInitiative,
  MemoVariant,
  TextBlock,
} from './model';
import { initiativeNotes, otherNotes, WORKING_LABELS, workingHeaderLines } from './working-notes';
import type { RoundSnapshot, SnapshotInitiative, SnapshotOther, SnapshotTarget } from './snapshot';
import { textBlocks } from '../domain/text-blocks';
import { fillSnapshotTokens } from './snapshot-tokens';

export { textBlocks };

/** The lead-in and bullets under the status text: by the domain's rule, with the author's choice last. */
function leadIn(i: SnapshotInitiative, asOf: string): LeadIn | null {
  // Format 1 snapshots listed every planned activity: keep only those the rule lists (the memo's own as-of date).
  const last = i.targets.reduce<string | null>((m, t) => (m === null || t.dueDate > m ? t.dueDate : m), null);
  const { upcoming } = splitPlanned(i.planned, asOf, last);
  return memoLeadIn({ status: i.status, upcoming, choice: i.leadIn ?? DEFAULT_LEAD_IN });
}

/** A target's memo sentence, followed by its baseline with its date when it has one. */
function targetSentence(t: SnapshotTarget): string {
  const sentence = fillSentence(t.sentence, t.value).trim();
  const baseline = describeBaseline({
    metricKind: t.metricKind,
    unitLabel: t.unitLabel,
    baseline: t.baseline ?? null,
    baselineDate: t.baselineDate ?? null,
  });
  if (baseline === null || sentence === '') return sentence;
  return `${/[.!?]$/.test(sentence) ? sentence : `${sentence}.`} ${baseline}`;
}

function fields(i: SnapshotInitiative, plan: string): MemoField[] {
  const out: MemoField[] = [];
  if (i.purpose) out.push({ label: 'Formål', text: i.purpose });
  const targetText = i.targets
    .map((t) => targetSentence(t))
    .filter((s) => s !== '')
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
    .join(' ');
  if (targetText) out.push({ label: 'Samlet mål', text: targetText });
  const funding = formatFundingSentence(i.fundings, fundingSources(plan));
  if (funding) out.push({ label: 'Midler afsat', text: funding });
  return out;
}

/** What the builder needs besides the snapshot. */
interface Context {
  asOf: string;
  plan: string;
  working: boolean;
  previous: RoundSnapshot | null;
  /** Per initiative: references without a value and typed figures that contradict the data (working version). */
  warnings: Map<number, string[]>;
}

function initiative(i: SnapshotInitiative, c: Context): MemoInitiative {
  const heading = `${i.number === null ? '' : `${i.number}. `}Anbefaling: ${i.title}`;
  // A missing text leaves the status empty: the committee version never prints a system line in its place.
  const status: TextBlock[] = i.statusText ? textBlocks(i.statusText) : [];
  const lead = leadIn(i, c.asOf);
  return {
    heading,
    fields: fields(i, c.plan),
    statusLabel: 'Status',
    status,
    activitiesLead: lead?.text ?? null,
    activities: lead?.bullets ?? [],
    working: c.working ? [...initiativeNotes(i, c.asOf, c.previous), ...(c.warnings.get(i.id) ?? [])] : [],
  };
}

/**
 * Every kind of initiative names its funding source the same way: in brackets after the amount, unless it is the
 * plan the memo is about.
 */
function fundingSources(plan: string): SourceOptions {
  return { includeSource: true, impliedSource: plan };
}

/** Another initiative as the real memo has it: title, unit and its own text, which states its funding. */
function other(o: SnapshotOther, c: Context): MemoOtherInitiative {
  return {
    title: o.title,
    unit: o.unitName,
    text: o.description ? textBlocks(o.description) : [],
    working: c.working ? [...otherNotes(o, c.plan), ...(c.warnings.get(o.id) ?? [])] : [],
  };
}

/** How to build a memo model. */
export interface MemoModelOptions {
  /** An open round's live preview: renderers print "UDKAST". */
  draft: boolean;
  /** The committee version (default) or the working version. */
  variant?: MemoVariant;
  /** The previous closed round of the plan, which the working version compares with. */
  previous?: RoundSnapshot | null;
}

/**
 * Build the memo model of a round from its snapshot. The one place the two versions differ: the committee version
 * gets no working notes and only the header fields the round sets; the working version gets both, its notes
 * including the warnings about the texts' references and typed figures.
 */
export function buildMemoModel(snapshot: RoundSnapshot, opts: MemoModelOptions): MemoModel {
  // Texts carry figures as references ({{faktisk}}): filled in here, once, so every renderer gets plain text.
  const { snapshot: s, warnings } = fillSnapshotTokens(snapshot);
  const r = s.round;
  const variant = opts.variant ?? 'committee';
  const c: Context = {
    asOf: r.asOf,
    plan: s.plan.title,
    working: variant === 'working',
    previous: opts.previous ?? null,
    warnings,
  };
  const appendix = r.appendixNumber ?? 1;
  const title = `Bilag ${appendix}: Status på implementering af indsatser til ${s.plan.theme}`;
  const headerLines = [
    { label: 'Organisation', value: r.organisation },
    { label: 'Forvaltning', value: r.unitName },
    { label: 'Til', value: r.recipient },
    { label: 'Dato', value: r.memoDate === null ? null : formatDate(r.memoDate) },
    { label: 'Sagsnr.', value: r.caseNumber },
  ].filter((l): l is { label: string; value: string } => l.value !== null && l.value !== '');
  if (c.working) headerLines.push(...workingHeaderLines(s, c.previous));
  const count = s.initiatives.length;
  const othersIntro =
    `Ud over ${count === 1 ? 'den ene indsats' : `de ${countWord(count)} indsatser`}, som er finansieret via ${s.plan.title}, ` +
    `har kommunen følgende indsatser på området${s.plan.area ? ` for ${s.plan.area}` : ''}:`;
  return {
    variant,
    working: c.working ? { ...WORKING_LABELS } : null,
    language: 'da-DK',
    draft: opts.draft,
    draftLabel: 'UDKAST',
    properties: {
      title,
      author: [r.unitName, r.organisation ?? s.plan.organisation].filter(Boolean).join(', ') || s.plan.title,
      subject: `${s.plan.title} – ${r.title}`,
      date: r.memoDate ?? r.asOf,
    },
    kicker: 'NOTAT',
    headerLines,
    title,
    intro: 'Status på implementering af de enkelte anbefalinger fremgår af tabellen forneden.',
    initiatives: s.initiatives.map((i) => initiative(i, c)),
    others:
      s.others.length === 0
        ? null
        : {
            heading: 'Øvrige indsatser i kommunen',
            intro: othersIntro,
            items: s.others.map((o) => other(o, c)),
          },
    pageLabel: 'Side {page} af {pages}',
  };
}

const WORDS = ['nul', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

/** Danish number words up to twelve (as running text writes them), digits beyond. */
export function countWord(n: number): string {
  return n >= 0 && n < WORDS.length ? WORDS[n] : String(n);
}
