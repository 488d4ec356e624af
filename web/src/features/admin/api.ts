/**
 * Administration: people and their role assignments, API tokens, the reference lists (with merging), and the audit
 * log. Every request is refused by the server to anyone but an administrator; the pages only mirror that.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, ApiError, query, request } from '../../api/client';
import { forgetIdempotencyKey, idempotencyKey } from '../../api/idempotency';
import type { AuditEntry, CreatedToken, MergeResult, Page, Token, User } from '../../api/types';
import type { AuditQuery } from '../../../../src/schemas/audit';
import type { TokenInput } from '../../../../src/schemas/tokens';
import type { UserInput } from '../../../../src/schemas/users';
import { LISTS, type ListName } from './lists';

/** A refusal because the record changed since it was read. */
const isStale = (e: unknown) => e instanceof ApiError && e.status === 409 && e.code === 'stale_version';

/** Set a person's password (the server answers 204). */
const setPassword = (id: number, password: string) =>
  request<void>('PUT', `/users/${id}/password`, { password }, {}, false);

export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: () => api.list<User>('/users', {}) });

export const useUser = (id: number) =>
  useQuery({ queryKey: ['users', id], queryFn: () => api.get<User>(`/users/${id}`) });

/** Create a person (and set the first password, when one is given); `scope` names the form. */
export function useCreateUser(scope: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: { user: z.input<typeof UserInput>; password: string }) => {
      const user = await api.post<User>('/users', body.user, {
        idempotencyKey: idempotencyKey(scope, body.user),
      });
      if (body.password) await setPassword(user.id, body.password);
      return user;
    },
    onSuccess: () => {
      forgetIdempotencyKey(scope);
      return qc.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export function useUpdateUser(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<z.input<typeof UserInput>> & { version: number }) =>
      api.patch<User>(`/users/${id}`, body),
    onSuccess: (user) => {
      qc.setQueryData(['users', id], user);
      return qc.invalidateQueries({ queryKey: ['users'], exact: true });
    },
    // Someone changed the person first: fetch the newest version; the form keeps what was typed.
    onError: (e) => (isStale(e) ? qc.invalidateQueries({ queryKey: ['users', id] }) : undefined),
  });
}

/** Set a person's password (their sessions end). */
export const useSetPassword = (id: number) =>
  useMutation({
    mutationFn: (password: string) => setPassword(id, password),
  });

export const useTokens = () => useQuery({ queryKey: ['tokens'], queryFn: () => api.get<Token[]>('/tokens') });

export function useCreateToken(scope: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof TokenInput>) =>
      api.post<CreatedToken>('/tokens', body, { idempotencyKey: idempotencyKey(scope, body) }),
    onSuccess: () => {
      forgetIdempotencyKey(scope);
      return qc.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
}

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete(`/tokens/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

/** The audit log's filters as the page holds them (every one optional). */
export type AuditFilters = Partial<Record<keyof AuditQuery, string>>;

export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit log, newest first. */
export const useAudit = (filters: AuditFilters, page: number) =>
  useQuery({
    queryKey: ['audit', filters, page],
    queryFn: () =>
      api.get<Page<AuditEntry>>(`/audit${query({ ...filters, page, pageSize: AUDIT_PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });

/** The CSV export's address, with the same filters. */
export const auditCsvUrl = (filters: AuditFilters) => `/api/v1/audit.csv${query(filters)}`;

/** A change to a reference list may change activities, targets and every figure. */
function useRefreshList(list: ListName) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: [LISTS[list].path] }),
      qc.invalidateQueries({ queryKey: ['activities'] }),
      qc.invalidateQueries({ queryKey: ['initiatives'] }),
      qc.invalidateQueries({ queryKey: ['progress'] }),
    ]);
}

/** Create, change or delete an entry of a reference list. */
export function useSaveEntry(list: ListName) {
  const refresh = useRefreshList(list);
  const path = `/${LISTS[list].path}`;
  return useMutation({
    mutationFn: (body: { id?: number; version?: number; values: Record<string, unknown> }) =>
      body.id === undefined
        ? api.post<{ id: number }>(path, body.values)
        : api.patch<{ id: number }>(`${path}/${body.id}`, {
            ...body.values,
            version: body.version,
          }),
    onSuccess: refresh,
    onError: (e) => (isStale(e) ? refresh() : undefined),
  });
}

export function useDeleteEntry(list: ListName) {
  const refresh = useRefreshList(list);
  return useMutation({
    mutationFn: (entry: { id: number; version: number }) =>
      api.delete(`/${LISTS[list].path}/${entry.id}${query({ version: entry.version })}`),
    onSuccess: refresh,
    onError: (e) => (isStale(e) ? refresh() : undefined),
  });
}

/** Merge a near-duplicate into the entry that stays. */
export function useMergeEntry(list: ListName) {
  const refresh = useRefreshList(list);
  return useMutation({
    mutationFn: (body: { id: number; version: number; into: number }) =>
      api.post<MergeResult>(`/${LISTS[list].path}/${body.id}/merge`, {
        into: body.into,
        version: body.version,
      }),
    onSuccess: refresh,
    onError: (e) => (isStale(e) ? refresh() : undefined),
  });
}
