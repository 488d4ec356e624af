/** A data table with a caption; scrolls sideways on a narrow screen instead of breaking the page. */
import type { ReactNode } from 'react';

export function Table(props: {
  caption: ReactNode;
  head: ReactNode[];
  rows: ReactNode[][];
  numeric?: number[];
  /** Keep the columns readable on a narrow screen: the table keeps its width and scrolls sideways. */
  wide?: boolean;
  /**
   * For a wide table with nothing focusable in it: the scrolling frame becomes a region with this name that the
   * keyboard can reach, so it can be scrolled sideways without a mouse.
   */
  region?: string;
}) {
  const numeric = new Set(props.numeric ?? []);
  const region = props.region ? { role: 'region', 'aria-label': props.region, tabIndex: 0 } : {};
  return (
    <div className="table--responsive-scroll ids-table-wrap" {...region}>
      <table className={`table table--compact ids-table${props.wide ? ' ids-table-wide' : ''}`}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h, n) => (
              <th key={n} scope="col" className={numeric.has(n) ? 'ids-num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, n) =>
                n === 0 ? (
                  <th key={n} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={n} className={numeric.has(n) ? 'ids-num' : undefined}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
