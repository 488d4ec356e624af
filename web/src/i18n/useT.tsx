/**
 * The translate function for components. react-i18next's useTranslation subscribes each component to i18next on its
 * own; a dashboard renders a thousand of them, so the app subscribes once (TranslationProvider) and components read
 * `t` from context.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';
import { interpolate } from './interpolate';

const TContext = createContext<TFunction | null>(null);

/**
 * `t` with a cache in front for texts without values, and the catalog's own text filled in directly for texts with
 * values (interpolate.ts); i18next does the rest. A new language gives a new `t` and so a new cache.
 */
function faster(t: TFunction, i18n: I18n): TFunction {
  const plain = new Map<string, unknown>();
  const templates = new Map<string, unknown>();
  const slow = t as (k: unknown, o?: unknown) => unknown;
  const fast = (key: string | string[], options?: unknown): unknown => {
    if (options === undefined) {
      const id = String(key);
      if (!plain.has(id)) plain.set(id, slow(key));
      return plain.get(id);
    }
    if (typeof key === 'string' && typeof options === 'object' && options !== null) {
      if (!templates.has(key)) templates.set(key, i18n.getResource(i18n.language, 'translation', key));
      const template = templates.get(key);
      const text =
        typeof template === 'string' ? interpolate(template, options as Record<string, unknown>) : null;
      if (text !== null) return text;
    }
    return slow(key, options);
  };
  return fast as unknown as TFunction;
}

export function TranslationProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const value = useMemo(() => faster(t, i18n), [t, i18n]);
  return <TContext.Provider value={value}>{children}</TContext.Provider>;
}

/** The interface language's translate function. */
export function useT(): TFunction {
  const t = useContext(TContext);
  if (!t) throw new Error('useT needs a TranslationProvider above it');
  return t;
}
