import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';
import { interpolate } from './interpolate';

/** Every key path and text of a nested catalog. */
function texts(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? texts(v as object, `${prefix}${k}.`)
      : [[`${prefix}${k}`, String(v)]],
  );
}

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng: 'da',
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
  });
});

describe('filling in a text', () => {
  for (const [lng, catalog] of [
    ['da', da],
    ['en', en],
  ] as const) {
    it(`gives what i18next gives for every ${lng} text with values`, () => {
      const withValues = texts(catalog).filter(([, text]) => text.includes('{{'));
      expect(withValues.length).toBeGreaterThan(10);
      for (const [key, template] of withValues) {
        const names = [...template.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((m) => m[1]);
        // Values that look like what pages pass: text with Danish letters and a number with a decimal comma.
        const values = Object.fromEntries(names.map((n, i) => [n, i % 2 ? `Æblegård ${i}` : 1000 + i]));
        const fast = interpolate(template, values);
        if (fast === null) continue; // left to i18next: a plural
        expect(fast, key).toBe(i18n.getFixedT(lng)(key, values));
      }
    });
  }

  it('leaves plurals, nested texts and missing values to i18next', () => {
    expect(interpolate('{{count}} indsatser', { count: 2 })).toBeNull();
    expect(interpolate('Se $t(other)', { a: 1 })).toBeNull();
    expect(interpolate('Hej {{name}}', {})).toBeNull();
    expect(interpolate('Hej {{name}}', { name: { first: 'Ea' } })).toBeNull();
  });

  it('fills in numbers and text, each occurrence', () => {
    expect(interpolate('{{a}} af {{b}} ({{a}})', { a: '980', b: 2000 })).toBe('980 af 2000 (980)');
    expect(interpolate('{{ a }}', { a: 'x' })).toBe('x');
  });
});
