/** Test helpers for the HTTP API: an app on a fresh database, and small request helpers. */
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/api/app';
import { systemContext } from '../src/auth/context';
import { createAccount } from '../src/features/users/accounts';
import type { App } from '../src/api/app-types';
import type { Database } from '../src/store/database';
import { freshDatabase } from './db';

/** The test administrator every API test signs in as. */
export const TEST_ADMIN = { email: 'test@kk.dk', password: 'en lang test-adgangskode' };

const sessions = new WeakMap<App, Record<string, string>>();

/** The session cookie and CSRF header of the signed-in test administrator of an app. */
export function authHeaders(app: App): Record<string, string> {
  return sessions.get(app) ?? {};
}

/** Sign in through the API and return the headers that carry the session. */
export async function signIn(app: App, email: string, password: string): Promise<Record<string, string>> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} gave ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'indsats_session');
  return {
    cookie: `indsats_session=${cookie!.value}`,
    'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken,
  };
}

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
  await createAccount(database.db, systemContext('test'), {
    ...TEST_ADMIN,
    name: 'Test Administrator',
    roles: [{ role: 'admin' }],
  });
  sessions.set(app, await signIn(app, TEST_ADMIN.email, TEST_ADMIN.password));
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
    headers: authHeaders(app),
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
