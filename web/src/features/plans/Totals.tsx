/** The plan in figures: initiatives per status and funding per year. */
import { useT } from '../../i18n/useT';
import { TARGET_STATUSES } from '../../../../src/domain/types';
import { formatMoney, formatNumber } from '../../../../src/domain/format';
import type { Funding, InitiativeProgress } from '../../api/types';
import { Card } from '../../ui/Card';
import { StatusBadge } from '../../ui/StatusBadge';
import { fundingPerYear } from './funding';

export function Totals(props: { initiatives: InitiativeProgress[]; funding: Funding[] }) {
  const t = useT();
  const counts = TARGET_STATUSES.map(
    (s) => [s, props.initiatives.filter((i) => i.status === s).length] as const,
  )
    .filter(([, n]) => n > 0)
    .reverse();
  const money = fundingPerYear(props.funding);
  return (
    <div className="ids-totals">
      <Card>
        <h2 className="h4">{t('dashboard.perStatus')}</h2>
        <ul>
          {counts.map(([s, n]) => (
            <li key={s}>
              <StatusBadge status={s} label={t(`status.${s}`)} />
              <span>{t('dashboard.initiativeCount', { count: n, n: formatNumber(n) })}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <h2 className="h4">{t('dashboard.fundingPerYear')}</h2>
        {money.perYear.length === 0 && money.totals === 0 ? (
          <p>{t('dashboard.noFunding')}</p>
        ) : (
          <ul>
            {money.perYear.map(([year, kr]) => (
              <li key={year}>
                <span>{year}</span>
                <span>{formatMoney(kr)}</span>
              </li>
            ))}
            {money.totals > 0 && (
              <li>
                <span>{t('dashboard.fundingTotals')}</span>
                <span>{formatMoney(money.totals)}</span>
              </li>
            )}
          </ul>
        )}
      </Card>
    </div>
  );
}
