/** Reference lists (units, venues, partners, target groups): small, read once and kept. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Partner, TargetGroup, Unit, Venue, VenueInput } from '../../api/types';

const opts = { staleTime: 5 * 60_000 };

/** Every row of a reference list. */
function all<T>(path: string) {
  return () => api.list<T>(`/${path}`, {});
}

export const unitsQuery = () => queryOptions({ queryKey: ['units'], queryFn: all<Unit>('units'), ...opts });
export const useUnits = () => useQuery(unitsQuery());
export const useVenues = () => useQuery({ queryKey: ['venues'], queryFn: all<Venue>('venues'), ...opts });
/**
 * Add a venue (from the activity form). The list of venues is read again after every attempt, before the caller
 * hears the answer: it then holds the new venue, or the one another person gave the name since the list was read
 * (a duplicate is refused).
 */
export function useCreateVenue() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: VenueInput) => api.post<Venue>('/venues', body),
    onSettled: () => qc.invalidateQueries({ queryKey: ['venues'] }),
  });
}

/** The venues as last read (for a name the page has not drawn yet). */
export function useVenuesNow(): () => Venue[] {
  const qc = useQueryClient();
  return () => qc.getQueryData<Venue[]>(['venues']) ?? [];
}
export const usePartners = () =>
  useQuery({ queryKey: ['partners'], queryFn: all<Partner>('partners'), ...opts });
export const useTargetGroups = () =>
  useQuery({ queryKey: ['target-groups'], queryFn: all<TargetGroup>('target-groups'), ...opts });

/** id → item, for showing names. */
export function byId<T extends { id: number }>(items: T[] | undefined): Map<number, T> {
  return new Map((items ?? []).map((i) => [i.id, i]));
}
