/** The one query cache of the app (server state), shared by the pages and the routes that start their requests. */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again, nor will an answer for another build of the app (the page must be
      // reloaded); a network hiccup might.
      retry: (count, error) =>
        !(error instanceof ApiError && (error.status >= 400 || error.code === 'stale_app')) && count < 1,
      refetchOnWindowFocus: false,
    },
  },
});
