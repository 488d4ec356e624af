/** Initiatives with their targets, funding and expenditure. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { Expenditure, Funding, Initiative, Page, Target } from '../../api/types';

const items = <T>(p: Page<T>) => p.items;

/** Every initiative, or a plan's. */
export const useInitiatives = (planId?: number) =>
  useQuery({
    queryKey: ['initiatives', planId ?? '*'],
    queryFn: () => api.get<Page<Initiative>>(`/initiatives${query({ planId, pageSize: 500 })}`).then(items),
  });

/** Funding rows (all, or one initiative's). */
export const useFunding = (initiativeId?: number) =>
  useQuery({
    queryKey: ['funding', initiativeId ?? '*'],
    queryFn: () => api.get<Page<Funding>>(`/funding${query({ initiativeId, pageSize: 500 })}`).then(items),
  });

export const useExpenditures = (initiativeId: number | undefined) =>
  useQuery({
    queryKey: ['expenditures', initiativeId],
    enabled: initiativeId !== undefined,
    queryFn: () =>
      api.get<Page<Expenditure>>(`/expenditures${query({ initiativeId, pageSize: 500 })}`).then(items),
  });

export const useTargets = (initiativeId: number | undefined) =>
  useQuery({
    queryKey: ['targets', initiativeId],
    enabled: initiativeId !== undefined,
    queryFn: () => api.get<Page<Target>>(`/targets${query({ initiativeId, pageSize: 500 })}`).then(items),
  });
