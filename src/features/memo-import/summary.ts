/**
 * A proposal as a readable Danish summary for the terminal: the plan, each initiative's targets, funding, opening
 * balance, planned activities and status, and every review mark beside what it is about.
 */
import { formatDate, formatFundingSentence, formatNumber, formatPeriod } from '../../domain/format';
import type { MemoProposal, ReviewMark } from '../../schemas/memo-import';
import type { PlanDocument } from '../../schemas/plan-document';

type Initiative = PlanDocument['initiatives'][number];
type Target = Initiative['targets'][number];
type Activity = Initiative['activities'][number];

const METRIC: Record<Target['metricKind'], string> = {
  reach: 'nået',
  venues: 'steder',
  count: 'antal',
  share: 'andel',
  milestone: 'milepæl',
  manual: 'måling',
};

function shorten(s: string, max = 110): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function targetLine(t: Target): string {
  if (t.metricKind === 'milestone') return `milepæl (${t.activityKinds.join(', ') || 'enhver aktivitet'})`;
  const cmp = t.comparator === '>=' ? 'mindst' : 'højst';
  const unit = t.metricKind === 'share' ? `pct. af ${t.targetGroups.join(', ') || '?'}` : t.unitLabel;
  const pop =
    t.metricKind === 'share'
      ? `, population ${t.population === null ? 'mangler' : formatNumber(t.population)}`
      : '';
  return `${cmp} ${formatNumber(t.value)} ${unit} (${METRIC[t.metricKind]}${pop})`;
}

function reachText(a: Activity): string {
  const parts = Object.entries(a.reach).map(([g, n]) => `${formatNumber(n)} ${g}`);
  if (a.unnamedVenues > 0) parts.push(`${formatNumber(a.unnamedVenues)} steder`);
  if (a.kind === 'møde' || a.occurrences > 1) parts.push(`${formatNumber(a.occurrences)} × ${a.kind}`);
  return parts.join(', ');
}

function marksUnder(review: readonly ReviewMark[], prefix: string): string[] {
  return review
    .filter((m) => m.path === prefix || m.path.startsWith(`${prefix}.`))
    .map((m) => `   ${m.blocking ? `!! SKAL LØSES (${m.path})` : '?  Til gennemsyn'}: ${m.message}`);
}

function initiativeLines(
  i: Initiative,
  n: number,
  review: readonly ReviewMark[],
  status: string | null,
): string[] {
  const out = [`${i.number === null ? '•' : `${i.number}.`} ${i.title}${i.unit ? ` (${i.unit})` : ''}`];
  if (i.purpose) out.push(`   Formål: ${shorten(i.purpose)}`);
  for (const t of i.targets) out.push(`   Mål: ${targetLine(t)}`);
  const funding = formatFundingSentence(i.funding, { includeSource: true });
  if (funding) out.push(`   Midler: ${funding}`);
  for (const a of i.activities.filter((a) => a.imported))
    out.push(`   Opgjort i notatet pr. ${formatDate(a.dateFrom)}: ${reachText(a) || a.kind}`);
  for (const a of i.activities.filter((a) => !a.imported)) {
    const when = formatPeriod({ from: a.dateFrom, to: a.dateTo ?? a.dateFrom });
    const reach = reachText(a);
    out.push(
      `   Planlagt (${when}, ${a.kind}): ${shorten(a.title, 80)}${reach ? ` → forventet ${reach}` : ''}`,
    );
  }
  if (status) out.push(`   Status: ${shorten(status)}`);
  return [...out, ...marksUnder(review, `initiatives.${n}`)];
}

/** The summary of a proposal, ending with what to do next. */
export function proposalSummary(p: MemoProposal, applied: boolean): string {
  const d = p.document;
  const round = d.rounds[0];
  const out = [
    `Forslag til handleplan: ${d.plan.title} (${d.plan.slug})`,
    `Tema: ${d.plan.theme}; periode ${formatPeriod({ from: d.plan.periodFrom, to: d.plan.periodTo })}`,
  ];
  if (round)
    out.push(
      `Historisk runde: "${round.title}", opgjort pr. ${formatDate(round.asOf)}, lukket med ${round.updates.length} godkendte statustekster`,
    );
  const general = p.review.filter((m) => !/^initiatives\.\d+(?:\.|$)/.test(m.path));
  out.push(
    ...general.map((m) => `${m.blocking ? `!! SKAL LØSES (${m.path})` : '?  Til gennemsyn'}: ${m.message}`),
    '',
  );
  const texts = new Map(round?.updates.map((u) => [u.initiative, u.text]) ?? []);
  const recs = d.initiatives.filter((i) => i.kind === 'recommendation').length;
  out.push(`Anbefalinger (${recs}):`);
  d.initiatives.forEach((i, n) => {
    if (n === recs) out.push('', `Øvrige indsatser (${d.initiatives.length - recs}):`);
    out.push(...initiativeLines(i, n, p.review, i.number === null ? null : (texts.get(i.number) ?? null)));
  });
  const blocking = p.review.filter((m) => m.blocking).length;
  out.push(
    '',
    `${p.review.length} punkter til gennemsyn, heraf ${blocking} der skal løses, før planen kan gemmes.`,
  );
  if (!applied)
    out.push(
      blocking > 0
        ? 'Intet er gemt. Ret de felter, der skal løses, med --set <sti>=<værdi> (stien står ved markeringen), eller gem forslaget med --json > forslag.json, ret det, fjern markeringerne, og kør "indsats import-memo forslag.json --apply".'
        : 'Intet er gemt. Kør igen med --apply for at gemme planen.',
    );
  return `${out.join('\n')}\n`;
}
