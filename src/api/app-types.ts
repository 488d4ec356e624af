import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Permission } from '../domain/permissions';
import type { DB } from '../store/schema';
import type { Identity } from '../auth/identity';
import type { RequestContext } from '../auth/context';

/** The Fastify instance with the zod type provider. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    /** The resolved credential, null for an anonymous request. */
    identity: Identity | null;
  }
  interface FastifyContextConfig {
    /** The permission a route requires; every route must declare one. */
    permission?: Permission;
    /**
     * Refusals the route gives beyond those that follow from its permission and schemas (see src/api/openapi.ts),
     * by status with what it means here, e.g. 429 for a locked sign-in. For the OpenAPI document only.
     */
    problems?: Readonly<Record<number, string>>;
  }
}
