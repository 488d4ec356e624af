/** Activities: list, one, create, update (with its version), delete. Writes refresh the figures. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import { forgetIdempotencyKey, idempotencyKey } from '../../api/idempotency';
import type { Activity, ActivityInput } from '../../api/types';

export const useActivities = (initiativeId: number | undefined) =>
  useQuery({
    queryKey: ['activities', 'initiative', initiativeId],
    enabled: initiativeId !== undefined,
    queryFn: () => api.list<Activity>('/activities', { initiativeId }),
  });

export const useActivity = (id: number) =>
  useQuery({ queryKey: ['activities', id], queryFn: () => api.get<Activity>(`/activities/${id}`) });

/** After a write, activities and every progress figure may have changed. */
function useRefresh() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['activities'] }),
      qc.invalidateQueries({ queryKey: ['progress'] }),
    ]);
}

/** `scope` names the form (its draft): sending the same activity again from it cannot make a second one. */
export function useCreateActivity(scope: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ActivityInput) =>
      api.post<Activity>('/activities', body, { idempotencyKey: idempotencyKey(scope, body) }),
    onSuccess: () => {
      forgetIdempotencyKey(scope);
      return refresh();
    },
  });
}

export function useUpdateActivity(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Partial<ActivityInput> & { version: number }) =>
      api.patch<Activity>(`/activities/${id}`, body),
    onSuccess: refresh,
  });
}

export function useDeleteActivity(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (version: number) => api.delete(`/activities/${id}${query({ version })}`),
    onSuccess: refresh,
  });
}
