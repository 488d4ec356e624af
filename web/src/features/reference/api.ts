/** Reference lists (units, venues, partners, target groups): small, read once and kept. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page, Partner, TargetGroup, Unit, Venue } from '../../api/types';

const ALL = '?pageSize=500';
const list =
  <T>(path: string) =>
  () =>
    api.get<Page<T>>(`/${path}${ALL}`).then((p) => p.items);
const opts = { staleTime: 5 * 60_000 };

export const useUnits = () => useQuery({ queryKey: ['units'], queryFn: list<Unit>('units'), ...opts });
export const useVenues = () => useQuery({ queryKey: ['venues'], queryFn: list<Venue>('venues'), ...opts });
export const usePartners = () =>
  useQuery({ queryKey: ['partners'], queryFn: list<Partner>('partners'), ...opts });
export const useTargetGroups = () =>
  useQuery({ queryKey: ['target-groups'], queryFn: list<TargetGroup>('target-groups'), ...opts });

/** id → item, for showing names. */
export function byId<T extends { id: number }>(items: T[] | undefined): Map<number, T> {
  return new Map((items ?? []).map((i) => [i.id, i]));
}
