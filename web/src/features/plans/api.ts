/** Plans, their progress as of a date, and the whole portfolio's. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { Page, Plan, Progress } from '../../api/types';

export const usePlans = () =>
  useQuery({
    queryKey: ['plans'],
    queryFn: () => api.list<Plan>('/plans', {}),
  });

/** The plan with this slug (null when there is none). */
export const planQuery = (slug: string) =>
  queryOptions({
    queryKey: ['plans', slug],
    queryFn: () => api.get<Page<Plan>>(`/plans${query({ slug })}`).then((p) => p.items[0] ?? null),
    // Started by the route before the page renders (app/prefetch.ts): fresh for a moment, so the page's
    // first render does not ask again.
    staleTime: 5_000,
  });

export const usePlan = (slug: string) => useQuery(planQuery(slug));

export const planProgressQuery = (slug: string, asOf: string) =>
  queryOptions({
    queryKey: ['progress', slug, asOf],
    queryFn: () => api.get<Progress>(`/plans/${encodeURIComponent(slug)}/progress${query({ asOf })}`),
    // Writes invalidate ['progress'] (activities/api.ts); otherwise fresh for a moment, as planQuery.
    staleTime: 5_000,
  });

export const usePlanProgress = (slug: string, asOf: string) => useQuery(planProgressQuery(slug, asOf));

export const usePortfolioProgress = (asOf: string) =>
  useQuery({
    queryKey: ['progress', '*', asOf],
    queryFn: () => api.get<Progress>(`/progress${query({ asOf })}`),
  });
