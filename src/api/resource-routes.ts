/** The five HTTP routes of a resource, each declaring its permission; thin: parse, call the service, return. */
import { z } from 'zod';
import type { DB } from '../store/schema';
import type { ResourceDef, ResourceNames } from '../features/shared/resource';
import { createPermission, resourceService } from '../features/shared/service';
import type { App } from './app-types';
import { idParam, pageOf, pageQuery, VersionQuery } from '../schemas/common';

const params = z.object({ id: idParam });
const deleteQuery = VersionQuery;
/** The answer to a delete: no body. */
const deleted = z.undefined().describe('Deleted.');

/** "target groups" → "TargetGroups", for operationIds. */
const pascal = (words: string): string => words.replace(/(?:^|\s+)(\w)/g, (_, c: string) => c.toUpperCase());

/** The operationId and summary of each of a resource's five routes. */
function operations({ one, many, a }: ResourceNames) {
  return {
    list: { operationId: `list${pascal(many)}`, summary: `List ${many}, a page at a time` },
    get: { operationId: `get${pascal(one)}`, summary: `Read ${a}` },
    create: { operationId: `create${pascal(one)}`, summary: `Create ${a}` },
    update: { operationId: `update${pascal(one)}`, summary: `Change ${a} (send the version you read)` },
    remove: { operationId: `delete${pascal(one)}`, summary: `Delete ${a} (send the version you read)` },
  };
}

/** Register list/get/create/update/delete for a resource under /api/v1/<path>. */
export function registerResource<T extends keyof DB, Out extends { id: number; version: number }, In, C>(
  app: App,
  def: ResourceDef<T, Out, In, C>,
): ReturnType<typeof resourceService<T, Out, In, C>> {
  const svc = resourceService(def);
  // Erase the generic types at the edge: the schemas validate at run time, the service is typed.
  const out = def.schemas.out as z.ZodType;
  const create = def.schemas.create as z.ZodType;
  const update = def.schemas.update as z.ZodType;
  const base = `/api/v1/${def.path}`;
  const tags = [def.path];
  const read = { permission: def.permission.read };
  const write = { permission: def.permission.write };
  const creating = { permission: createPermission(def) };
  const op = operations(def.names);

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        ...op.list,
        querystring: pageQuery.extend(def.schemas.query.shape),
        response: { 200: pageOf(out) },
      },
    },
    (req) => svc.list(app.db, req.ctx, req.query),
  );
  app.get(
    `${base}/:id`,
    { config: read, schema: { tags, ...op.get, params, response: { 200: out } } },
    (req) => svc.get(app.db, req.ctx, req.params.id),
  );
  app.post(
    base,
    { config: creating, schema: { tags, ...op.create, body: create, response: { 201: out } } },
    async (req, reply) => reply.code(201).send(await svc.create(app.db, req.ctx, req.body as In)),
  );
  app.patch(
    `${base}/:id`,
    { config: write, schema: { tags, ...op.update, params, body: update, response: { 200: out } } },
    (req) => svc.update(app.db, req.ctx, req.params.id, req.body as Partial<In> & { version: number }),
  );
  app.delete(
    `${base}/:id`,
    {
      config: write,
      schema: { tags, ...op.remove, params, querystring: deleteQuery, response: { 204: deleted } },
    },
    async (req, reply) => {
      await svc.remove(app.db, req.ctx, req.params.id, req.query.version);
      return reply.code(204).send();
    },
  );
  return svc;
}
