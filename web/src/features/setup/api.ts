/**
 * Set-up writes: plans, initiatives, targets, funding, expenditure, measurements and assessments, over the API's
 * generic resource routes (create, PATCH with the version read, DELETE with it). Any write may change figures,
 * funding sentences and histories anywhere in the plan, so every write refreshes all of them.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query, request } from '../../api/client';
import { forgetIdempotencyKey, idempotencyKey } from '../../api/idempotency';
import type { Initiative, Measurement, TargetProgress } from '../../api/types';

/** What a set-up write can change. */
const AFFECTED = [
  'plans',
  'initiatives',
  'targets',
  'funding',
  'expenditures',
  'measurements',
  'progress',
  'history',
];

function useRefresh() {
  const qc = useQueryClient();
  return () => Promise.all(AFFECTED.map((k) => qc.invalidateQueries({ queryKey: [k] })));
}

/** Create a record at `/path`; `scope` names the form, so sending the same body again cannot make a second one. */
export function useCreate<Out>(path: string, scope: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: object) =>
      api.post<Out>(`/${path}`, body, { idempotencyKey: idempotencyKey(scope, body) }),
    onSuccess: async () => {
      forgetIdempotencyKey(scope);
      await refresh();
    },
  });
}

/** Change a record with the version read (a stale one gets 409). */
export function useUpdate<Out>(path: string, id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: object & { version: number }) => api.patch<Out>(`/${path}/${id}`, body),
    onSuccess: refresh,
  });
}

/** Delete a record at the version read. */
export function useRemove(path: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (r: { id: number; version: number }) =>
      api.delete(`/${path}/${r.id}${query({ version: r.version })}`),
    onSuccess: refresh,
  });
}

/** Set or clear an initiative's assessment (status with its reason). */
export function useAssessment(initiativeId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (
      body: { status: string; reason: string; version: number } | { clear: true; version: number },
    ) =>
      'clear' in body
        ? request<Initiative>(
            'DELETE',
            `/initiatives/${initiativeId}/assessment${query({ version: body.version })}`,
          )
        : api.put<Initiative>(`/initiatives/${initiativeId}/assessment`, body),
    onSuccess: refresh,
  });
}

/** A target's measurements, oldest first. */
export const useMeasurements = (targetId: number) =>
  useQuery({
    queryKey: ['measurements', targetId],
    queryFn: () => api.list<Measurement>('/measurements', { targetId }),
  });

/**
 * What a target as typed would read today: the same evaluation as the progress view, on the initiative's data.
 * `body` is null while the form does not pass its checks; the last answer stays shown while the next is asked.
 */
export const useTargetEvaluation = (body: object | null) =>
  useQuery({
    queryKey: ['progress', 'evaluate', body],
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
    queryFn: () => api.post<TargetProgress>('/targets/evaluate', body),
  });
