/**
 * The frame of an initiative's set-up pages: resolves plan and initiative from the address, shows the heading and
 * the way back (to the initiative's set-up page, or from there to the initiative itself).
 */
import type { ReactNode } from 'react';
import type { Initiative, Me, Plan } from '../../api/types';
import { QueryError } from '../../app/QueryError';
import { useT } from '../../i18n/useT';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { BackLink, PageTitle } from '../../ui/Layout';
import { Loading } from '../../ui/Loading';
import { useMe } from '../auth/api';
import { useInitiativeRoute } from '../initiatives/useInitiativeRoute';
import { initiativeName } from '../plans/InitiativeCard';
import { initiativePath } from '../plans/paths';
import { initiativeSetupPath } from './paths';

export interface SetupContext {
  slug: string;
  plan: Plan;
  initiative: Initiative;
  me: Me | null | undefined;
  /** The initiative's set-up page. */
  setup: string;
  /** The scope the person's rights are checked on. */
  scope: { planId: number | null; initiativeId: number };
}

export function SetupFrame(props: {
  /** The page's heading, from the initiative once it is known. */
  title: (initiative: Initiative) => string;
  /** The initiative's own set-up page goes back to the initiative; its sub-pages back to it. */
  top?: boolean;
  children: (ctx: SetupContext) => ReactNode;
}) {
  const t = useT();
  const route = useInitiativeRoute();
  const me = useMe();
  usePageTitle(route.state === 'ready' ? props.title(route.initiative) : undefined);
  if (route.state === 'loading') return <Loading label={t('state.loading')} />;
  if (route.state === 'error') return <QueryError error={route.error} />;
  if (route.state === 'missing') return <Alert kind="error" heading={t('error.notFound.heading')} />;
  const { slug, plan, initiative } = route;
  const setup = initiativeSetupPath(slug, initiative);
  const name = initiativeName(initiative);
  return (
    <>
      <PageTitle
        back={
          props.top ? (
            <BackLink to={initiativePath(slug, initiative)}>{name}</BackLink>
          ) : (
            <BackLink to={setup}>{t('setup.initiative.setupTitle', { name })}</BackLink>
          )
        }
        title={props.title(initiative)}
        lead={props.top ? plan.title : name}
      />
      {props.children({
        slug,
        plan,
        initiative,
        me: me.data,
        setup,
        scope: { planId: initiative.planId, initiativeId: initiative.id },
      })}
    </>
  );
}
