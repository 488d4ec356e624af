/** A framed block of content with a heading slot. */
import type { ReactNode } from 'react';

export function Card(props: { children: ReactNode; className?: string; as?: 'section' | 'article' | 'li' }) {
  const Tag = props.as ?? 'section';
  return <Tag className={`ids-card${props.className ? ` ${props.className}` : ''}`}>{props.children}</Tag>;
}

/** A definition list of label → value pairs. */
export function Facts(props: { items: { label: ReactNode; value: ReactNode }[] }) {
  return (
    <dl className="ids-facts">
      {props.items.map((it, n) => (
        <div key={n}>
          <dt>{it.label}</dt>
          <dd>{it.value}</dd>
        </div>
      ))}
    </dl>
  );
}
