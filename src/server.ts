/** Start the HTTP server on an open database. */
import pino from 'pino';
import { buildApp } from './api/app';
import type { App } from './api/app-types';
import { keepParserWarm, stopParserWarm } from './features/exchange/read';
import { openDatabase, type Database } from './store/database';

/** Server options. */
export interface ServeOptions {
  port: number;
  host: string;
  databaseUrl?: string;
  logger?: boolean;
}

/** A running server. */
export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  /**
   * Stop gracefully: stop accepting connections (new requests on open ones get 503), let requests in flight
   * finish, then close the database (the PostgreSQL pool). Safe to call more than once.
   */
  close(): Promise<void>;
}

/** Open the database (migrating it), build the app and listen. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const database = await openDatabase({ url: opts.databaseUrl });
  // The log is written asynchronously: a log reader that falls behind (a busy pipe, a slow collector) delays
  // log lines, never requests. Pino flushes what is buffered when the process exits.
  const logStream = pino.destination({ dest: 1, sync: false });
  const app = await buildApp({ db: database.db, logger: opts.logger ?? true, logStream });
  await app.listen({ port: opts.port, host: opts.host });
  // A workbook parser waits loaded, so that an import starts at once (features/exchange/read.ts).
  void keepParserWarm().catch(() => undefined);
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  let closing: Promise<void> | null = null;
  return {
    app,
    database,
    url: `http://${shownHost}:${port}`,
    close: () =>
      (closing ??= (async () => {
        await app.close();
        stopParserWarm();
        await database.close();
        // Write what the log still holds before the process exits.
        await new Promise<void>((resolve) => {
          logStream.once('close', () => resolve());
          logStream.end();
        });
      })()),
  };
}
