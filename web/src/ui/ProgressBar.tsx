/**
 * Actual and forecast against the target as two bars, with the same facts in words beside it (the bars are
 * decorative for screen readers; the text is what they read).
 */
import type { CSSProperties, ReactNode } from 'react';

const pct = (v: number, target: number) => (target <= 0 ? 0 : Math.max(0, Math.min(100, (v / target) * 100)));

export function ProgressBar(props: { actual: number; forecast: number; target: number; text: ReactNode }) {
  return (
    <>
      {/* One element: the two bars are its backgrounds, sized by these properties (theme.css). */}
      <div
        className="ids-progress-track"
        aria-hidden="true"
        style={
          {
            '--ids-actual': `${pct(props.actual, props.target)}%`,
            '--ids-forecast': `${pct(props.forecast, props.target)}%`,
          } as CSSProperties
        }
      />
      <p className="ids-progress-text">{props.text}</p>
    </>
  );
}
