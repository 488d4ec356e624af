/**
 * The OpenAPI document at /api/docs/json, which integrators generate clients from. Each route declares its own
 * operationId and summary; this module adds what follows from the route's declared permission and schemas: who may
 * call it (`security`) and the application/problem+json refusals it can give. A documented route without an
 * operationId or summary, or with an operationId another route has, stops start-up.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '../domain/permissions';
import { SESSION_COOKIE } from '../features/auth/sessions';
import { ProblemBody } from '../schemas/problem';
import type { App } from './app-types';
import { documentPlanRefs } from './plan-refs';

/** Where the document and its interactive view are served. */
export const DOCS_PREFIX = '/api/docs';

/** The ways to prove who is calling; every protected operation accepts a session (with CSRF for writes) or a token. */
const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie that POST /api/v1/auth/login (or single sign-on) sets.',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      "The sign-in answer's csrfToken; required with the session cookie on requests that change data.",
  },
  bearer: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API token, created by an administrator with POST /api/v1/tokens: Authorization: Bearer <token>.',
  },
} as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type SecurityRequirement = Record<string, string[]>;

/** Who may call a route: nobody needs to prove anything for a public one. */
function securityOf(permission: Permission | undefined, method: string): SecurityRequirement[] {
  if (permission === undefined || permission === 'public') return [];
  const session: SecurityRequirement = SAFE_METHODS.has(method) ? { session: [] } : { session: [], csrf: [] };
  return [session, { bearer: [] }];
}

/** What each refusal that follows from a route's permission and schemas means, for the document. */
const PROBLEMS = {
  400: 'The request cannot be read: a path or query parameter is invalid, or the body is not JSON.',
  401: 'Not signed in: no valid session cookie or API token.',
  // The bearer token is checked before the route is known to be public.
  unknownToken:
    'The Authorization header names an unknown or revoked API token (refused on every route, public ones too).',
  403: 'The caller may not do this, or not here (or a request with the session cookie lacks X-CSRF-Token).',
  404: 'Nothing with that id (or slug) exists.',
  409: 'A conflict: the record changed since it was read (stale version), the name is taken, or it is in use.',
  422: 'The data break a rule; `field` names the field at fault.',
} as const;

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasProperty = (schema: unknown, key: string): boolean =>
  isJson(schema) && isJson(schema.properties) && key in schema.properties;

/** The refusals a route can give and what they mean, from its permission, method and what it reads. */
function problemsOf(route: RouteOptions, method: string, schema: Json): Map<number, string> {
  const permission = route.config?.permission;
  const isProtected = permission !== undefined && permission !== 'public';
  const writes = !SAFE_METHODS.has(method);
  const found = new Map<number, string>();
  if (schema.params || schema.querystring || schema.body) found.set(400, PROBLEMS[400]);
  found.set(401, isProtected ? PROBLEMS[401] : PROBLEMS.unknownToken);
  // Other permissions than 'self' may be lacking; the CSRF check refuses a cookie request that writes.
  if (isProtected && (permission !== 'self' || writes)) found.set(403, PROBLEMS[403]);
  // An unknown id in the path, or an unknown plan slug in the query.
  if (schema.params || hasProperty(schema.querystring, 'planId')) found.set(404, PROBLEMS[404]);
  if (isProtected && writes && permission !== 'self') found.set(409, PROBLEMS[409]);
  if (schema.body) found.set(422, PROBLEMS[422]);
  for (const [status, meaning] of Object.entries(route.config?.problems ?? {}))
    found.set(Number(status), meaning);
  return new Map([...found].sort(([a], [b]) => a - b));
}

/** Add the route's security and its problem answers to its (already JSON) schema. */
function documentAccess(schema: Json, route: RouteOptions): Json {
  if (schema.hide) return schema;
  const method = String(route.method);
  const response: Json = isJson(schema.response) ? { ...schema.response } : {};
  for (const [status, description] of problemsOf(route, method, schema)) {
    response[status] = {
      description,
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return { ...schema, security: securityOf(route.config?.permission, method), response };
}

/** The problem body as a component of the document (OpenAPI 3.0's dialect of JSON Schema). */
function problemComponent(): Json {
  const schema: Json = z.toJSONSchema(ProblemBody, { target: 'openapi-3.0', io: 'output' });
  delete schema.$schema;
  return schema;
}

/** Register the document (from every route registered after this) and its interactive view at /api/docs. */
export async function registerOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'indsats API',
        version: '1',
        description:
          'Handleplaner, indsatser, mål, aktiviteter og fremdrift. En integration sender en API-nøgle, som en ' +
          'administrator opretter med POST /api/v1/tokens, som `Authorization: Bearer <nøgle>`. Afvisninger er ' +
          'application/problem+json med en stabil `code`.',
        license: { name: 'Proprietary' },
      },
      servers: [{ url: '/', description: 'This server' }],
      components: { securitySchemes: SECURITY_SCHEMES, schemas: { Problem: problemComponent() } },
    },
    // Zod to JSON Schema, then: plan ids may be slugs (plan-refs.ts), and who may call and what refusals follow.
    transform: (doc) => {
      const { schema, url } = documentPlanRefs(jsonSchemaTransform(doc));
      return { schema: documentAccess(schema as Json, doc.route), url };
    },
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, staticCSP: true });
}

/**
 * Collect the documented routes that lack an operationId or a summary, or repeat an operationId. Install before
 * any route is registered; the returned list is complete once the app is ready.
 */
export function collectUndocumented(app: App): string[] {
  const missing: string[] = [];
  const seen = new Set<string>();
  app.addHook('onRoute', (route) => {
    const schema = route.schema;
    // Fastify adds a HEAD route beside each GET, with the same schema; the document leaves HEAD out.
    if (route.url.startsWith(DOCS_PREFIX) || schema?.hide || route.method === 'HEAD') return;
    const name = `${String(route.method)} ${route.url}`;
    const id = schema?.operationId;
    if (!id || !schema.summary) missing.push(`${name} (no ${id ? 'summary' : 'operationId'})`);
    else if (seen.has(id)) missing.push(`${name} (operationId ${id} is taken)`);
    if (id) seen.add(id);
  });
  return missing;
}
