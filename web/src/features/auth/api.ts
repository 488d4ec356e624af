/** Sign-in hooks: who is signed in, sign in, sign out, and whether single sign-on is offered. */
import type { z } from 'zod';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from '../../api/client';
import { LoginResult, Me, SingleSignOnStatus } from '../../api/types';

export const ME_KEY = ['me'] as const;

/** The signed-in person; null when nobody is (a 401). */
export const meQuery = () =>
  queryOptions({
    queryKey: ME_KEY,
    queryFn: async (): Promise<z.infer<typeof Me> | null> => {
      try {
        const me = await api.get('/auth/me', Me);
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
    mutationFn: (body: { email: string; password: string }) => api.post('/auth/login', LoginResult, body),
    onSuccess: async (r) => {
      setCsrfToken(r.csrfToken);
      qc.clear();
      await qc.fetchQuery({ queryKey: ME_KEY, queryFn: () => api.get('/auth/me', Me) });
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/auth/logout', null),
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
      const { enabled } = await api.get('/auth/oidc/status', SingleSignOnStatus);
      sessionStorage.setItem(SSO_KEY, enabled ? '1' : '0');
      return enabled;
    },
    staleTime: Infinity,
  });
}
