/** The health check and the OpenAPI document. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../api';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const RESOURCES = [
  'units',
  'partners',
  'target-groups',
  'venues',
  'plans',
  'initiatives',
  'targets',
  'funding',
  'expenditures',
  'activities',
  'measurements',
];

interface Schema {
  type?: string;
  pattern?: string;
  anyOf?: Schema[];
  minimum?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
}
interface Operation {
  tags?: string[];
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface OpenApi {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, Operation>>;
}

describe('GET /healthz', () => {
  it('answers 200 {status: "ok"} when the database answers', async () => {
    const res = await call(t.app, 'GET', '/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});

describe('OpenAPI at /api/docs', () => {
  let doc: OpenApi;
  beforeAll(async () => {
    const res = await call(t.app, 'GET', '/api/docs/json');
    expect(res.statusCode).toBe(200);
    doc = res.json<OpenApi>();
  });

  it('is an OpenAPI 3 document', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('indsats API');
  });

  it('has list, create, read, update and delete for every resource', () => {
    for (const r of RESOURCES) {
      expect(Object.keys(doc.paths[`/api/v1/${r}`] ?? {}).sort(), r).toEqual(['get', 'post']);
      expect(Object.keys(doc.paths[`/api/v1/${r}/{id}`] ?? {}).sort(), r).toEqual(['delete', 'get', 'patch']);
      expect(doc.paths[`/api/v1/${r}`].get.tags).toEqual([r]);
      const params = doc.paths[`/api/v1/${r}`].get.parameters?.map((p) => p.name) ?? [];
      expect(params).toEqual(expect.arrayContaining(['page', 'pageSize']));
    }
  });

  it("says that every plan id, in a path, a filter or a body, may be the plan's slug", () => {
    const types = (s: Schema | undefined) => (s?.anyOf ?? []).map((x) => x.type).sort();
    const param = (path: string, method: string, name: string) =>
      doc.paths[path][method].parameters?.find((p) => p.name === name)?.schema;
    expect(types(param('/api/v1/plans/{id}', 'get', 'id'))).toEqual(['integer', 'string']);
    expect(types(param('/api/v1/initiatives', 'get', 'planId'))).toEqual(['integer', 'string']);
    expect(types(param('/api/v1/funding', 'get', 'planId'))).toEqual(['integer', 'string']);
    const body = doc.paths['/api/v1/initiatives'].post.requestBody?.content['application/json'].schema;
    const planId = body?.properties?.planId;
    expect(planId?.anyOf?.some((x) => x.type === 'string' && typeof x.pattern === 'string')).toBe(true);
    // An initiative's own id is an id, nothing else.
    expect(param('/api/v1/initiatives/{id}', 'get', 'id')?.anyOf).toBeUndefined();
  });

  it('has the assessment, progress and health routes', () => {
    expect(Object.keys(doc.paths['/api/v1/initiatives/{id}/assessment']).sort()).toEqual(['delete', 'put']);
    expect(Object.keys(doc.paths['/api/v1/plans/{plan}/progress'])).toEqual(['get']);
    expect(doc.paths['/api/v1/progress'].get.parameters?.map((p) => p.name)).toEqual(['asOf']);
    expect(Object.keys(doc.paths['/healthz'])).toEqual(['get']);
  });

  it('describes the activity filters and its reach rows with their limits', () => {
    const list = doc.paths['/api/v1/activities'].get;
    expect(list.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['planId', 'unitId', 'initiativeId', 'state', 'kind', 'from', 'to']),
    );
    const body = doc.paths['/api/v1/activities'].post.requestBody?.content['application/json'].schema;
    const reach = body?.properties?.reach.items;
    expect(reach?.required).toEqual(['targetGroupId', 'count']);
    expect(reach?.properties?.count).toMatchObject({ type: 'integer', minimum: 0 });
    const created =
      doc.paths['/api/v1/activities'].post.responses['201'].content?.['application/json'].schema;
    expect(created?.required).toEqual(expect.arrayContaining(['id', 'version', 'venueIds', 'reach']));
  });

  it('serves the interactive documentation as HTML', async () => {
    const res = await call(t.app, 'GET', '/api/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('swagger-ui');
  });
});
