/** The days-off setting: read wherever working days are counted, changed by administrators. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';
import type { DaysOff } from '../../api/types';
import type { DaysOffUpdate } from '../../../../src/schemas/settings';

export const daysOffQuery = () =>
  queryOptions({
    queryKey: ['settings', 'days-off'],
    queryFn: () => api.get<DaysOff>('/settings/days-off'),
    staleTime: 60_000,
  });

export const useDaysOff = () => useQuery(daysOffQuery());

export function useSetDaysOff() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof DaysOffUpdate>) => api.put<DaysOff>('/settings/days-off', body),
    onSuccess: (stored) => qc.setQueryData(daysOffQuery().queryKey, stored),
  });
}
