/**
 * The one API client: JSON in and out, the CSRF header on every state-changing request, the interface language as
 * Accept-Language, and problem+json turned into an ApiError. Components never call fetch; hooks call this.
 *
 * Answers are not parsed with zod here: the server checks every answer against the shared schema before it sends
 * it (the routes' response schemas), and the app is built from the same schemas' types. What could still differ is
 * an app left open in a tab while the server was updated: every API answer names the build of the web app the
 * server serves (`X-Indsats-Build`), and a page from another build is told to reload instead of reading an answer
 * it may not understand.
 */
import type { Page } from './types';
import { BUILD_HEADER } from '../../../src/api/build-header';
import { takeEarlyResponse } from './early';
import { API_BASE, PAGE_SIZE, query } from './url';

export { query };

/** An error the API (or the network) reported, with the failing fields' messages by field path. */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The problem's code ("stale_version", "validation", …) or "network". */
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
    /** For a refused duplicate (code "duplicate"): the record that already has the name. */
    readonly existingId?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ProblemBody {
  title?: string;
  detail?: string;
  code?: string;
  field?: string;
  errors?: { field: string; message: string }[];
  existingId?: unknown;
}

/**
 * Whether an answer comes from a server that serves another build of the web app than this one. This app's build is
 * compiled in by vite.config.ts for a production build (absent in development, where nothing is compared).
 */
function isFromOtherBuild(res: Response): boolean {
  const own = import.meta.env.VITE_INDSATS_BUILD as string | undefined;
  const served = res.headers.get(BUILD_HEADER);
  return !!own && !!served && served !== own;
}

let csrfToken: string | null = null;
let language = 'da';
let onUnauthenticated: ((path: string) => void) | null = null;
let sessionLost = false;

/** Whether a signed-in session ended under the person's feet (a 401 after sign-in), until the next sign-in. */
export function wasSessionLost(): boolean {
  return sessionLost;
}

/** Remember the session's CSRF token (from sign-in or /auth/me). */
export function setCsrfToken(token: string | null): void {
  if (token) sessionLost = false;
  csrfToken = token;
}

/** The language the API should answer in. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/** Called with the request path whenever the API answers 401 (the session expired or was revoked). */
export function setUnauthenticatedHandler(handler: ((path: string) => void) | null): void {
  onUnauthenticated = handler;
}

async function problemOf(res: Response): Promise<ApiError> {
  let body: ProblemBody = {};
  try {
    body = (await res.json()) as ProblemBody;
  } catch {
    // Not JSON (e.g. a proxy's error page): keep the status.
  }
  const fields: Record<string, string> = {};
  for (const e of body.errors ?? []) fields[e.field] ??= e.message;
  if (body.field && body.detail && !fields[body.field]) fields[body.field] = body.detail;
  return new ApiError(
    res.status,
    body.code ?? `http_${res.status}`,
    body.detail ?? body.title ?? res.statusText,
    fields,
    typeof body.existingId === 'number' ? body.existingId : undefined,
  );
}

/**
 * Send a request; resolves with the answer's JSON (undefined for 204 or when `expectBody` is false), rejects with an
 * ApiError. A read answered by a server that now serves another build of the app rejects with code "stale_app": the
 * page asks the person to reload. (A write's answer is taken: the write happened, and saying otherwise would be
 * false.)
 */
export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {},
  expectBody = true,
): Promise<T> {
  const headers: Record<string, string> = {
    ...extra,
    Accept: 'application/json',
    'Accept-Language': language,
  };
  // A file (Blob) is sent as it is, with its own type; anything else as JSON.
  const file = body instanceof Blob ? body : null;
  if (file) headers['Content-Type'] = file.type || 'application/octet-stream';
  else if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    // The first page's GETs may already be under way (early.ts): the answer is the same.
    const early =
      method === 'GET' && Object.keys(extra).length === 0 ? takeEarlyResponse(path, language) : undefined;
    res = await (early ??
      fetch(`${API_BASE}${path}`, {
        method,
        headers,
        body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
        credentials: 'same-origin',
      }));
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  if (!res.ok) {
    const err = await problemOf(res);
    if (res.status === 401 && path !== '/auth/login' && path !== '/auth/me') {
      // Only a session this page had (it holds the session's CSRF token) can have been lost; a first visit's
      // requests (a route starts them beside /auth/me) are simply not signed in.
      if (csrfToken) sessionLost = true;
      onUnauthenticated?.(path);
    }
    throw err;
  }
  if (method === 'GET' && isFromOtherBuild(res)) throw new ApiError(res.status, 'stale_app', 'stale_app');
  if (res.status === 204 || !expectBody) return undefined as T;
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError(res.status, 'unexpected_answer', 'unexpected_answer');
  }
}

/** Every item of a list endpoint, page by page, so a long list is never cut at one page. */
async function list<T>(path: string, params: Record<string, string | number | undefined>): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const p = await request<Page<T>>('GET', `${path}${query({ ...params, page, pageSize: PAGE_SIZE })}`);
    out.push(...p.items);
    if (out.length >= p.total || p.items.length === 0) return out;
  }
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  list,
  /** `idempotencyKey` (api/idempotency.ts) makes a create safe to send again. */
  post: <T>(path: string, body?: unknown, opts: { idempotencyKey?: string } = {}) =>
    request<T>(
      'POST',
      path,
      body ?? {},
      opts.idempotencyKey ? { 'Idempotency-Key': opts.idempotencyKey } : {},
    ),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path, undefined, {}, false),
};
