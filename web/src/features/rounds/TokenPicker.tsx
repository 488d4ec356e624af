/**
 * The references a status text may carry ({{faktisk}}, {{mål2.prognose}} …), grouped by target, each with what it
 * stands for and its value as of the round's date; choosing one inserts it at the cursor. The list and the
 * descriptions come from the domain (src/domain/text-tokens.ts) through the API, so editor and server agree.
 */
import { useId } from 'react';
import { formatDate } from '../../../../src/domain/format';
import {
  findContradictions,
  parseTokens,
  renderTokens,
  tokenProblems,
  type TokenValues,
} from '../../../../src/domain/text-tokens';
import type { TextTokens } from '../../api/types';
import { useT } from '../../i18n/useT';
import { Alert } from '../../ui/Alert';
import { Disclosure } from '../../ui/Disclosure';

type Token = TextTokens['tokens'][number];

/** Tokens per target ("Mål 1 · børn og unge"), then the initiative's own. */
function groups(tokens: TextTokens, heading: (n: number, unit: string) => string, own: string) {
  const out = tokens.targets.map((g) => ({
    key: `t${g.number}`,
    heading: heading(g.number, g.unitLabel),
    tokens: tokens.tokens.filter((k) => k.target === g.number),
  }));
  const rest = tokens.tokens.filter((k) => k.target === null);
  if (rest.length > 0) out.push({ key: 'own', heading: own, tokens: rest });
  return out;
}

function TokenRow(props: { token: Token; english: boolean; onInsert: (token: string) => void }) {
  const t = useT();
  const id = useId();
  const { token } = props;
  return (
    <li className="ids-token">
      <button
        type="button"
        className="button button-tertiary ids-token-button"
        aria-describedby={id}
        onClick={() => props.onInsert(token.token)}
      >
        <span className="sr-only">{t('statusText.tokens.insert')} </span>
        <code>{token.token}</code>
      </button>
      <span id={id} className="ids-token-text">
        {props.english ? token.en : token.da}{' '}
        <span className="ids-token-value">
          {token.value === null
            ? t('statusText.tokens.noValue')
            : t('statusText.tokens.value', { value: token.value })}
        </span>
      </span>
    </li>
  );
}

export function TokenPicker(props: { tokens: TextTokens; onInsert: (token: string) => void }) {
  const t = useT();
  const english = t('statusText.tokens.language') === 'en';
  const list = groups(
    props.tokens,
    (n, unit) => t('statusText.tokens.target', { n, unit }),
    t('statusText.tokens.own'),
  );
  return (
    <Disclosure summary={t('statusText.tokens.summary')}>
      <p>
        {t('statusText.tokens.intro', {
          first: '{{faktisk}}',
          second: '{{mål2.faktisk}}',
          date: formatDate(props.tokens.asOf),
        })}
      </p>
      {list.map((g) => (
        <section key={g.key} aria-label={g.heading}>
          <h3 className="h5 ids-token-heading">{g.heading}</h3>
          <ul className="nobullet-list ids-token-list">
            {g.tokens.map((k) => (
              <TokenRow key={k.token} token={k} english={english} onInsert={props.onInsert} />
            ))}
          </ul>
        </section>
      ))}
    </Disclosure>
  );
}

/** The values of the tokens by the key the domain looks them up by ("mål1.faktisk", "midler"). */
export function valuesOf(tokens: TextTokens | undefined): TokenValues | undefined {
  if (!tokens) return undefined;
  const out: TokenValues = {};
  for (const k of tokens.tokens) {
    const key = parseTokens(k.token)[0]?.key;
    if (key && k.value !== null) out[key] = k.value;
  }
  return out;
}

/**
 * What the author should look at before saving: tokens the server refuses, tokens without a value yet, and typed
 * figures that contradict the data they describe (the working version of the memo flags the same).
 */
export function TokenWarnings(props: { text: string; tokens: TextTokens }) {
  const t = useT();
  const english = t('statusText.tokens.language') === 'en';
  const { text, tokens } = props;
  const refused = tokenProblems(text, tokens.targets.length);
  const missing = refused.length > 0 ? [] : renderTokens(text, valuesOf(tokens) ?? {}).missing;
  const contradictions = findContradictions(text, tokens.targets);
  const lines = [
    ...refused.map((p) => (english ? p.en : p.da)),
    ...[...new Set(missing)].map((token) => t('statusText.tokens.missing', { token })),
    ...contradictions.map((c) => (english ? c.en : c.da)),
  ];
  if (lines.length === 0) return null;
  return (
    <Alert kind="warning" heading={t('statusText.tokens.warnings')}>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </Alert>
  );
}
