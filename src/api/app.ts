/** The HTTP application: Fastify with zod schemas, problem+json errors, OpenAPI, and a permission on every route. */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../store/schema';
import { SESSION_COOKIE } from '../features/auth/sessions';
import { registerFeatures } from '../features/register';
import type { App } from './app-types';
import { contextFor } from '../auth/context';
import { checkRoute, identify } from './guard';
import { frameworkErrors, installErrorHandler, languageOf } from './errors';
import { registerWebStatic } from './web-static';
import { installPlanRefs } from './plan-refs';
import { collectUndocumented, DOCS_PREFIX, registerOpenApi } from './openapi';
import { installSecurityHeaders } from './security-headers';
import { installInputHygiene } from './input-hygiene';
import { installIdempotency } from './idempotency';
import { installTurns } from './turns';
import { installGracefulClose, registerHealthRoutes } from './health';

/** Options for building the app. */
export interface AppOptions {
  db: Kysely<DB>;
  logger?: boolean;
  /** Where log lines go when `logger` is on (tests read them); standard output by default. */
  logStream?: { write(line: string): void };
}

/** Credentials never reach the log: request headers that carry them, and the cookie a response sets. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** Query parameters whose values are secrets (the single sign-on callback's code and state, and the like). */
const SECRET_QUERY = /([?&](?:code|state|token|access_token|id_token|password|secret)=)[^&#]*/gi;

/** The logged view of a request: as Fastify's default, with secret query values blanked out. */
function requestForLog(req: FastifyRequest): Record<string, unknown> {
  return {
    method: req.method,
    url: req.url.replace(SECRET_QUERY, '$1[redacted]'),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/**
 * One log line per request, written when it is answered and naming the request, instead of Fastify's two (under
 * load the log had taken a tenth of the server's time).
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, req: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(req)) return;
    if (error)
      req.log.error({ req, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else req.log.info({ req, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/** Build the application (not listening); tests use `app.inject`. */
export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: 'info',
          redact: REDACT,
          serializers: { req: requestForLog },
          ...(opts.logStream ? { stream: opts.logStream } : {}),
        }
      : false,
    bodyLimit: 1024 * 1024,
    logController: new OneLinePerRequest(),
    frameworkErrors,
    genReqId: () => randomUUID(),
    // Behind a TLS-terminating load balancer, set INDSATS_TRUST_PROXY=1 so the session cookie is marked Secure.
    trustProxy: process.env.INDSATS_TRUST_PROXY === '1',
  }).withTypeProvider<ZodTypeProvider>();
  // JSON only where JSON is expected: without a text/plain parser, any body that is not JSON is a 415.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', opts.db);
  // First: nothing runs for a request before its turn.
  installTurns(app);
  installErrorHandler(app);
  installInputHygiene(app);

  const unprotected: string[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.config?.permission && !route.url.startsWith(DOCS_PREFIX))
      unprotected.push(`${String(route.method)} ${route.url}`);
  });
  const undocumented = collectUndocumented(app);
  await app.register(cookie);
  installSecurityHeaders(app);
  app.addHook('onRequest', async (req) => {
    const lang = languageOf(req.headers);
    req.ctx = contextFor(null, req.id, lang);
    req.identity = null;
    const identity = await identify(opts.db, req.headers.authorization, req.cookies[SESSION_COOKIE]);
    req.identity = identity;
    req.ctx = contextFor(identity?.principal ?? null, req.id, lang);
    checkRoute(req.routeOptions.config?.permission, req.method, identity, req.headers['x-csrf-token']);
  });
  installIdempotency(app);
  installGracefulClose(app);

  await registerOpenApi(app);

  registerHealthRoutes(app, opts.db);
  installPlanRefs(app);
  registerFeatures(app);
  await registerWebStatic(app);

  await app.ready();
  if (unprotected.length > 0)
    throw new Error(`Routes without a declared permission: ${unprotected.join(', ')}`);
  if (undocumented.length > 0)
    throw new Error(`Routes the OpenAPI document cannot name: ${undocumented.join(', ')}`);
  return app;
}
