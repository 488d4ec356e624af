/** Test helpers for the HTTP API: an app on a fresh database, and small request helpers. */
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/api/app';
import type { App } from '../src/api/app-types';
import type { Database } from '../src/store/database';
import { freshDatabase } from './db';

/** An app on its own fresh database. */
export interface TestApp {
  app: App;
  database: Database;
  close(): Promise<void>;
}

/** Start an app on a fresh database. */
export async function startTestApp(): Promise<TestApp> {
  const database = await freshDatabase();
  const app = await buildApp({ db: database.db });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Send a JSON request as a named actor. */
export function call(app: App, method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: { 'x-indsats-actor': 'test@kk.dk' },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

/** POST and return the created JSON, failing loudly if it was not created. */
export async function create<T = Record<string, unknown> & { id: number; version: number }>(
  app: App,
  path: string,
  body: unknown,
): Promise<T> {
  const res = await call(app, 'POST', `/api/v1/${path}`, body);
  if (res.statusCode !== 201) throw new Error(`POST ${path} gave ${res.statusCode}: ${res.body}`);
  return res.json<T>();
}
