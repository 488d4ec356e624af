/**
 * The requests a first page load can start before the app's code has been evaluated. The entry imports this module
 * first, so its requests leave while the browser still compiles and runs the rest (a third of a second or more on a
 * slow machine); the API client then takes each answer instead of asking again. It imports nothing heavy on purpose.
 *
 * Which requests a page makes is the route loaders' business (app/prefetch.ts); early.test.ts holds the two lists equal.
 */
import { asOfIn } from '../lib/dates';
import { API_BASE, PAGE_SIZE, query } from './url';

/** Where the chosen interface language is kept (i18n/index.ts reads and writes it). */
export const LANGUAGE_KEY = 'indsats.language';

/** The interface language stored for this browser: the API answers in it. */
export function storedLanguage(): 'da' | 'en' {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

/** The API paths (below /api/v1) the loaders of the page at this address ask for first. */
export function earlyPaths(pathname: string, search: string): string[] {
  if (pathname === '/log-ind' || pathname === '/tilgaengelighed') return [];
  const paths = ['/auth/me'];
  const dashboard = /^\/planer\/([^/]+)\/?$/.exec(pathname);
  if (dashboard) {
    let slug: string;
    try {
      slug = decodeURIComponent(dashboard[1]);
    } catch {
      return paths;
    }
    const asOf = asOfIn(new URLSearchParams(search));
    paths.push(
      `/plans${query({ slug })}`,
      `/plans/${encodeURIComponent(slug)}/progress${query({ asOf })}`,
      `/funding${query({ planId: slug, page: 1, pageSize: PAGE_SIZE })}`,
      `/units${query({ page: 1, pageSize: PAGE_SIZE })}`,
    );
  }
  return paths;
}

// Answers by path and language, each taken once.
const pending = new Map<string, Promise<Response>>();
const keyOf = (path: string, language: string) => `${language} ${path}`;

/**
 * Start the first page's GETs, with the headers the API client sends (api/client.ts `request`). A request that fails
 * to leave is simply not kept: the client asks again itself.
 */
export function startEarlyRequests(location: Location = window.location): void {
  const language = storedLanguage();
  for (const path of earlyPaths(location.pathname, location.search)) {
    const answer = fetch(`${API_BASE}${path}`, {
      headers: { Accept: 'application/json', 'Accept-Language': language },
      credentials: 'same-origin',
    });
    answer.catch(() => pending.delete(keyOf(path, language)));
    pending.set(keyOf(path, language), answer);
  }
}

/** The early answer to this GET in this language, if one was started and not yet taken. */
export function takeEarlyResponse(path: string, language: string): Promise<Response> | undefined {
  const key = keyOf(path, language);
  const answer = pending.get(key);
  pending.delete(key);
  return answer;
}
