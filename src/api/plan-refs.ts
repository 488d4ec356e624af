/**
 * A plan's slug is accepted wherever a plan id is: the `/plans/:id` paths, `?planId=` filters and `planId` in
 * bodies (also in a user's or token's role assignments). Before validation, a slug is replaced by the plan's id, so
 * the schemas, services and the audit log keep seeing ids. Runs after the route's permission check, so no one
 * learns which slugs exist without being allowed to ask.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { notFound, ruleViolation } from '../domain/problem';
import { slug } from '../schemas/plans';
import type { DB } from '../store/schema';
import type { App } from './app-types';

/** A value that names a plan by slug rather than by id (anything else is left for validation to refuse). */
function isSlug(v: unknown, digitsAreIds: boolean): v is string {
  return typeof v === 'string' && slug.safeParse(v).success && !(digitsAreIds && /^\d+$/.test(v));
}

async function idOfSlug(db: Kysely<DB>, slug: string): Promise<number | null> {
  const row = await db.selectFrom('plans').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id ?? null;
}

type Bag = Record<string, unknown>;

/** Replace `bag[key]` when it is a slug; `missing` says how to refuse an unknown one. */
async function resolveIn(
  db: Kysely<DB>,
  bag: Bag,
  key: string,
  digitsAreIds: boolean,
  missing: (slug: string) => Error,
): Promise<void> {
  const v = bag[key];
  if (!isSlug(v, digitsAreIds)) return;
  const id = await idOfSlug(db, v);
  if (id === null) throw missing(v);
  bag[key] = id;
}

const unknownInBody = (field: string) => (slug: string) =>
  ruleViolation(field, `Handleplanen "${slug}" findes ikke.`, `Plan "${slug}" does not exist.`);

/** Install the hook. */
export function installPlanRefs(app: App): void {
  app.addHook('preValidation', async (req) => {
    const db = app.db;
    if (req.routeOptions.url === '/api/v1/plans/:id' && req.params && typeof req.params === 'object') {
      await resolveIn(db, req.params as Bag, 'id', true, (s) => notFound('Handleplan', 'Plan', s));
    }
    if (req.query && typeof req.query === 'object') {
      await resolveIn(db, req.query as Bag, 'planId', true, (s) => notFound('Handleplan', 'Plan', s));
    }
    const body = req.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return;
    await resolveIn(db, body as Bag, 'planId', false, unknownInBody('planId'));
    const roles = (body as Bag).roles;
    if (!Array.isArray(roles)) return;
    for (const [n, role] of roles.entries()) {
      if (role !== null && typeof role === 'object')
        await resolveIn(db, role as Bag, 'planId', false, unknownInBody(`roles.${n}.planId`));
    }
  });
}

type Json = { [key: string]: unknown };
const isJson = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The OpenAPI form of a slug, from the same schema the hook checks against. */
const SLUG_SCHEMA: Json = Object.fromEntries(
  Object.entries(z.toJSONSchema(slug)).filter(([key]) => key !== '$schema'),
);

/** `schema.properties[key]` as "the plan's id, or its slug", where it exists. */
function idOrSlugAt(schema: unknown, key: string): void {
  if (!isJson(schema) || !isJson(schema.properties)) return;
  const id = schema.properties[key];
  if (!isJson(id)) return;
  const { description, ...idSchema } = id;
  schema.properties[key] = {
    anyOf: [
      idSchema,
      { ...SLUG_SCHEMA, description: "The plan's slug, e.g. integrationshandleplan-2017-18." },
    ],
    description: `${typeof description === 'string' ? `${description} ` : ''}The plan's id or its slug.`,
  };
}

/**
 * The OpenAPI document says what the hook above does: each place that takes a plan id also takes its slug. Applied
 * to each route's schemas after they have been turned into JSON Schema.
 */
export function documentPlanRefs<T extends { schema: unknown; url: string }>(route: T): T {
  if (!isJson(route.schema)) return route;
  const { params, querystring, body } = route.schema;
  if (route.url === '/api/v1/plans/:id' || route.url === '/api/v1/plans/{id}') idOrSlugAt(params, 'id');
  idOrSlugAt(querystring, 'planId');
  idOrSlugAt(body, 'planId');
  if (isJson(body) && isJson(body.properties) && isJson(body.properties.roles))
    idOrSlugAt(body.properties.roles.items, 'planId');
  return route;
}
