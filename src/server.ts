/** Start the HTTP server on an open database. */
import { buildApp } from './api/app';
import type { App } from './api/app-types';
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
  close(): Promise<void>;
}

/** Open the database (migrating it), build the app and listen. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const database = await openDatabase({ url: opts.databaseUrl });
  const app = await buildApp({ db: database.db, logger: opts.logger ?? true });
  await app.listen({ port: opts.port, host: opts.host });
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  return {
    app,
    database,
    url: `http://${shownHost}:${opts.port}`,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
