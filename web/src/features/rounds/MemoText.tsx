/** A status text as the memo shows it: a blank line starts a paragraph, a line starting with "- " is a bullet. */
import { textBlocks } from '../../../../src/domain/text-blocks';

export function MemoText(props: { text: string; empty: string }) {
  const blocks = textBlocks(props.text);
  if (blocks.length === 0) return <p className="ids-muted">{props.empty}</p>;
  return (
    <div className="ids-memo-text">
      {blocks.map((b, n) =>
        b.type === 'paragraph' ? (
          <p key={n}>{b.text}</p>
        ) : (
          <ul key={n}>
            {b.items.map((it, m) => (
              <li key={m}>{it}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
