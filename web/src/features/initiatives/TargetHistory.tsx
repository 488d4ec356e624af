/**
 * A target's value over time: actual and forecast by date from GET /api/v1/initiatives/:id/series, drawn as a
 * small chart with the same figures in a table. (The initiative's change history, GET …/history, is a separate
 * section: InitiativeHistory.)
 */
import { useT } from '../../i18n/useT';
import { formatDate, formatNumber } from '../../../../src/domain/format';
import { Disclosure } from '../../ui/Disclosure';
import { LineChart } from '../../ui/LineChart';
import { Table } from '../../ui/Table';
import { useInitiativeSeries } from './api';

export function TargetHistory(props: { initiativeId: number; targetId: number; asOf: string }) {
  const t = useT();
  const series = useInitiativeSeries(props.initiativeId, props.asOf);
  const target = series.data?.targets.find((s) => s.targetId === props.targetId);
  if (!target || target.points.length < 2) return null;
  const n = (v: number | null) => (v === null ? t('common.dash') : formatNumber(v, 1));
  return (
    <div>
      <h4 className="h5">{t('series.heading')}</h4>
      <LineChart points={target.points} target={target.value} />
      <p className="ids-muted">
        {t('series.legend', { target: formatNumber(target.value, 1), unit: target.unitLabel })}
      </p>
      <Disclosure summary={t('series.showFigures')}>
        <Table
          caption={t('series.caption')}
          head={[t('series.date'), t('series.actual'), t('series.forecast')]}
          numeric={[1, 2]}
          rows={target.points.map((p) => [formatDate(p.date), n(p.actual), n(p.forecast)])}
        />
      </Disclosure>
    </div>
  );
}
