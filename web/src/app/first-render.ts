/**
 * When to draw the first page. Its data is usually there within moments of the app's start (api/early.ts asked for
 * it while the code was still being read), so drawing at once would draw a spinner and then, a moment later, the
 * whole page again. Instead the app waits until the router has run the page's loaders and their requests have
 * answered, but never longer than a short limit: on a slow connection the spinner comes as before.
 */
import type { QueryClient } from '@tanstack/react-query';

/** The longest the first drawing waits for the first page's data. */
export const FIRST_RENDER_WAIT_MS = 400;

interface RouterLike {
  state: { initialized: boolean };
  subscribe(listener: (state: { initialized: boolean }) => void): () => void;
}

/** Resolves once the router is initialised and no query is fetching, or after `limitMs`, whichever comes first. */
export function firstPageReady(
  router: RouterLike,
  client: QueryClient,
  limitMs = FIRST_RENDER_WAIT_MS,
): Promise<void> {
  return new Promise((resolve) => {
    const stops: (() => void)[] = [];
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const stop of stops) stop();
      resolve();
    };
    const timer = setTimeout(finish, limitMs);
    stops.push(() => clearTimeout(timer));
    const check = () => {
      if (router.state.initialized && client.isFetching() === 0) finish();
    };
    stops.push(router.subscribe(check));
    stops.push(client.getQueryCache().subscribe(check));
    check();
  });
}
