/** Snapshot → memo model (pure). Every figure is rendered here from data with the domain's Danish formatting. */
import { describeFigure } from '../domain/describe';
import { fillSentence, formatDate, formatFundingSentence, formatPeriodPhrase } from '../domain/format';
import { STATUS_LABELS_DA } from '../domain/status';
import type { Period } from '../domain/types';
import type { MemoField, MemoInitiative, MemoModel, MemoOtherInitiative, TextBlock } from './model';
import type { RoundSnapshot, SnapshotActivity, SnapshotInitiative, SnapshotOther } from './snapshot';
import { textBlocks } from '../domain/text-blocks';

export { textBlocks };

/** The span enclosing all activities. */
function enclosing(acts: SnapshotActivity[]): Period | null {
  if (acts.length === 0) return null;
  return {
    from: acts.reduce((m, a) => (a.from < m ? a.from : m), acts[0].from),
    to: acts.reduce((m, a) => (a.to > m ? a.to : m), acts[0].to),
  };
}

function activitiesLead(i: SnapshotInitiative): string | null {
  if (i.status === 'met') return 'Samlet mål er opfyldt:';
  const span = enclosing(i.planned);
  if (span === null) return null;
  const when = ` i ${formatPeriodPhrase(span)}`;
  if (i.status === 'on_track') return `Samlet mål forventes opfyldt gennem følgende aktiviteter${when}:`;
  return `Følgende aktiviteter er planlagt${when}:`;
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

function fields(i: SnapshotInitiative): MemoField[] {
  const out: MemoField[] = [];
  if (i.purpose) out.push({ label: 'Formål', text: i.purpose });
  const targetText = i.targets
    .map((t) => fillSentence(t.sentence, t.value).trim())
    .filter((s) => s !== '')
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
    .join(' ');
  if (targetText) out.push({ label: 'Samlet mål', text: targetText });
  const funding = formatFundingSentence(i.fundings);
  if (funding) out.push({ label: 'Midler afsat', text: funding });
  return out;
}

function initiative(i: SnapshotInitiative, asOf: string): MemoInitiative {
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
  const lead = activitiesLead(i);
  return {
    heading,
    fields: fields(i),
    statusLabel: 'Status',
    status,
    notes: notes(i, asOf),
    activitiesLead: lead,
    activities: lead === null ? [] : i.planned.map((a) => a.title),
  };
}

function other(o: SnapshotOther): MemoOtherInitiative {
  const funding = formatFundingSentence(o.fundings, { includeSource: true });
  return {
    title: o.title,
    unit: o.unitName,
    text: o.description ? textBlocks(o.description) : [],
    funding: funding ? `Midler afsat: ${funding}` : null,
  };
}

/** Build the memo model of a round from its snapshot; `draft` marks an open round's live preview. */
export function buildMemoModel(s: RoundSnapshot, opts: { draft: boolean }): MemoModel {
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
    initiatives: s.initiatives.map((i) => initiative(i, r.asOf)),
    others:
      s.others.length === 0
        ? null
        : { heading: 'Øvrige indsatser i kommunen', intro: othersIntro, items: s.others.map(other) },
    pageLabel: 'Side {page} af {pages}',
  };
}

const WORDS = ['nul', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

/** Danish number words up to twelve (as running text writes them), digits beyond. */
export function countWord(n: number): string {
  return n >= 0 && n < WORDS.length ? WORDS[n] : String(n);
}
