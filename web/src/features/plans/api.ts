/** Plans, their progress as of a date, and the whole portfolio's. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import { pageOf, Plan, Progress } from '../../api/types';

export const usePlans = () =>
  useQuery({
    queryKey: ['plans'],
    queryFn: () => api.list('/plans', {}, Plan),
  });

/** The plan with this slug (null when there is none). */
export const usePlan = (slug: string) =>
  useQuery({
    queryKey: ['plans', slug],
    queryFn: () => api.get(`/plans${query({ slug })}`, pageOf(Plan)).then((p) => p.items[0] ?? null),
  });

export const usePlanProgress = (slug: string, asOf: string) =>
  useQuery({
    queryKey: ['progress', slug, asOf],
    queryFn: () => api.get(`/plans/${encodeURIComponent(slug)}/progress${query({ asOf })}`, Progress),
  });

export const usePortfolioProgress = (asOf: string) =>
  useQuery({
    queryKey: ['progress', '*', asOf],
    queryFn: () => api.get(`/progress${query({ asOf })}`, Progress),
  });
