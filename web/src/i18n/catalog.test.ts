import { describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';

/** Every key path of a nested catalog, e.g. "activity.form.title". */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('the text catalogs', () => {
  it('da.json and en.json have exactly the same keys', () => {
    const daKeys = keys(da).sort();
    const enKeys = keys(en).sort();
    expect(daKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !daKeys.includes(k))).toEqual([]);
    expect(daKeys.length).toBeGreaterThan(50);
  });

  it('no text is empty in either language', () => {
    const empty = (c: object) =>
      keys(c).filter(
        (k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], c) === '',
      );
    expect(empty(da)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
