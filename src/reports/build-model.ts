/** Snapshot → memo model (pure). Every figure is rendered here from data with the domain's Danish formatting. */
import { describeBaseline, describeFigure } from '../domain/describe';
import { DEFAULT_LEAD_IN, memoLeadIn, splitPlanned, type LeadIn } from '../domain/lead-in';
import {
  fillSentence,
  formatDate,
  formatFundingSentence,
  formatPeriod,
  type SourceOptions,
} from '../domain/format';
import { STATUS_LABELS_DA } from '../domain/status';
import type { MemoField, MemoInitiative, MemoModel, MemoOtherInitiative, TextBlock } from './model';
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

function notes(i: SnapshotInitiative, asOf: string): string[] {
  const out = i.targets.map(
    (t) =>
      `Beregnet pr. ${formatDate(asOf)}: ${describeFigure(t, t.result)} – ${STATUS_LABELS_DA[t.result.status]}.`,
  );
  if (i.assessment) {
    const reason = i.assessment.reason.trim().replace(/\.$/, '');
    out.push(
      `Status er en vurdering, ikke en beregning: ${STATUS_LABELS_DA[i.assessment.status]} (${reason}; ${i.assessment.by}).`,
    );
  }
  return out;
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

/** Planned activities that should have ended before the as-of date, for the working version: "titel (oktober 2018)". */
function overdue(i: SnapshotInitiative, asOf: string): string[] {
  const acts = i.overdue ?? i.planned.filter((a) => a.to < asOf);
  return acts.map((a) => `${a.title} (${formatPeriod({ from: a.from, to: a.to })})`);
}

function initiative(i: SnapshotInitiative, asOf: string, plan: string, warnings: string[]): MemoInitiative {
  const heading = `${i.number === null ? '' : `${i.number}. `}Anbefaling: ${i.title}`;
  const status: TextBlock[] = i.statusText
    ? textBlocks(i.statusText)
    : [
        {
          type: 'paragraph',
          text: i.missing
            ? 'Status mangler: der er ikke godkendt en statusopdatering i denne runde.'
            : 'Status er endnu ikke skrevet.',
        },
      ];
  const lead = leadIn(i, asOf);
  return {
    heading,
    fields: fields(i, plan),
    statusLabel: 'Status',
    status,
    notes: notes(i, asOf),
    activitiesLead: lead?.text ?? null,
    activities: lead?.bullets ?? [],
    overdue: overdue(i, asOf),
    warnings,
  };
}

/**
 * Every kind of initiative names its funding source the same way: in brackets after the amount, unless it is the
 * plan the memo is about.
 */
function fundingSources(plan: string): SourceOptions {
  return { includeSource: true, impliedSource: plan };
}

function other(o: SnapshotOther, plan: string, warnings: string[]): MemoOtherInitiative {
  const funding = formatFundingSentence(o.fundings, fundingSources(plan));
  return {
    title: o.title,
    unit: o.unitName,
    text: o.description ? textBlocks(o.description) : [],
    funding: funding ? `Midler afsat: ${funding}` : null,
    warnings,
  };
}

/** Build the memo model of a round from its snapshot; `draft` marks an open round's live preview. */
export function buildMemoModel(snapshot: RoundSnapshot, opts: { draft: boolean }): MemoModel {
  // Texts carry figures as references ({{faktisk}}): filled in here, once, so every renderer gets plain text.
  const { snapshot: s, warnings } = fillSnapshotTokens(snapshot);
  const r = s.round;
  const appendix = r.appendixNumber ?? 1;
  const title = `Bilag ${appendix}: Status på implementering af indsatser til ${s.plan.theme}`;
  const headerLines = [
    { label: 'Organisation', value: r.organisation },
    { label: 'Forvaltning', value: r.unitName },
    { label: 'Til', value: r.recipient },
    { label: 'Dato', value: r.memoDate === null ? null : formatDate(r.memoDate) },
    { label: 'Sagsnr.', value: r.caseNumber },
    { label: 'Statusrunde', value: `${r.title} (opgjort pr. ${formatDate(r.asOf)})` },
  ].filter((l): l is { label: string; value: string } => l.value !== null && l.value !== '');
  const count = s.initiatives.length;
  const othersIntro =
    `Ud over ${count === 1 ? 'den ene indsats' : `de ${countWord(count)} indsatser`}, som er finansieret via ${s.plan.title}, ` +
    `har kommunen følgende indsatser på området:`;
  return {
    language: 'da-DK',
    draft: opts.draft,
    draftLabel: 'UDKAST',
    properties: {
      title,
      author: [r.unitName, r.organisation].filter(Boolean).join(', ') || s.plan.title,
      subject: `${s.plan.title} – ${r.title}`,
      date: r.memoDate ?? r.asOf,
    },
    kicker: 'NOTAT',
    headerLines,
    title,
    intro: 'Status på implementering af de enkelte anbefalinger fremgår af tabellen forneden.',
    initiatives: s.initiatives.map((i) => initiative(i, r.asOf, s.plan.title, warnings.get(i.id) ?? [])),
    others:
      s.others.length === 0
        ? null
        : {
            heading: 'Øvrige indsatser i kommunen',
            intro: othersIntro,
            items: s.others.map((o) => other(o, s.plan.title, warnings.get(o.id) ?? [])),
          },
    pageLabel: 'Side {page} af {pages}',
  };
}

const WORDS = ['nul', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

/** Danish number words up to twelve (as running text writes them), digits beyond. */
export function countWord(n: number): string {
  return n >= 0 && n < WORDS.length ? WORDS[n] : String(n);
}
