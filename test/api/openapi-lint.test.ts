/**
 * The served OpenAPI document is one real clients can use: Redocly's recommended rules find no error in it, and
 * every operation has a stable operationId, a summary, its security and its problem+json refusals.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectUndocumented } from '../../src/api/openapi';
import type { App } from '../../src/api/app-types';
import { call, startTestApp, type TestApp } from '../api';

const REDOCLY = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

interface Operation {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: {
    securitySchemes: Record<string, { type: string; in?: string; name?: string; scheme?: string }>;
  };
}
interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

let t: TestApp;
let doc: OpenApi;
let text: string;
beforeAll(async () => {
  t = await startTestApp();
  const res = await call(t.app, 'GET', '/api/docs/json');
  expect(res.statusCode).toBe(200);
  text = res.body;
  doc = res.json<OpenApi>();
});
afterAll(() => t.close());

/** Every operation with its method and path. */
const operations = (): { name: string; method: string; path: string; op: Operation }[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      name: `${method.toUpperCase()} ${path}`,
      method,
      path,
      op,
    })),
  );

/** Lint a document with Redocly's recommended ruleset, as `redocly lint` does from the command line. */
async function redoclyLint(
  json: string,
): Promise<{ errors: number; warnings: number; problems: LintProblem[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'indsats-openapi-lint-'));
  try {
    await writeFile(join(dir, 'openapi.json'), json);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [REDOCLY, 'lint', 'openapi.json', '--extends=recommended', '--format=json', '--max-problems=1000'],
      // In an empty folder, so no redocly.yaml changes the rules; no telemetry, no update check.
      { cwd: dir, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      totals: { errors: number; warnings: number };
      problems: LintProblem[];
    };
    return { ...report.totals, problems: report.problems };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('redocly lint (recommended rules) on /api/docs/json', () => {
  let report: Awaited<ReturnType<typeof redoclyLint>>;
  beforeAll(async () => {
    report = await redoclyLint(text);
  }, 60_000);

  it('finds no error', () => {
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
    expect(report.errors).toBe(0);
  });

  it('warns only where the document is right as it is', () => {
    const warnings = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}`).sort();
    expect(warnings).toEqual([
      // There is no licence to link to (the product is not licensed to others): the name says so.
      'info-license-strict #/info/license/url',
      // The single sign-on routes answer the browser with a redirect, never 2XX.
      'operation-2xx-response #/paths/~1api~1v1~1auth~1oidc~1callback/get/responses',
      'operation-2xx-response #/paths/~1api~1v1~1auth~1oidc~1login/get/responses',
    ]);
    expect(report.warnings).toBe(3);
  });

  it('would catch an operation without a summary or security', async () => {
    const broken = JSON.parse(text) as OpenApi;
    const op = broken.paths['/api/v1/plans/{plan}/progress'].get;
    delete op.summary;
    delete op.security;
    const rules = (await redoclyLint(JSON.stringify(broken))).problems
      .filter((p) => p.severity === 'error')
      .map((p) => p.ruleId)
      .sort();
    expect(rules).toEqual(['operation-summary', 'security-defined']);
  }, 60_000);
});

describe('every operation in the document', () => {
  it('has a unique camelCase operationId and a summary', () => {
    const ids = operations().map(({ op }) => op.operationId);
    for (const { name, op } of operations()) {
      expect(op.operationId, name).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(op.summary, name).toBeTruthy();
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/plans/{plan}/progress'].get.operationId).toBe('getPlanProgress');
    expect(doc.paths['/api/v1/target-groups'].get.operationId).toBe('listTargetGroups');
    expect(doc.paths['/api/v1/target-groups/{id}'].patch.operationId).toBe('updateTargetGroup');
  });

  it('declares the session cookie (with CSRF for writes) and the bearer token; public ones need neither', () => {
    const schemes = doc.components.securitySchemes;
    expect(Object.keys(schemes).sort()).toEqual(['bearer', 'csrf', 'session']);
    expect(schemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'indsats_session' });
    expect(schemes.csrf).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
    expect(schemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const publicOps = operations()
      .filter(({ op }) => op.security?.length === 0)
      .map(({ name }) => name)
      .sort();
    expect(publicOps).toEqual([
      'GET /api/v1/auth/oidc/callback',
      'GET /api/v1/auth/oidc/login',
      'GET /api/v1/auth/oidc/status',
      'GET /healthz',
      'GET /readyz',
      'POST /api/v1/auth/login',
    ]);
    for (const { name, method, op } of operations().filter(({ op }) => op.security?.length !== 0)) {
      const session = method === 'get' ? { session: [] } : { session: [], csrf: [] };
      expect(op.security, name).toEqual([session, { bearer: [] }]);
    }
  });

  it('documents its refusals as application/problem+json with the one Problem schema', () => {
    for (const { name, op } of operations()) {
      const refusals = Object.entries(op.responses).filter(([status]) => /^4\d\d$/.test(status));
      expect(refusals.length, name).toBeGreaterThan(0);
      for (const [status, response] of refusals) {
        expect(response.content, `${name} ${status}`).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        });
      }
    }
    const statuses = (path: string, method: string) => Object.keys(doc.paths[path][method].responses);
    expect(statuses('/api/v1/plans/{id}', 'patch')).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '422',
    ]);
    expect(statuses('/api/v1/plans', 'get')).toEqual(['200', '400', '401', '403']);
    // An unknown plan slug in ?planId= is a 404.
    expect(statuses('/api/v1/initiatives', 'get')).toEqual(['200', '400', '401', '403', '404']);
    expect(statuses('/api/v1/plans/{id}', 'delete')).toEqual(['204', '400', '401', '403', '404', '409']);
    expect(statuses('/api/v1/auth/me', 'get')).toEqual(['200', '401']);
    expect(statuses('/api/v1/auth/login', 'post')).toEqual(['200', '400', '401', '422', '429']);
  });

  it('says what the API does: a public route refuses an unknown token, a delete answers 204', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { authorization: 'Bearer nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(doc.paths['/healthz'].get.responses).toHaveProperty('401');
    const unit = await call(t.app, 'POST', '/api/v1/units', { code: 'LINT', name: 'Lint' });
    const { id, version } = unit.json<{ id: number; version: number }>();
    const deleted = await call(t.app, 'DELETE', `/api/v1/units/${id}?version=${version}`);
    expect(deleted.statusCode).toBe(204);
  });
});

describe('start-up', () => {
  /** A bare app with the check installed and the given routes, ready. */
  async function undocumented(routes: (app: App) => void): Promise<string[]> {
    const app = Fastify() as unknown as App;
    const missing = collectUndocumented(app);
    routes(app);
    await app.ready();
    await app.close();
    return missing;
  }

  it('names a route without an operationId or summary, and an operationId used twice', async () => {
    const handler = () => ({});
    const missing = await undocumented((app) => {
      app.get('/a', { schema: { operationId: 'getA', summary: 'A' } }, handler);
      app.get('/b', { schema: { summary: 'B' } }, handler);
      app.get('/c', { schema: { operationId: 'getC' } }, handler);
      app.post('/a', { schema: { operationId: 'getA', summary: 'A again' } }, handler);
      app.get('/hidden', { schema: { hide: true } }, handler);
    });
    expect(missing).toEqual([
      'GET /b (no operationId)',
      'GET /c (no summary)',
      'POST /a (operationId getA is taken)',
    ]);
  });
});
