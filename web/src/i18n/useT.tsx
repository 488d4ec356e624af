/**
 * The translate function for components. react-i18next's useTranslation subscribes each component to i18next on its
 * own; a dashboard renders a thousand of them, so the app subscribes once (TranslationProvider) and components read
 * `t` from context. The texts are cached per language: the same key with the same values gives the same sentence.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

const TContext = createContext<TFunction | null>(null);

/** `t` with a cache in front; a new language gives a new `t` and so a new cache. */
function cached(t: TFunction): TFunction {
  const texts = new Map<string, unknown>();
  const fast = (key: string | string[], options?: unknown): unknown => {
    const id = options === undefined ? String(key) : `${String(key)}\u0000${JSON.stringify(options)}`;
    if (!texts.has(id)) texts.set(id, (t as (k: unknown, o?: unknown) => unknown)(key, options));
    return texts.get(id);
  };
  return fast as unknown as TFunction;
}

export function TranslationProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const value = useMemo(() => cached(t), [t]);
  return <TContext.Provider value={value}>{children}</TContext.Provider>;
}

/** The interface language's translate function. */
export function useT(): TFunction {
  const t = useContext(TContext);
  if (!t) throw new Error('useT needs a TranslationProvider above it');
  return t;
}
