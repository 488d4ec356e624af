/** Reference lists (units, venues, partners, target groups): small, read once and kept. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Partner, TargetGroup, Unit, Venue } from '../../api/types';

const opts = { staleTime: 5 * 60_000 };

/** Every row of a reference list. */
function all<T>(path: string) {
  return () => api.list<T>(`/${path}`, {});
}

export const unitsQuery = () => queryOptions({ queryKey: ['units'], queryFn: all<Unit>('units'), ...opts });
export const useUnits = () => useQuery(unitsQuery());
export const useVenues = () => useQuery({ queryKey: ['venues'], queryFn: all<Venue>('venues'), ...opts });
export const usePartners = () =>
  useQuery({ queryKey: ['partners'], queryFn: all<Partner>('partners'), ...opts });
export const useTargetGroups = () =>
  useQuery({ queryKey: ['target-groups'], queryFn: all<TargetGroup>('target-groups'), ...opts });

/** id → item, for showing names. */
export function byId<T extends { id: number }>(items: T[] | undefined): Map<number, T> {
  return new Map((items ?? []).map((i) => [i.id, i]));
}
