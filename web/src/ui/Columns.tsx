/** Two columns on a wide screen (aside, main), one after the other on a narrow one. */
import type { ReactNode } from 'react';

export function Columns(props: { aside: ReactNode; children: ReactNode }) {
  return (
    <div className="ids-columns">
      <div>{props.aside}</div>
      <div>{props.children}</div>
    </div>
  );
}
