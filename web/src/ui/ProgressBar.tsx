/**
 * Actual and forecast against the target as two bars, with the same facts in words beside it (the bars are
 * decorative for screen readers; the text is what they read).
 */
import type { ReactNode } from 'react';

const pct = (v: number, target: number) => (target <= 0 ? 0 : Math.max(0, Math.min(100, (v / target) * 100)));

export function ProgressBar(props: { actual: number; forecast: number; target: number; text: ReactNode }) {
  return (
    <div className="ids-progress">
      <div className="ids-progress-track" aria-hidden="true">
        <div className="ids-progress-forecast" style={{ width: `${pct(props.forecast, props.target)}%` }} />
        <div className="ids-progress-actual" style={{ width: `${pct(props.actual, props.target)}%` }} />
      </div>
      <p className="ids-progress-text">{props.text}</p>
    </div>
  );
}
