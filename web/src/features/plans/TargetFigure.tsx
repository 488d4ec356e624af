/** One target: its sentence, a bar of actual and forecast against the target with the same in words, the reason. */
import { useT } from '../../i18n/useT';
import { formatNumber, formatPercent } from '../../../../src/domain/format';
import type { InitiativeProgress } from '../../api/types';
import { ProgressBar } from '../../ui/ProgressBar';
import { StatusBadge } from '../../ui/StatusBadge';

type TargetProgress = InitiativeProgress['targets'][number];

/** The figure in words: "Opnået 980 af 2.000 børn og unge (49 pct.). Prognose: 980." */
function useFigureText(tp: TargetProgress): string {
  const t = useT();
  if (tp.actual === null) return t('figure.none');
  const n = (v: number) => formatNumber(v, 1);
  if (tp.metricKind === 'milestone')
    return tp.actual >= 1 ? t('figure.milestoneDone') : t('figure.milestoneOpen');
  if (tp.metricKind === 'share') {
    return t('figure.share', {
      actual: formatPercent(tp.actual),
      target: formatPercent(tp.value),
      forecast: formatPercent(tp.forecast ?? tp.actual),
    });
  }
  if (tp.comparator === '<=') {
    return t('figure.atMost', { actual: n(tp.actual), target: n(tp.value), unit: tp.unitLabel });
  }
  return t('figure.reach', {
    actual: n(tp.actual),
    target: n(tp.value),
    unit: tp.unitLabel,
    pct: formatPercent(Math.round((tp.progress ?? 0) * 100), 0),
    forecast: n(tp.forecast ?? tp.actual),
  });
}

export function TargetFigure({ target, headingLevel = 3 }: { target: TargetProgress; headingLevel?: 3 | 4 }) {
  const t = useT();
  const text = useFigureText(target);
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const showBar = target.actual !== null && target.comparator === '>=' && target.metricKind !== 'milestone';
  return (
    <div className="ids-target">
      {/* A target may have no sentence of its own: an empty heading would only confuse a screen reader. */}
      {target.sentence ? <H className="h5">{target.sentence}</H> : null}
      {showBar ? (
        <ProgressBar
          actual={target.actual ?? 0}
          forecast={target.forecast ?? 0}
          target={target.value}
          text={text}
        />
      ) : (
        <p>{text}</p>
      )}
      <StatusBadge status={target.status} label={t(`status.${target.status}`)} />
      <p className="ids-muted">{target.reason}</p>
    </div>
  );
}
