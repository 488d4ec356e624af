/** One initiative on the dashboard: status (or assessment), its targets' figures, funding and owner unit. */
import { memo } from 'react';
import { useT } from '../../i18n/useT';
import type { InitiativeProgress, Unit } from '../../api/types';
import { Card, Facts } from '../../ui/Card';
import { Columns } from '../../ui/Columns';
import { RouteAnchor } from '../../ui/RouteClicks';
import { InitiativeStatus } from './InitiativeStatus';
import { TargetFigure } from './TargetFigure';

export function initiativeName(ip: { number: number | null; title: string }): string {
  return ip.number === null ? ip.title : `${ip.number}. ${ip.title}`;
}

/**
 * Memoised: a filter change re-renders only the list, not the cards that stay. Its link is a plain anchor that the
 * list follows inside the app (`useRouteClicks`).
 */
export const InitiativeCard = memo(function InitiativeCard(props: {
  ip: InitiativeProgress;
  href: string | null;
  unit: Unit | undefined;
  funding: string;
}) {
  const t = useT();
  const { ip } = props;
  return (
    <Card as="li">
      <h3 className="h3">
        {props.href ? <RouteAnchor to={props.href}>{initiativeName(ip)}</RouteAnchor> : initiativeName(ip)}
      </h3>
      <Columns
        aside={
          <>
            <InitiativeStatus ip={ip} />
            <Facts
              items={[
                {
                  label: t('initiative.unit'),
                  value: props.unit ? `${props.unit.code} – ${props.unit.name}` : t('common.none'),
                },
                { label: t('initiative.funding'), value: props.funding || t('initiative.noFunding') },
              ]}
            />
          </>
        }
      >
        {ip.targets.length === 0 ? (
          <p className="ids-muted">{t('initiative.noTargets')}</p>
        ) : (
          ip.targets.map((tp) => <TargetFigure key={tp.id} target={tp} headingLevel={4} />)
        )}
      </Columns>
    </Card>
  );
});
