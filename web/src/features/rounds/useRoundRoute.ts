/** The round a /statusrunder/:id route names, with its plan (for the way back and the person's rights). */
import { useParams } from 'react-router';
import type { Plan, Round } from '../../api/types';
import { usePlans } from '../plans/api';
import { useRound } from './api';

export type RoundRoute =
  { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; round: Round; plan: Plan };

export function useRoundRoute(): RoundRoute {
  const { id = '' } = useParams();
  const round = useRound(Number(id));
  const plans = usePlans();
  if (round.isError) return { state: 'error', error: round.error };
  if (plans.isError) return { state: 'error', error: plans.error };
  if (round.isPending || plans.isPending) return { state: 'loading' };
  const plan = plans.data.find((p) => p.id === round.data.planId);
  if (!plan) return { state: 'loading' };
  return { state: 'ready', round: round.data, plan };
}
