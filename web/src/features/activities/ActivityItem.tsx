/** One activity as a person reads it: what, when, where, with whom, how many; and what they may do with it. */
import { useT } from '../../i18n/useT';
import { formatNumber, formatPeriod } from '../../../../src/domain/format';
import type { Activity, Partner, TargetGroup, Venue } from '../../api/types';
import { ButtonLink, ButtonRow } from '../../ui/Button';
import { Card } from '../../ui/Card';

export interface Names {
  venues: Map<number, Venue>;
  partners: Map<number, Partner>;
  groups: Map<number, TargetGroup>;
}

export function ActivityItem(props: { a: Activity; names: Names; base: string; canEdit: boolean }) {
  const t = useT();
  const { a, names } = props;
  const reach = a.reach
    .map((r) => `${formatNumber(r.count)} ${names.groups.get(r.targetGroupId)?.name ?? ''}`.trim())
    .join(', ');
  const venues = a.venueIds.map((v) => names.venues.get(v)?.name ?? String(v)).join(', ');
  return (
    <Card as="li" className="ids-activity">
      <h3>{a.title}</h3>
      <p>
        <strong>{t(`activity.state.${a.state}`)}</strong> · {formatPeriod({ from: a.dateFrom, to: a.dateTo })}{' '}
        · {t(`activityKind.${a.kind}`)}
      </p>
      {venues && <p>{t('activity.venuesLine', { venues })}</p>}
      {a.partnerId !== null && (
        <p>{t('activity.partnerLine', { partner: names.partners.get(a.partnerId)?.name })}</p>
      )}
      <p>
        {reach
          ? t(a.state === 'planned' ? 'activity.expectedLine' : 'activity.reachLine', { reach })
          : t(a.state === 'planned' ? 'activity.noExpected' : 'activity.noReach')}
      </p>
      {props.canEdit && (
        <ButtonRow>
          {a.state === 'planned' && (
            <ButtonLink
              to={`${props.base}/aktiviteter/${a.id}/gennemfoer`}
              variant="primary"
              icon="check"
              context={a.title}
            >
              {t('activity.markDone')}
            </ButtonLink>
          )}
          <ButtonLink
            to={`${props.base}/aktiviteter/${a.id}/rediger`}
            variant="secondary"
            icon="edit"
            context={a.title}
          >
            {t('activity.edit')}
          </ButtonLink>
        </ButtonRow>
      )}
    </Card>
  );
}
