import { describe, expect, it } from 'vitest';
import { onlyFiltersChanged } from './prefetch';

const url = (s: string) => new URL(s, 'http://indsats.test');

describe('onlyFiltersChanged', () => {
  it("is true when only the dashboard's list filters changed, whatever the order of the parameters", () => {
    expect(
      onlyFiltersChanged(url('/planer/p?dato=2018-09-01'), url('/planer/p?dato=2018-09-01&status=met')),
    ).toBe(true);
    expect(
      onlyFiltersChanged(url('/planer/p?status=met&dato=2018-09-01'), url('/planer/p?dato=2018-09-01')),
    ).toBe(true);
    expect(onlyFiltersChanged(url('/planer/p'), url('/planer/p?forvaltning=3&status=at_risk'))).toBe(true);
  });

  it('is false when the as-of date, another parameter or the page changed: the loaders must run', () => {
    expect(onlyFiltersChanged(url('/planer/p?dato=2018-09-01'), url('/planer/p?dato=2018-06-01'))).toBe(
      false,
    );
    expect(onlyFiltersChanged(url('/planer/p'), url('/planer/p?side=2'))).toBe(false);
    expect(onlyFiltersChanged(url('/planer/p?status=met'), url('/planer/q?status=met'))).toBe(false);
    expect(onlyFiltersChanged(url('/planer/p'), url('/planer/p/indsatser/1'))).toBe(false);
  });
});
