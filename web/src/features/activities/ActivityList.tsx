/** An initiative's activities, filtered by state, with honest loading, empty and error states. */
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { ACTIVITY_STATES } from '../../../../src/domain/types';
import type { Initiative } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { Alert } from '../../ui/Alert';
import { ButtonLink } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { may } from '../auth/permissions';
import { byId, usePartners, useTargetGroups, useVenues } from '../reference/api';
import { useActivities } from './api';
import { ActivityItem } from './ActivityItem';

export function ActivityList(props: { initiative: Initiative; base: string }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filter = params.get('vis') ?? '';
  const me = useMe();
  const activities = useActivities(props.initiative.id);
  const venues = useVenues();
  const partners = usePartners();
  const groups = useTargetGroups();
  const scope = { planId: props.initiative.planId, initiativeId: props.initiative.id };
  const canCreate = may(me.data, 'activity:write', scope);
  const names = { venues: byId(venues.data), partners: byId(partners.data), groups: byId(groups.data) };

  const register = canCreate && (
    <ButtonLink to={`${props.base}/aktiviteter/ny`} variant="primary" icon="plus">
      {t('activity.register')}
    </ButtonLink>
  );
  if (activities.isPending) return <Loading label={t('activity.loading')} />;
  if (activities.isError) return <QueryError error={activities.error} />;
  // What needs doing first (planned, soonest first), then what was done (newest first).
  const shown = activities.data
    .filter((a) => !filter || a.state === filter)
    .sort((a, b) =>
      a.state === 'planned' || b.state === 'planned'
        ? Number(b.state === 'planned') - Number(a.state === 'planned') ||
          a.dateFrom.localeCompare(b.dateFrom)
        : b.dateFrom.localeCompare(a.dateFrom),
    );
  return (
    <>
      <div className="ids-filters">
        <SelectField
          label={t('activity.filter')}
          value={filter}
          onChange={(e) =>
            setParams((p) => {
              if (e.target.value) p.set('vis', e.target.value);
              else p.delete('vis');
              return p;
            })
          }
          options={[
            { value: '', label: t('activity.filterAll', { count: activities.data.length }) },
            ...ACTIVITY_STATES.map((s) => ({
              value: s,
              label: t(`activity.filterState.${s}`, {
                count: activities.data.filter((a) => a.state === s).length,
              }),
            })),
          ]}
        />
        {register}
      </div>
      {activities.data.length === 0 ? (
        <Alert kind="info" heading={t(canCreate ? 'activity.emptyCanCreate' : 'activity.empty')} />
      ) : shown.length === 0 ? (
        <Alert kind="info" heading={t('activity.noneMatch')} />
      ) : (
        <ul className="ids-card-list">
          {shown.map((a) => (
            <ActivityItem
              key={a.id}
              a={a}
              names={names}
              base={props.base}
              canEdit={may(me.data, 'activity:write', { ...scope, createdBy: a.createdBy })}
            />
          ))}
        </ul>
      )}
    </>
  );
}
