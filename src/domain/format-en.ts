/**
 * English twins of the Danish figure and date formatting, for texts a caller asks for in English
 * (`Accept-Language: en`): "2,000", "83.3%", "31 December 2018". Pure; built on the Danish formatter's rounding so
 * both languages show the same digits.
 */
import { formatNumber, parseIsoDate } from './format';
import type { MetricKind } from './types';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A number the English way: "2,000", "1,234,567.5", "0.5" (the Danish separators swapped). */
export function formatNumberEn(value: number, maxDecimals = 2): string {
  return formatNumber(value, maxDecimals).replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** "31 December 2018". */
export function formatDateEn(iso: string): string {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`Invalid date: ${iso}`);
  return `${p.d} ${MONTHS_EN[p.m - 1]} ${p.y}`;
}

/** A figure of a target in English: "980 børn og unge" (the unit label is the data's), "83.3%". */
export function formatFigureEn(kind: MetricKind, unitLabel: string, v: number): string {
  return kind === 'share'
    ? `${formatNumberEn(v, 1)}%`
    : `${formatNumberEn(v, 1)}${unitLabel ? ` ${unitLabel}` : ''}`;
}
