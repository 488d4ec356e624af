/** Reference lists (units, venues, partners, target groups): small, read once and kept. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';
import { Partner, TargetGroup, Unit, Venue } from '../../api/types';

const opts = { staleTime: 5 * 60_000 };

/** Every row of a reference list, parsed with its schema. */
function all<T>(path: string, item: z.ZodType<T>) {
  return () => api.list(`/${path}`, {}, item);
}

export const unitsQuery = () => queryOptions({ queryKey: ['units'], queryFn: all('units', Unit), ...opts });
export const useUnits = () => useQuery(unitsQuery());
export const useVenues = () => useQuery({ queryKey: ['venues'], queryFn: all('venues', Venue), ...opts });
export const usePartners = () =>
  useQuery({ queryKey: ['partners'], queryFn: all('partners', Partner), ...opts });
export const useTargetGroups = () =>
  useQuery({ queryKey: ['target-groups'], queryFn: all('target-groups', TargetGroup), ...opts });

/** id → item, for showing names. */
export function byId<T extends { id: number }>(items: T[] | undefined): Map<number, T> {
  return new Map((items ?? []).map((i) => [i.id, i]));
}
