/** "Mine indsatser": where an owner or contributor starts, with a shortcut to register an activity. */
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import type { InitiativeProgress, Plan } from '../../api/types';
import { ButtonLink } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { InitiativeStatus } from './InitiativeStatus';
import { initiativeName } from './InitiativeCard';
import { initiativePath } from './paths';

export function MyInitiatives(props: { ids: number[]; plans: Plan[]; initiatives: InitiativeProgress[] }) {
  const t = useT();
  const mine = props.initiatives.filter((i) => props.ids.includes(i.id));
  return (
    <section aria-labelledby="mine">
      <h2 id="mine">{t('portfolio.mine')}</h2>
      <ul className="ids-card-list">
        {mine.map((ip) => {
          const plan = props.plans.find((p) => p.id === ip.planId);
          const href = plan ? initiativePath(plan.slug, ip) : null;
          return (
            <Card as="li" key={ip.id}>
              <div className="ids-card-head">
                <h3>{href ? <Link to={href}>{initiativeName(ip)}</Link> : initiativeName(ip)}</h3>
                <InitiativeStatus ip={ip} compact />
              </div>
              {plan && <p className="ids-muted">{plan.title}</p>}
              {href && (
                <ButtonLink to={`${href}/aktiviteter/ny`} variant="primary" icon="plus">
                  {t('activity.register')}
                </ButtonLink>
              )}
            </Card>
          );
        })}
      </ul>
    </section>
  );
}
