/** Initiatives with their targets, funding and expenditure. */
import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type {
  AuditEntry,
  Expenditure,
  Funding,
  Initiative,
  InitiativeSeries,
  Page,
  Target,
} from '../../api/types';

/** Every initiative, or a plan's. */
export const useInitiatives = (planId?: number) =>
  useQuery({
    queryKey: ['initiatives', planId ?? '*'],
    queryFn: () => api.list<Initiative>('/initiatives', { planId }),
  });

/** Funding rows: all, one plan's (by slug) or one initiative's; `enabled: false` waits until the scope is known. */
export const fundingQuery = (scope: { planId?: string; initiativeId?: number } = {}) =>
  queryOptions({
    queryKey: ['funding', scope.planId ?? '*', scope.initiativeId ?? '*'],
    queryFn: () => api.list<Funding>('/funding', scope),
    staleTime: 5_000,
  });
export const useFunding = (scope: { planId?: string; initiativeId?: number } = {}, enabled = true) =>
  useQuery({ ...fundingQuery(scope), enabled });

export const useExpenditures = (initiativeId: number | undefined) =>
  useQuery({
    queryKey: ['expenditures', initiativeId],
    enabled: initiativeId !== undefined,
    queryFn: () => api.list<Expenditure>('/expenditures', { initiativeId }),
  });

export const useTargets = (initiativeId: number | undefined) =>
  useQuery({
    queryKey: ['targets', initiativeId],
    enabled: initiativeId !== undefined,
    queryFn: () => api.list<Target>('/targets', { initiativeId }),
  });

/** Every target's actual and forecast by date (the chart), split at the as-of date. */
export const useInitiativeSeries = (initiativeId: number, asOf: string) =>
  useQuery({
    queryKey: ['progress', 'series', initiativeId, asOf],
    queryFn: () => api.get<InitiativeSeries>(`/initiatives/${initiativeId}/series${query({ asOf })}`),
  });

/** How many history entries one "show older" step adds. */
export const HISTORY_PAGE_SIZE = 20;

/**
 * An initiative's change history from the audit log, newest first, a page at a time. Only asked when `enabled`
 * (the person may read it): for everyone else the server answers 403, and the page should not ask at all.
 */
export const useInitiativeHistory = (initiativeId: number, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: ['history', initiativeId],
    enabled,
    initialPageParam: 1,
    queryFn: ({ pageParam }) =>
      api.get<Page<AuditEntry>>(
        `/initiatives/${initiativeId}/history${query({ page: pageParam, pageSize: HISTORY_PAGE_SIZE })}`,
      ),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
