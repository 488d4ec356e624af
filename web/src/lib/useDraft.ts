/**
 * Form state that survives an expired session: every change is kept in sessionStorage under the page's key, so
 * after signing in again the person finds what they had typed. Cleared when the form is saved or abandoned.
 */
import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'indsats.draft.';

function read<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

/**
 * [value, setValue, clear, restored]: `restored` is true when the value came back from an earlier visit and differs
 * from what the form would show anyway (a form left untouched is not announced as restored).
 */
export function useDraft<T>(key: string, initial: () => T) {
  const [restored] = useState(() => {
    const stored = read<T>(key);
    return stored !== null && JSON.stringify(stored) !== JSON.stringify(initial());
  });
  const [value, setValue] = useState<T>(() => read<T>(key) ?? initial());
  useEffect(() => {
    try {
      sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the draft lives only in memory.
    }
  }, [key, value]);
  const clear = useCallback(() => sessionStorage.removeItem(PREFIX + key), [key]);
  return [value, setValue, clear, restored] as const;
}

/** Forget a draft without rendering its form (after a successful save elsewhere). */
export function dropDraft(key: string): void {
  sessionStorage.removeItem(PREFIX + key);
}
