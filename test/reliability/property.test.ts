/**
 * Every operation of the OpenAPI document, fed generated path values, query strings and bodies (fast-check, a fixed
 * seed that the run prints; INDSATS_PROPERTY_SEED replays another): no answer is a 5xx, every refusal is
 * application/problem+json, and a refused request changes nothing in the database. Run as the administrator, so
 * requests get past sign-in and reach validation and the rules; on SQLite and, in the PG suite, on PostgreSQL.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadDemo } from '../../src/demo/load';
import { authHeaders, call, startTestApp, type TestApp } from '../api';

const SEED = Number(process.env.INDSATS_PROPERTY_SEED ?? 20261125);
const RUNS = 1000;

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
}
interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string; schema?: Schema }[];
  body?: Schema;
}

let t: TestApp;
const operations: Operation[] = [];
/** Tables and whether they carry a version column (an update raises it). */
let tables: { name: string; versioned: boolean }[] = [];

beforeAll(async () => {
  console.log(`fast-check seed ${SEED} (INDSATS_PROPERTY_SEED=${SEED} replays this run)`);
  t = await startTestApp();
  await loadDemo(t.database.db, systemContext('test'));
  const doc = (await call(t.app, 'GET', '/api/docs/json')).json<{
    paths: Record<
      string,
      Record<
        string,
        Omit<Operation, 'method' | 'path' | 'params' | 'body'> & {
          parameters?: Operation['params'];
          requestBody?: { content: Record<string, { schema: Schema }> };
        }
      >
    >;
  }>();
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      // Signing out or changing one's own password would end the run's own session, not test the API.
      if (path === '/api/v1/auth/logout' || path.endsWith('/password')) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  const introspected = await t.database.db.introspection.getTables();
  tables = introspected
    // Failed sign-ins are counted by design (the sign-in limit); the migration bookkeeping is not data.
    .filter((tb) => !/^(kysely_|login_attempts)/.test(tb.name))
    .map((tb) => ({ name: tb.name, versioned: tb.columns.some((c) => c.name === 'version') }));
}, 60_000);
afterAll(() => t?.close());

/** Row counts, and the sum of versions where there are versions: any insert, delete or update moves it. */
async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const tb of tables) {
    const v = tb.versioned ? sql`coalesce(sum(${sql.ref('version')}), 0)` : sql`0`;
    const r = await sql<{
      n: string;
      v: string;
    }>`select count(*) as n, ${v} as v from ${sql.table(tb.name)}`.execute(t.database.db);
    parts.push(`${tb.name}:${r.rows[0].n}:${r.rows[0].v}`);
  }
  return parts.join(' ');
}

/** Text that has broken things before: NUL, lone surrogates, escapes, path tricks, SQL and very long text. */
const nasty = fc.constantFrom(
  '',
  ' ',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '0000-01-01',
  '9999-12-31',
  '2018-02-30',
  '../../etc/passwd',
  "'; drop table activities; --",
  '%00',
  'ÆØÅ æøå',
  'x'.repeat(5000),
  '1e309',
  '-0',
  'integrationshandleplan-2017-18',
);
const scalar = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  nasty,
);

/** A value for a schema: mostly of its type (from its enum when it has one), sometimes anything at all. */
function valueFor(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 3) return scalar;
  const options: fc.Arbitrary<unknown>[] = [scalar];
  if (schema.enum) options.push(fc.constantFrom(...schema.enum));
  for (const alt of schema.anyOf ?? []) options.push(valueFor(alt, depth + 1));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  for (const type of types) {
    if (type === 'integer') options.push(fc.integer({ min: -2, max: 60 }));
    if (type === 'number') options.push(fc.double({ noNaN: true }));
    if (type === 'string') options.push(fc.string(), nasty);
    if (type === 'array') options.push(fc.array(valueFor(schema.items, depth + 1), { maxLength: 4 }));
    if (type === 'object' && schema.properties) options.push(objectFor(schema, depth + 1));
  }
  return fc.oneof(...options);
}

function objectFor(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const props = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([k, s]) => [k, valueFor(s, depth)]),
  );
  return fc.record(props, { requiredKeys: [] });
}

/** Percent-encode text as a browser would; a lone surrogate (which has no UTF-8) becomes an invalid byte sequence. */
const encode = (s: string): string =>
  Array.from(s, (ch) => (/^[\ud800-\udfff]$/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');

const pathValue = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map(String),
  fc.integer().map(String),
  fc.string().map(encode),
  fc.constantFrom('integrationshandleplan-2017-18', 'a%00b', '%E0%A4%A', '..%2F..%2Fsecret', '%ud800', '0'),
);

/** One generated request for an operation. */
const requestFor = (op: Operation) =>
  fc.record({
    path: fc.record(
      Object.fromEntries(op.params.filter((p) => p.in === 'path').map((p) => [p.name, pathValue])),
    ),
    query: fc.record(
      Object.fromEntries(op.params.filter((p) => p.in === 'query').map((p) => [p.name, valueFor(p.schema)])),
      { requiredKeys: [] },
    ),
    body: op.body ? fc.oneof(valueFor(op.body), fc.jsonValue()) : fc.constant(undefined),
  });

describe(`generated requests to every operation on ${process.env.TEST_PG_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('never answer 5xx, refuse with problem+json, and a refusal changes nothing', async () => {
    expect(operations.length).toBeGreaterThan(40);
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations).chain((op) => requestFor(op).map((req) => ({ op, req }))),
        async ({ op, req }) => {
          let url = op.path.replace(/{(\w+)}/g, (_, name: string) => String(req.path[name]));
          const q = Object.entries(req.query)
            .map(([k, v]) => `${encode(k)}=${encode(String(v))}`)
            .join('&');
          if (q) url += `?${q}`;
          const before = await fingerprint();
          const res = await t.app.inject({
            method: op.method as 'GET',
            url,
            headers: authHeaders(t.app),
            ...(req.body === undefined ? {} : { payload: JSON.stringify(req.body) }),
            ...(req.body === undefined
              ? {}
              : { headers: { ...authHeaders(t.app), 'content-type': 'application/json' } }),
          });
          seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
          const what = `${op.method} ${url} ${JSON.stringify(req.body)?.slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, what).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.headers['content-type'], what).toMatch(/^application\/problem\+json/);
            expect(await fingerprint(), what).toBe(before);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(
      `answers by status: ${JSON.stringify(Object.fromEntries([...seen].sort((a, b) => a[0] - b[0])))}`,
    );
    // The generator reaches past validation too, not only refusals.
    expect([...seen.keys()].some((s) => s < 300)).toBe(true);
  }, 120_000);
});
