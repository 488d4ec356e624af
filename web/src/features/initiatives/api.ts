/** Initiatives with their targets, funding and expenditure. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import { Expenditure, Funding, Initiative, pageOf, Target } from '../../api/types';

const items = <T>(p: { items: T[] }) => p.items;

/** Every initiative, or a plan's. */
export const useInitiatives = (planId?: number) =>
  useQuery({
    queryKey: ['initiatives', planId ?? '*'],
    queryFn: () => api.get(`/initiatives${query({ planId, pageSize: 500 })}`, pageOf(Initiative)).then(items),
  });

/** Funding rows (all, or one initiative's). */
export const useFunding = (initiativeId?: number) =>
  useQuery({
    queryKey: ['funding', initiativeId ?? '*'],
    queryFn: () => api.get(`/funding${query({ initiativeId, pageSize: 500 })}`, pageOf(Funding)).then(items),
  });

export const useExpenditures = (initiativeId: number | undefined) =>
  useQuery({
    queryKey: ['expenditures', initiativeId],
    enabled: initiativeId !== undefined,
    queryFn: () =>
      api.get(`/expenditures${query({ initiativeId, pageSize: 500 })}`, pageOf(Expenditure)).then(items),
  });

export const useTargets = (initiativeId: number | undefined) =>
  useQuery({
    queryKey: ['targets', initiativeId],
    enabled: initiativeId !== undefined,
    queryFn: () => api.get(`/targets${query({ initiativeId, pageSize: 500 })}`, pageOf(Target)).then(items),
  });
