/** The progress view as a readable Danish text table for the terminal. */
import { formatDate, formatNumber, formatPercent } from '../domain/format';
import type { Progress } from '../schemas/progress';
import { STATUS_LABELS_DA } from '../domain/status';
import type { TargetStatus } from '../domain/types';

type Row = [string, string, string, string, string, string];

function fmtFigure(v: number | null, metricKind: string): string {
  if (v === null) return '–';
  return metricKind === 'share' ? formatPercent(v) : formatNumber(v, 1);
}

function truncate(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}

function pad(s: string, width: number, right = false): string {
  return right ? s.padStart(width) : s.padEnd(width);
}

/** Render a progress view: one line per initiative, one indented line per target. */
export function progressTable(p: Progress, width = 110): string {
  const head: Row = ['Nr.', 'Indsats / mål', 'Opnået', 'Mål', 'Prognose', 'Status'];
  const rows: Row[] = [];
  const hidden = p.initiatives.filter((i) => i.kind === 'other' && i.targets.length === 0).length;
  for (const i of p.initiatives) {
    if (i.kind === 'other' && i.targets.length === 0) continue;
    const status = i.isAssessment ? `${i.statusLabel} (vurdering)` : i.statusLabel;
    rows.push([i.number === null ? '–' : `${i.number}.`, i.title, '', '', '', status]);
    for (const t of i.targets) {
      const label =
        t.sentence ||
        (t.metricKind === 'milestone'
          ? `Milepæl ${t.unitLabel}`.trim()
          : `${t.comparator === '>=' ? 'Mindst' : 'Højst'} ${formatNumber(t.value)} ${t.unitLabel}`.trim());
      rows.push([
        '',
        `  ${label}`,
        fmtFigure(t.actual, t.metricKind),
        fmtFigure(t.value, t.metricKind),
        fmtFigure(t.forecast, t.metricKind),
        t.statusLabel,
      ]);
    }
  }
  const fixed = [4, 0, 9, 9, 10, 34];
  const titleWidth = Math.max(30, width - fixed.reduce((a, b) => a + b, 0) - 5);
  const widths = [4, titleWidth, 9, 9, 10, 34];
  const right = [false, false, true, true, true, false];
  const line = (r: Row): string =>
    r
      .map((c, n) => pad(truncate(c, widths[n]), widths[n], right[n]))
      .join(' ')
      .trimEnd();
  const title = p.plan ? p.plan.title : 'Alle handleplaner';
  const counts = Object.entries(p.summary)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${STATUS_LABELS_DA[s as TargetStatus]}: ${n}`)
    .join(', ');
  const out = [
    `${title} – fremdrift pr. ${formatDate(p.asOf)}`,
    '',
    line(head),
    '-'.repeat(
      Math.min(
        width,
        widths.reduce((a, b) => a + b + 1, 0),
      ),
    ),
  ];
  out.push(...rows.map(line));
  const assessed = p.initiatives.filter((i) => i.isAssessment);
  if (assessed.length > 0) {
    out.push('', '(vurdering): status er en persons vurdering, ikke en beregning:');
    for (const i of assessed) {
      out.push(`  ${i.number ?? '–'}. ${i.assessment?.reason ?? ''} (${i.assessment?.by ?? ''})`);
    }
  }
  if (counts) out.push('', `Anbefalinger pr. status: ${counts}`);
  if (hidden > 0) out.push(`${hidden} øvrige indsatser uden mål er ikke vist.`);
  return `${out.join('\n')}\n`;
}
