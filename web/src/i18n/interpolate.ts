/**
 * The catalogs' texts fill in values as `{{name}}` and nothing more (no formats, no nesting): this fills them in
 * the same way as i18next, at a fraction of its cost — a dashboard fills in a thousand sentences. Plurals and
 * anything else i18next decides stay with i18next (see useT.tsx); a test holds the two to the same results.
 */
const VARIABLE = /{{\s*([\w.]+)\s*}}/g;

/** The text with each `{{name}}` replaced by its value; null when i18next must do it (a plural, a nested text). */
export function interpolate(template: string, values: Record<string, unknown>): string | null {
  if ('count' in values || 'context' in values || template.includes('$t(')) return null;
  let whole = true;
  const text = template.replace(VARIABLE, (match, name: string) => {
    const value = values[name];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    whole = false;
    return match;
  });
  return whole ? text : null;
}
