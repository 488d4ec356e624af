/**
 * Liveness and readiness for a load balancer or orchestrator. `/healthz` says the process answers and touches no
 * database (a slow database must not get a live process restarted); `/readyz` says it can serve: the database
 * answers and its migrations are the ones this version expects. While the server shuts down, Fastify answers 503.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { Problem } from '../domain/problem';
import { appliedMigrations, KNOWN_MIGRATIONS } from '../store/migrate';
import type { DB } from '../store/schema';
import type { App } from './app-types';

const notReady = (da: string, en: string) => new Problem(503, 'not_ready', da, en);

/** Register GET /healthz and GET /readyz (public, no session needed). */
export function registerHealthRoutes(app: App, db: Kysely<DB>): void {
  const config = { permission: 'public' } as const;
  app.get(
    '/healthz',
    {
      config,
      schema: {
        operationId: 'getHealth',
        summary: 'Liveness: the process answers (the database is not touched)',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: {
        ...config,
        problems: { 503: 'Not ready: the database does not answer, or its migrations are not current.' },
      },
      schema: {
        operationId: 'getReadiness',
        summary: 'Readiness: the database answers and its migrations are the ones this version expects',
        response: { 200: z.object({ status: z.literal('ready'), migrations: z.number() }) },
      },
    },
    async () => {
      let applied: string[];
      try {
        applied = await appliedMigrations(db);
      } catch {
        throw notReady('Databasen svarer ikke.', 'The database does not answer.');
      }
      const current =
        applied.length === KNOWN_MIGRATIONS.length && applied.every((m, n) => m === KNOWN_MIGRATIONS[n]);
      if (!current)
        throw notReady(
          'Databasens migreringer er ikke opdaterede (kør indsats migrate).',
          'The database migrations are not current (run indsats migrate).',
        );
      return { status: 'ready' as const, migrations: applied.length };
    },
  );
}

/**
 * While the app closes, answers end their connection (`Connection: close`): Node closes only the connections idle
 * when closing starts, so a keep-alive connection whose request was in flight would otherwise hold the close open
 * until its keep-alive timeout.
 */
export function installGracefulClose(app: App): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_req, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}
