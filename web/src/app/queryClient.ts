/** The one query cache of the app (server state), shared by the pages and the routes that start their requests. */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a network hiccup might.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400) && count < 1,
      refetchOnWindowFocus: false,
    },
  },
});
