import { describe, it, expect } from 'vitest';
import type { Funding } from './types';
import {
  capitalise,
  fillSentence,
  formatFundingRow,
  formatFundingSentence,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatStaffYears,
  joinDanish,
} from './format';

/** A money row of 0,5\u00a0mio.\u00a0kr. a year in 2017-18 unless overridden. */
function funding(overrides: Partial<Funding> = {}): Funding {
  return {
    kind: 'money',
    amount: 500_000,
    amountBasis: 'per_year',
    staffYears: null,
    yearFrom: 2017,
    yearTo: 2018,
    source: null,
    fundedUntil: null,
    ...overrides,
  };
}

describe('formatNumber', () => {
  it('groups thousands with "." and uses a decimal comma', () => {
    expect(formatNumber(2000)).toBe('2.000');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000000)).toBe('1.000.000');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatNumber(0)).toBe('0');
  });

  it('formats negative numbers', () => {
    expect(formatNumber(-3)).toBe('-3');
    expect(formatNumber(-1234.25)).toBe('-1.234,25');
    expect(formatNumber(-0.5)).toBe('-0,5');
  });

  it('never renders a negative zero', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001, 2)).toBe('0');
  });

  it('rounds half away from zero without float artefacts', () => {
    expect(formatNumber(0.125, 2)).toBe('0,13');
    expect(formatNumber(1.005, 2)).toBe('1,01');
    expect(formatNumber(-1.005, 2)).toBe('-1,01');
    expect(formatNumber(2.675, 2)).toBe('2,68');
    expect(formatNumber(0.124, 2)).toBe('0,12');
    expect(formatNumber(2.5, 0)).toBe('3');
    expect(formatNumber(-2.5, 0)).toBe('-3');
  });

  it('carries through nines and thousands groups when rounding up', () => {
    expect(formatNumber(999.995, 2)).toBe('1.000');
    expect(formatNumber(9.96, 1)).toBe('10');
  });

  it('drops trailing zeros and honours maxDecimals', () => {
    expect(formatNumber(1.1)).toBe('1,1');
    expect(formatNumber(1.23456)).toBe('1,23');
    expect(formatNumber(1.23456, 4)).toBe('1,2346');
    expect(formatNumber(1.5, 0)).toBe('2');
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
  });

  it('handles numbers that JavaScript prints in exponent notation', () => {
    expect(formatNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumber(1e-7, 2)).toBe('0');
    expect(formatNumber(5e-7, 6)).toBe('0,000001');
  });

  it('rejects non-finite values and bad maxDecimals', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber(1, -1)).toThrow(RangeError);
    expect(() => formatNumber(1, 1.5)).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('adds "pct." and keeps one decimal by default', () => {
    expect(formatPercent(80)).toBe('80\u00a0pct.');
    expect(formatPercent(83.333)).toBe('83,3\u00a0pct.');
    expect(formatPercent(83.35)).toBe('83,4\u00a0pct.');
    expect(formatPercent(83.333, 2)).toBe('83,33\u00a0pct.');
    expect(formatPercent(100)).toBe('100\u00a0pct.');
  });
});

describe('formatMoney', () => {
  it('renders round amounts from 100.000\u00a0kr. in millions by default', () => {
    expect(formatMoney(500_000)).toBe('0,5\u00a0mio.\u00a0kr.');
    expect(formatMoney(200_000)).toBe('0,2\u00a0mio.\u00a0kr.');
    expect(formatMoney(600_000)).toBe('0,6\u00a0mio.\u00a0kr.');
    expect(formatMoney(250_000)).toBe('0,25\u00a0mio.\u00a0kr.');
    expect(formatMoney(1_200_000)).toBe('1,2\u00a0mio.\u00a0kr.');
    expect(formatMoney(12_000_000)).toBe('12\u00a0mio.\u00a0kr.');
    expect(formatMoney(100_000)).toBe('0,1\u00a0mio.\u00a0kr.');
  });

  it('renders small or uneven amounts in kroner by default', () => {
    expect(formatMoney(200)).toBe('200\u00a0kr.');
    expect(formatMoney(12_345)).toBe('12.345\u00a0kr.');
    expect(formatMoney(90_000)).toBe('90.000\u00a0kr.');
    expect(formatMoney(123_456)).toBe('123.456\u00a0kr.');
    expect(formatMoney(105_000)).toBe('105.000\u00a0kr.');
    expect(formatMoney(0)).toBe('0\u00a0kr.');
  });

  it('renders negative amounts', () => {
    expect(formatMoney(-500_000)).toBe('-0,5\u00a0mio.\u00a0kr.');
    expect(formatMoney(-200)).toBe('-200\u00a0kr.');
  });

  it('follows an explicit style', () => {
    expect(formatMoney(200_000, 'kr')).toBe('200.000\u00a0kr.');
    expect(formatMoney(1_234_567, 'mio')).toBe('1,235\u00a0mio.\u00a0kr.');
    expect(formatMoney(1_005_000, 'mio')).toBe('1,005\u00a0mio.\u00a0kr.');
    expect(formatMoney(500, 'mio')).toBe('0,001\u00a0mio.\u00a0kr.');
  });

  it('rounds fractional kroner to whole kroner', () => {
    expect(formatMoney(199.5, 'kr')).toBe('200\u00a0kr.');
  });
});

describe('formatStaffYears', () => {
  it('uses fraction glyphs for quarters and halves', () => {
    expect(formatStaffYears(3.5)).toBe('3½\u00a0årsværk');
    expect(formatStaffYears(0.5)).toBe('½\u00a0årsværk');
    expect(formatStaffYears(2.25)).toBe('2¼\u00a0årsværk');
    expect(formatStaffYears(0.75)).toBe('¾\u00a0årsværk');
  });

  it('uses plain numbers otherwise', () => {
    expect(formatStaffYears(1)).toBe('1\u00a0årsværk');
    expect(formatStaffYears(12)).toBe('12\u00a0årsværk');
    expect(formatStaffYears(1.2)).toBe('1,2\u00a0årsværk');
  });
});

describe('formatFundingRow', () => {
  it('renders money per year and in total', () => {
    expect(formatFundingRow(funding())).toBe('0,5\u00a0mio.\u00a0kr. årligt i 2017-18');
    expect(formatFundingRow(funding({ amount: 200_000, yearFrom: 2016, yearTo: 2019 }))).toBe(
      '0,2\u00a0mio.\u00a0kr. årligt i 2016-19',
    );
    expect(formatFundingRow(funding({ amount: 600_000 }))).toBe('0,6\u00a0mio.\u00a0kr. årligt i 2017-18');
    expect(formatFundingRow(funding({ amount: 1_200_000, amountBasis: 'total' }))).toBe(
      '1,2\u00a0mio.\u00a0kr. i alt i 2017-18',
    );
  });

  it('renders money without years', () => {
    expect(formatFundingRow(funding({ amountBasis: 'total', yearFrom: null, yearTo: null }))).toBe(
      '0,5\u00a0mio.\u00a0kr. i alt',
    );
    expect(formatFundingRow(funding({ yearFrom: null, yearTo: null }))).toBe('0,5\u00a0mio.\u00a0kr. årligt');
  });

  it('treats a single given year as a one-year span', () => {
    expect(
      formatFundingRow(funding({ amount: 200_000, amountBasis: 'total', yearFrom: 2019, yearTo: null })),
    ).toBe('0,2\u00a0mio.\u00a0kr. i alt i 2019');
    expect(formatFundingRow(funding({ yearFrom: 2019, yearTo: 2019 }))).toBe(
      '0,5\u00a0mio.\u00a0kr. årligt i 2019',
    );
  });

  it('renders staff years and the existing frame', () => {
    const staff = funding({
      kind: 'staff_years',
      amount: null,
      staffYears: 3.5,
      yearFrom: 2018,
      yearTo: 2021,
    });
    expect(formatFundingRow(staff)).toBe('3½\u00a0årsværk i 2018-21');
    const frame = funding({ kind: 'existing_frame', amount: null, yearFrom: null, yearTo: null });
    expect(formatFundingRow(frame)).toBe('Indsatsen løftes inden for forvaltningens eksisterende ramme');
  });

  it('appends fundedUntil only when set', () => {
    expect(formatFundingRow(funding({ fundedUntil: 2020 }))).toBe(
      '0,5\u00a0mio.\u00a0kr. årligt i 2017-18, finansieret til og med 2020',
    );
    const bare = funding({
      amount: null,
      yearFrom: null,
      yearTo: null,
      fundedUntil: 2020,
      source: 'Satspulje',
    });
    expect(formatFundingRow(bare)).toBe('Finansieret til og med 2020');
  });

  it('leaves the source out and returns "" for a row that states nothing', () => {
    expect(formatFundingRow(funding({ source: 'Budget 2016' }))).toBe(
      '0,5\u00a0mio.\u00a0kr. årligt i 2017-18',
    );
    expect(formatFundingRow(funding({ amount: null }))).toBe('');
  });
});

describe('formatFundingSentence', () => {
  const second = funding({ amount: 200_000, amountBasis: 'total', yearFrom: 2019, yearTo: 2019 });

  it('renders an empty list as ""', () => {
    expect(formatFundingSentence([])).toBe('');
    expect(formatFundingSentence([funding({ amount: null })])).toBe('');
  });

  it('joins one, two and three rows into a sentence', () => {
    expect(formatFundingSentence([funding()])).toBe('0,5\u00a0mio.\u00a0kr. årligt i 2017-18.');
    expect(formatFundingSentence([funding(), second])).toBe(
      '0,5\u00a0mio.\u00a0kr. årligt i 2017-18 og 0,2\u00a0mio.\u00a0kr. i alt i 2019.',
    );
    const staff = funding({
      kind: 'staff_years',
      amount: null,
      staffYears: 0.5,
      yearFrom: 2020,
      yearTo: 2020,
    });
    expect(formatFundingSentence([funding(), second, staff])).toBe(
      '0,5\u00a0mio.\u00a0kr. årligt i 2017-18, 0,2\u00a0mio.\u00a0kr. i alt i 2019 og ½\u00a0årsværk i 2020.',
    );
  });

  it('capitalises the first letter and lowercases clauses inside the sentence', () => {
    const frame = funding({ kind: 'existing_frame', amount: null, yearFrom: null, yearTo: null });
    expect(formatFundingSentence([frame])).toBe(
      'Indsatsen løftes inden for forvaltningens eksisterende ramme.',
    );
    expect(formatFundingSentence([second, frame])).toBe(
      '0,2\u00a0mio.\u00a0kr. i alt i 2019 og indsatsen løftes inden for forvaltningens eksisterende ramme.',
    );
    const bare = funding({ amount: null, yearFrom: null, yearTo: null, fundedUntil: 2020 });
    expect(formatFundingSentence([bare])).toBe('Finansieret til og med 2020.');
  });

  it('adds sources after money and staff rows only when asked', () => {
    const a = funding({ amount: 200_000, yearFrom: 2016, yearTo: 2019, source: 'Budget 2016' });
    const b = funding({ kind: 'staff_years', amount: null, staffYears: 3.5, yearFrom: 2018, yearTo: 2021 });
    const frame = funding({ kind: 'existing_frame', amount: null, source: 'Budget 2016' });
    expect(formatFundingSentence([a, b], { includeSource: true })).toBe(
      '0,2\u00a0mio.\u00a0kr. årligt i 2016-19 (Budget 2016) og 3½\u00a0årsværk i 2018-21.',
    );
    expect(formatFundingSentence([a], { includeSource: false })).toBe(
      '0,2\u00a0mio.\u00a0kr. årligt i 2016-19.',
    );
    expect(formatFundingSentence([a])).toBe('0,2\u00a0mio.\u00a0kr. årligt i 2016-19.');
    expect(formatFundingSentence([frame], { includeSource: true })).toBe(
      'Indsatsen løftes inden for forvaltningens eksisterende ramme.',
    );
  });

  it('leaves the implied source (the memo’s own plan) unsaid and names any other, whoever the row belongs to', () => {
    const plan = funding({ source: 'Integrationshandleplan 2017-18' });
    const sats = funding({ amount: 200_000, yearFrom: 2019, yearTo: 2020, source: 'Satspulje' });
    const opts = { includeSource: true, impliedSource: 'Integrationshandleplan 2017-18' };
    expect(formatFundingSentence([plan], opts)).toBe('0,5\u00a0mio.\u00a0kr. årligt i 2017-18.');
    expect(formatFundingSentence([plan, sats], opts)).toBe(
      '0,5\u00a0mio.\u00a0kr. årligt i 2017-18 og 0,2\u00a0mio.\u00a0kr. årligt i 2019-20 (Satspulje).',
    );
    expect(formatFundingSentence([plan], { includeSource: true })).toBe(
      '0,5\u00a0mio.\u00a0kr. årligt i 2017-18 (Integrationshandleplan 2017-18).',
    );
  });

  it('puts the source before fundedUntil', () => {
    const row = funding({ source: 'Satspulje', fundedUntil: 2020 });
    expect(formatFundingSentence([row], { includeSource: true })).toBe(
      '0,5\u00a0mio.\u00a0kr. årligt i 2017-18 (Satspulje), finansieret til og med 2020.',
    );
  });
});

describe('fillSentence', () => {
  it('replaces {value} with the formatted number', () => {
    expect(fillSentence('Indsatsen når ud til minimum {value} børn og unge', 2000)).toBe(
      'Indsatsen når ud til minimum 2.000 børn og unge',
    );
    expect(fillSentence('Minimum {value} pct. efteruddannes', 80)).toBe('Minimum 80 pct. efteruddannes');
    expect(fillSentence('{value} af {value}', 1500)).toBe('1.500 af 1.500');
  });

  it('leaves unknown placeholders and plain text alone', () => {
    expect(fillSentence('Minimum {value} {unit}', 5)).toBe('Minimum 5 {unit}');
    expect(fillSentence('Styregruppen etableres', 1)).toBe('Styregruppen etableres');
  });
});

describe('capitalise', () => {
  it('upper-cases the first letter, Danish letters included', () => {
    expect(capitalise('indsatsen')).toBe('Indsatsen');
    expect(capitalise('æresrelateret')).toBe('Æresrelateret');
    expect(capitalise('øvrige')).toBe('Øvrige');
    expect(capitalise('åben')).toBe('Åben');
    expect(capitalise('0,5\u00a0mio.\u00a0kr.')).toBe('0,5\u00a0mio.\u00a0kr.');
    expect(capitalise('')).toBe('');
  });
});

describe('joinDanish', () => {
  it('joins with commas and "og", without an Oxford comma', () => {
    expect(joinDanish([])).toBe('');
    expect(joinDanish(['a'])).toBe('a');
    expect(joinDanish(['a', 'b'])).toBe('a og b');
    expect(joinDanish(['a', 'b', 'c'])).toBe('a, b og c');
    expect(joinDanish(['a', 'b', 'c', 'd'])).toBe('a, b, c og d');
  });
});

describe('re-exports', () => {
  it('exposes period formatting from ./format', () => {
    expect(formatPeriod({ from: '2018-09-01', to: '2018-11-30' })).toBe('efteråret 2018');
  });
});
