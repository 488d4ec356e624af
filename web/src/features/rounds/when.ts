/** "25. november 2026 kl. 14.05" (Copenhagen time) for a timestamp, through the shared Danish formatters. */
import type { TFunction } from 'i18next';
import { copenhagenTime } from '../../../../src/domain/audit-period';
import { formatDate } from '../../../../src/domain/format';

export function when(t: TFunction, at: string): string {
  const [date = '', time = ''] = copenhagenTime(at).split(' ');
  return t('history.at', { date: formatDate(date), time: time.slice(0, 5).replace(':', '.') });
}
