/**
 * Security headers on every response (content security policy, frame refusal, HSTS, no sniffing, …), as helmet
 * writes them, computed once at start: the policy is the same for every request, so building its text per request
 * (as the Fastify plug-in does, to allow nonces we do not use) only costs time on the hottest routes.
 */
import type { ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { App } from './app-types';

/** The helmet options: no upgrade-insecure-requests, since the product also runs on plain http://127.0.0.1. */
const OPTIONS = {
  contentSecurityPolicy: { directives: { frameAncestors: ["'none'"], upgradeInsecureRequests: null } },
  referrerPolicy: { policy: 'same-origin' as const },
};

/** The headers helmet writes with our options, captured once. */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  const failures: unknown[] = [];
  helmet(OPTIONS)({} as never, res, (err?: unknown) => {
    if (err) failures.push(err);
  });
  if (failures.length > 0) throw new Error('helmet refused its options', { cause: failures[0] });
  return headers;
}

/** Set the headers on every reply. */
export function installSecurityHeaders(app: App): void {
  const headers = securityHeaders();
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
}
