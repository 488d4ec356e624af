/** The plan and initiative a /planer/:slug/indsatser/:number route names. */
import { useParams } from 'react-router';
import type { Initiative, Plan } from '../../api/types';
import { usePlan } from '../plans/api';
import { matchesKey } from '../plans/paths';
import { useInitiatives } from './api';

export type InitiativeRoute =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'missing' }
  | { state: 'ready'; slug: string; key: string; plan: Plan; initiative: Initiative };

export function useInitiativeRoute(): InitiativeRoute {
  const { slug = '', number: key = '' } = useParams();
  const plan = usePlan(slug);
  const initiatives = useInitiatives(plan.data?.id);
  if (plan.isError) return { state: 'error', error: plan.error };
  if (plan.isPending) return { state: 'loading' };
  if (!plan.data) return { state: 'missing' };
  if (initiatives.isError) return { state: 'error', error: initiatives.error };
  if (initiatives.isPending) return { state: 'loading' };
  const initiative = initiatives.data.find((i) => matchesKey(key, i));
  if (!initiative) return { state: 'missing' };
  return { state: 'ready', slug, key, plan: plan.data, initiative };
}
