/** The frame of the activity pages: resolves plan and initiative from the address, shows the heading and way back. */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import type { Initiative, Plan } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { initiativeName } from '../plans/InitiativeCard';
import { initiativePath } from '../plans/paths';
import { useInitiativeRoute } from '../initiatives/useInitiativeRoute';

export interface FrameContext {
  plan: Plan;
  initiative: Initiative;
  /** The initiative page's address. */
  base: string;
}

export function ActivityFrame(props: { title: string; children: (ctx: FrameContext) => ReactNode }) {
  const t = useT();
  const route = useInitiativeRoute();
  usePageTitle(props.title);
  if (route.state === 'loading') return <Loading label={t('state.loading')} />;
  if (route.state === 'error') return <QueryError error={route.error} />;
  if (route.state === 'missing') return <Alert kind="error" heading={t('error.notFound.heading')} />;
  const base = initiativePath(route.slug, route.initiative);
  return (
    <div className="ids-form">
      <PageTitle
        back={<BackLink to={base}>{initiativeName(route.initiative)}</BackLink>}
        title={props.title}
        lead={initiativeName(route.initiative)}
      />
      {props.children({ plan: route.plan, initiative: route.initiative, base })}
    </div>
  );
}
