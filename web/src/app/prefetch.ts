/**
 * Route loaders that start a page's requests as soon as the URL is known, together with "who is signed in" —
 * instead of one after the other once each component has rendered. They return nothing: the pages read the same
 * queries from the cache, and a failure shows where the page asks, not here.
 */
import type { LoaderFunctionArgs } from 'react-router';
import type { FetchQueryOptions } from '@tanstack/react-query';
import { asOfIn } from '../lib/dates';
import { meQuery } from '../features/auth/api';
import { fundingQuery } from '../features/initiatives/api';
import { planProgressQuery, planQuery } from '../features/plans/api';
import { unitsQuery } from '../features/reference/api';
import { roundQuery, updatesQuery } from '../features/rounds/api';
import { daysOffQuery } from '../features/settings/api';
import { queryClient } from './queryClient';

// Any query's options; the loader only starts them.
type Query = FetchQueryOptions<any, any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Start each query that has neither data nor a request under way (a filter change re-runs the loader). */
function start(...queries: Query[]): null {
  for (const q of queries) {
    if (queryClient.getQueryState(q.queryKey) === undefined) void queryClient.prefetchQuery(q);
  }
  return null;
}

export const signedInLoader = () => start(meQuery());

/**
 * Whether a navigation only changed the dashboard's list filters (`status`, `forvaltning`): the page's queries are
 * the same, so the loaders need not run again (see `shouldRevalidate` in router.tsx).
 */
export function onlyFiltersChanged(currentUrl: URL, nextUrl: URL): boolean {
  if (currentUrl.pathname !== nextUrl.pathname) return false;
  const rest = (u: URL) => {
    const p = new URLSearchParams(u.search);
    p.delete('status');
    p.delete('forvaltning');
    p.sort();
    return p.toString();
  };
  return rest(currentUrl) === rest(nextUrl);
}

export const dashboardLoader = ({ params, request }: LoaderFunctionArgs) => {
  const slug = params.slug ?? '';
  const asOf = asOfIn(new URL(request.url).searchParams);
  return start(planQuery(slug), planProgressQuery(slug, asOf), fundingQuery({ planId: slug }), unitsQuery());
};

/** A round's pages: the round, its board and the days off its working days leave out. */
export const roundLoader = ({ params }: LoaderFunctionArgs) => {
  const id = Number(params.id);
  return Number.isInteger(id) && id > 0 ? start(roundQuery(id), updatesQuery(id), daysOffQuery()) : null;
};
