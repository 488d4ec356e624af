/**
 * An edit form that stays on the page while the record changes under it by the person's own hand (an assessment
 * saved further down bumps the initiative's version): while the form is untouched it follows the stored record,
 * so saving it later is not refused as stale. Once the person has typed, the version read stays, and a change by
 * someone else is caught (409) as everywhere.
 */
import { useEffect, useRef } from 'react';

export function useFollow<R extends { version: number }, V>(
  record: R,
  valuesOf: (r: R) => V,
  values: V,
  setValues: (v: V) => void,
): void {
  const seen = useRef(record);
  useEffect(() => {
    const before = seen.current;
    if (before.version === record.version) return;
    seen.current = record;
    if (JSON.stringify(values) === JSON.stringify(valuesOf(before))) setValues(valuesOf(record));
    // Only a new version of the record is a reason to look, not each keystroke.
  }, [record]);
}
