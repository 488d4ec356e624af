/** Sign-in hooks: who is signed in, sign in, sign out, and whether single sign-on is offered. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, request, setCsrfToken } from '../../api/client';
import type { LoginResult, Me, SingleSignOnStatus } from '../../api/types';

export const ME_KEY = ['me'] as const;

/** The signed-in person; null when nobody is (a 401). */
export const meQuery = () =>
  queryOptions({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await api.get<Me>('/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });

export const useMe = () => useQuery(meQuery());

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post<LoginResult>('/auth/login', body),
    onSuccess: async (r) => {
      setCsrfToken(r.csrfToken);
      qc.clear();
      await qc.fetchQuery({ queryKey: ME_KEY, queryFn: () => api.get<Me>('/auth/me') });
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => request<void>('POST', '/auth/logout', {}, {}, false),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    },
  });
}

const SSO_KEY = 'indsats.sso';

/** Whether "Log ind med organisationens login" is offered (asked once per browser session). */
export function useSingleSignOn() {
  return useQuery({
    queryKey: ['sso'],
    queryFn: async () => {
      const known = sessionStorage.getItem(SSO_KEY);
      if (known !== null) return known === '1';
      const { enabled } = await api.get<SingleSignOnStatus>('/auth/oidc/status');
      sessionStorage.setItem(SSO_KEY, enabled ? '1' : '0');
      return enabled;
    },
    staleTime: Infinity,
  });
}
