/** Funding and expenditure per year side by side. */
import { useT } from '../../i18n/useT';
import { formatMoney } from '../../../../src/domain/format';
import type { Expenditure, Funding } from '../../api/types';
import { Table } from '../../ui/Table';
import { fundingPerYear } from '../plans/funding';

export function MoneyTable(props: { funding: Funding[]; expenditures: Expenditure[] }) {
  const t = useT();
  const granted = new Map(fundingPerYear(props.funding).perYear);
  const spent = new Map<number, number>();
  for (const e of props.expenditures) spent.set(e.year, (spent.get(e.year) ?? 0) + e.amount);
  const years = [...new Set([...granted.keys(), ...spent.keys()])].sort((a, b) => a - b);
  if (years.length === 0) return <p>{t('initiative.noMoneyPerYear')}</p>;
  const money = (v: number | undefined) => (v === undefined ? t('common.dash') : formatMoney(v));
  return (
    <Table
      caption={t('initiative.moneyCaption')}
      head={[t('initiative.year'), t('initiative.granted'), t('initiative.spent')]}
      numeric={[1, 2]}
      rows={years.map((y) => [String(y), money(granted.get(y)), money(spent.get(y))])}
    />
  );
}
