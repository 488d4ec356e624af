/**
 * A small line chart of actual (solid) and forecast (dashed) against a target line. Decorative for screen readers:
 * the caller shows the same figures as text (a table).
 */
export interface ChartPoint {
  date: string;
  actual: number | null;
  forecast: number | null;
}

const W = 600;
const H = 160;

export function LineChart(props: { points: ChartPoint[]; target: number }) {
  const values = props.points.flatMap((p) => [p.actual ?? 0, p.forecast ?? 0]);
  const max = Math.max(props.target, ...values, 1) * 1.1;
  const times = props.points.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + 1);
  const x = (d: string) => ((Date.parse(d) - t0) / (t1 - t0)) * (W - 20) + 10;
  const y = (v: number) => H - 10 - (v / max) * (H - 20);
  const line = (key: 'actual' | 'forecast') =>
    props.points
      .filter((p) => p[key] !== null)
      .map((p) => `${x(p.date).toFixed(1)},${y(p[key] ?? 0).toFixed(1)}`)
      .join(' ');
  return (
    <svg className="ids-chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <line className="ids-chart-target" x1="0" x2={W} y1={y(props.target)} y2={y(props.target)} />
      <polyline className="ids-chart-forecast" points={line('forecast')} />
      <polyline className="ids-chart-actual" points={line('actual')} />
    </svg>
  );
}
