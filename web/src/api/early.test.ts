import { afterEach, describe, expect, it, vi } from 'vitest';
import { dashboardLoader, signedInLoader } from '../app/prefetch';
import { queryClient } from '../app/queryClient';
import { api } from './client';
import { earlyPaths, startEarlyRequests, takeEarlyResponse } from './early';
import { API_BASE } from './url';

/** A stand-in for fetch that notes each URL and answers 200 with an empty object. */
function recordingFetch() {
  const urls: string[] = [];
  const fetch = vi.fn((url: string) => {
    urls.push(url);
    return Promise.resolve(
      new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  });
  vi.stubGlobal('fetch', fetch);
  return { urls, fetch };
}

const at = (href: string) => new URL(href, 'http://indsats.test') as unknown as Location;

afterEach(() => {
  vi.unstubAllGlobals();
  queryClient.clear();
});

describe('the early requests of a first page load', () => {
  it('are exactly the requests the dashboard route starts, so neither list can drift from the other', async () => {
    const { urls } = recordingFetch();
    const url = 'http://indsats.test/planer/s%C3%B8-plan?dato=2018-09-01&status=at_risk';
    signedInLoader();
    dashboardLoader({ params: { slug: 'sø-plan' }, request: new Request(url), context: {} } as never);
    await vi.waitFor(() => expect(urls.length).toBeGreaterThanOrEqual(5));
    const loc = new URL(url);
    expect(earlyPaths(loc.pathname, loc.search).map((p) => `${API_BASE}${p}`)).toEqual(
      expect.arrayContaining(urls),
    );
    expect(earlyPaths(loc.pathname, loc.search)).toHaveLength(urls.length);
  });

  it('ask only who is signed in on other signed-in pages, and nothing on the sign-in page', () => {
    expect(earlyPaths('/', '')).toEqual(['/auth/me']);
    expect(earlyPaths('/planer/x/indsatser/1', '')).toEqual(['/auth/me']);
    expect(earlyPaths('/log-ind', '?til=%2F')).toEqual([]);
    // A malformed escape in the slug asks for no plan (the page itself says it does not exist).
    expect(earlyPaths('/planer/%E0%A4%A', '')).toEqual(['/auth/me']);
  });

  it('are taken by the API client once, in the language they were asked in', async () => {
    const { fetch } = recordingFetch();
    startEarlyRequests(at('/planer/p?dato=2018-09-01'));
    expect(fetch).toHaveBeenCalledTimes(5);
    // The client's first GET of the same path uses the early answer instead of asking again …
    await api.get('/auth/me').catch(() => undefined);
    expect(fetch).toHaveBeenCalledTimes(5);
    // … and the next one asks the server.
    await api.get('/auth/me').catch(() => undefined);
    expect(fetch).toHaveBeenCalledTimes(6);
    // An answer is kept per language: another language's request is not served by it.
    expect(takeEarlyResponse('/units?page=1&pageSize=500', 'en')).toBeUndefined();
    expect(takeEarlyResponse('/units?page=1&pageSize=500', 'da')).toBeDefined();
    expect(takeEarlyResponse('/units?page=1&pageSize=500', 'da')).toBeUndefined();
  });

  it('forget a request that could not be sent, so the client asks again', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    startEarlyRequests(at('/'));
    await new Promise((r) => setTimeout(r, 0));
    expect(takeEarlyResponse('/auth/me', 'da')).toBeUndefined();
  });
});
