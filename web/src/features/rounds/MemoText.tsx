/**
 * A status text as the memo shows it: a blank line starts a paragraph, a line starting with "- " is a bullet, and
 * references ({{faktisk}} …) show their values when they are given.
 */
import { textBlocks } from '../../../../src/domain/text-blocks';
import { renderTokens, type TokenValues } from '../../../../src/domain/text-tokens';

export function MemoText(props: { text: string; empty: string; values?: TokenValues }) {
  const text = props.values ? renderTokens(props.text, props.values).text : props.text;
  const blocks = textBlocks(text);
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
