/** Reporting rounds: the plan's rounds, one round, its status texts and their history, and the workflow steps. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { forgetIdempotencyKey, idempotencyKey } from '../../api/idempotency';
import type {
  DraftText,
  Round,
  RoundInput,
  StatusUpdate,
  StatusUpdateVersion,
  TextTokens,
} from '../../api/types';

export const roundsQuery = (planId: number | undefined) =>
  queryOptions({
    queryKey: ['rounds', 'plan', planId],
    enabled: planId !== undefined,
    queryFn: () => api.list<Round>('/rounds', { planId }),
  });

export const useRounds = (planId: number | undefined) => useQuery(roundsQuery(planId));

export const roundQuery = (id: number) =>
  queryOptions({
    queryKey: ['rounds', id],
    queryFn: () => api.get<Round>(`/rounds/${id}`),
    staleTime: 5_000,
  });

export const useRound = (id: number) => useQuery(roundQuery(id));

export const updatesQuery = (roundId: number) =>
  queryOptions({
    queryKey: ['rounds', roundId, 'updates'],
    queryFn: () => api.get<StatusUpdate[]>(`/rounds/${roundId}/updates`),
    staleTime: 5_000,
  });

export const useUpdates = (roundId: number) => useQuery(updatesQuery(roundId));

export const historyQuery = (roundId: number, initiativeId: number) =>
  queryOptions({
    queryKey: ['rounds', roundId, 'history', initiativeId],
    queryFn: () => api.get<StatusUpdateVersion[]>(`/rounds/${roundId}/updates/${initiativeId}/history`),
  });

export const useStatusHistory = (roundId: number, initiativeId: number) =>
  useQuery(historyQuery(roundId, initiativeId));

/** After any step, the round, its board and the histories may have changed. */
function useRefresh(roundId?: number) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: roundId === undefined ? ['rounds'] : ['rounds', roundId] });
}

/** Open a new round; `scope` names the form, so sending it twice cannot open two rounds. */
export function useCreateRound(scope: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RoundInput) =>
      api.post<Round>('/rounds', body, { idempotencyKey: idempotencyKey(scope, body) }),
    onSuccess: () => {
      forgetIdempotencyKey(scope);
      return qc.invalidateQueries({ queryKey: ['rounds'] });
    },
  });
}

const updateUrl = (roundId: number, initiativeId: number) => `/rounds/${roundId}/updates/${initiativeId}`;

/** Write the draft text (version 0: nothing written yet). */
export function useSaveText(roundId: number, initiativeId: number) {
  const refresh = useRefresh(roundId);
  return useMutation({
    mutationFn: (body: { text: string; version: number }) =>
      api.put<StatusUpdate>(updateUrl(roundId, initiativeId), {
        text: body.text,
        ...(body.version > 0 ? { version: body.version } : {}),
      }),
    onSuccess: refresh,
  });
}

export type Step = 'submit' | 'approve' | 'return';

/** Submit, approve or return the text (a return carries the comment). */
export function useStep(roundId: number, initiativeId: number) {
  const refresh = useRefresh(roundId);
  return useMutation({
    mutationFn: (body: { step: Step; version: number; comment?: string }) =>
      api.post<StatusUpdate>(`${updateUrl(roundId, initiativeId)}/${body.step}`, {
        version: body.version,
        ...(body.comment === undefined ? {} : { comment: body.comment }),
      }),
    onSuccess: refresh,
  });
}

/** "Foreslå tekst": a text composed from the data; nothing is stored. */
export function useDraftText(roundId: number, initiativeId: number) {
  return useMutation({
    mutationFn: () => api.post<DraftText>(`${updateUrl(roundId, initiativeId)}/draft-text`),
  });
}

/** The references a status text may carry ({{faktisk}} …) with their values as of the round's date. */
export const tokensQuery = (roundId: number, initiativeId: number) =>
  queryOptions({
    queryKey: ['rounds', roundId, 'tokens', initiativeId],
    enabled: roundId > 0 && initiativeId > 0,
    queryFn: () => api.get<TextTokens>(`${updateUrl(roundId, initiativeId)}/tokens`),
    staleTime: 30_000,
  });

export const useTextTokens = (roundId: number, initiativeId: number) =>
  useQuery(tokensQuery(roundId, initiativeId));

/** Close the round, naming the recommendations knowingly left without an approved text. */
export function useCloseRound(roundId: number) {
  const refresh = useRefresh(roundId);
  return useMutation({
    mutationFn: (body: { version: number; missing: number[] }) =>
      api.post<Round>(`/rounds/${roundId}/close`, body),
    onSuccess: refresh,
  });
}

/** Reopen a closed round with a reason (kept in the audit log). */
export function useReopenRound(roundId: number) {
  const refresh = useRefresh(roundId);
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      api.post<Round>(`/rounds/${roundId}/reopen`, body),
    onSuccess: refresh,
  });
}

/** The memo's address in a format (HTML preview, DOCX or PDF download). */
export const memoUrl = (
  roundId: number,
  format: 'html' | 'docx' | 'pdf',
  variant: 'committee' | 'working' = 'committee',
) => `/api/v1/rounds/${roundId}/memo.${format}${variant === 'working' ? '?variant=working' : ''}`;
