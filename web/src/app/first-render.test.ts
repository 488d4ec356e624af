import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstPageReady } from './first-render';

/** A router stand-in whose initialisation the test decides. */
function fakeRouter() {
  const listeners = new Set<(s: { initialized: boolean }) => void>();
  const router = {
    state: { initialized: false },
    subscribe(l: (s: { initialized: boolean }) => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    initialize() {
      router.state = { initialized: true };
      for (const l of listeners) l(router.state);
    },
    listeners,
  };
  return router;
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(() => vi.useRealTimers());

describe('the first drawing of the app', () => {
  it('waits until the router has run its loaders and their requests have answered', async () => {
    const router = fakeRouter();
    const client = new QueryClient();
    let ready = false;
    void firstPageReady(router, client, 10_000).then(() => (ready = true));
    const answer = deferred<number>();
    // The loader starts a request, then the router counts as initialised: still waiting for the answer.
    void client.prefetchQuery({ queryKey: ['p'], queryFn: () => answer.promise });
    router.initialize();
    await new Promise((r) => setTimeout(r, 5));
    expect(ready).toBe(false);
    answer.resolve(1);
    await vi.waitFor(() => expect(ready).toBe(true));
    // Nothing is left listening.
    expect(router.listeners.size).toBe(0);
  });

  it('waits no longer than its limit when the answers are slow', async () => {
    vi.useFakeTimers();
    const router = fakeRouter();
    const client = new QueryClient();
    let ready = false;
    void client.prefetchQuery({ queryKey: ['slow'], queryFn: () => new Promise(() => undefined) });
    router.initialize();
    void firstPageReady(router, client, 400).then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(399);
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);
  });

  it('draws at once when there is nothing to wait for', async () => {
    const router = fakeRouter();
    router.initialize();
    await expect(firstPageReady(router, new QueryClient(), 10_000)).resolves.toBeUndefined();
  });
});
