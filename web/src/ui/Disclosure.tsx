/** Content shown on request (a native details element: keyboard and screen reader support built in). */
import type { ReactNode } from 'react';

export function Disclosure(props: { summary: ReactNode; children: ReactNode }) {
  return (
    <details className="details ids-details">
      <summary className="details-summary">
        <span className="details-summary-text">{props.summary}</span>
      </summary>
      <div className="details-text">{props.children}</div>
    </details>
  );
}
