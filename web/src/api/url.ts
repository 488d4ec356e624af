/**
 * Where the API lives and how a request's query string is written: shared by the API client (client.ts) and the
 * first page's early requests (early.ts), which must ask for exactly the same addresses. Imports nothing.
 */

/** The API, below the app's own origin. */
export const API_BASE = '/api/v1';

/** The server's largest page: lists are read this many rows at a time. */
export const PAGE_SIZE = 500;

/** A query string from defined values. */
export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
