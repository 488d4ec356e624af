/**
 * Opening the database: SQLite (better-sqlite3, a file under ./data/ by default) or PostgreSQL when the URL
 * starts with postgres://. Migrations run on open unless told otherwise.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { foldText } from './dialect';
import { postgresRevisionReader, registerRevisionReader } from './revision';
import { migrateToLatest } from './migrate';
import type { DB } from './schema';

/** The default SQLite file. */
export const DEFAULT_DATABASE_URL = './data/indsats.db';

// PostgreSQL returns bigint (int8) as strings; our bigints are kroner and revision counters, well within 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** Options for opening a database. */
export interface OpenOptions {
  /** `postgres://…`, a file path, or `:memory:`. */
  url?: string;
  migrate?: boolean;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

/** The open database: the Kysely handle and what is needed to close it. */
export interface Database {
  db: Kysely<DB>;
  dialect: 'sqlite' | 'postgres';
  url: string;
  close(): Promise<void>;
}

/** Whether the URL names a PostgreSQL database. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Open (and by default migrate) the database named by `url`, `DATABASE_URL`, or the default SQLite file. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const url = opts.url ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const plugins = [new CamelCasePlugin()];
  let db: Kysely<DB>;
  let dialect: Database['dialect'];
  let closeReader = (): Promise<void> => Promise.resolve();
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    dialect = 'postgres';
    const reader = postgresRevisionReader(pool);
    registerRevisionReader(db, reader);
    closeReader = () => reader.close();
  } else {
    const file = url.replace(/^sqlite:(\/\/)?/, '');
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // FULL: a commit is on disk when it returns, also across a power loss (NORMAL in WAL mode may lose the last
    // commits then). Writes here are few and small, so the extra fsync per commit costs little.
    sqlite.pragma('synchronous = FULL');
    // Unicode lower case for `folded` in ./dialect (SQLite's lower() folds ASCII only).
    sqlite.function('fold', { deterministic: true }, (s: unknown) =>
      typeof s === 'string' ? foldText(s) : s,
    );
    db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
    dialect = 'sqlite';
    const readRevision = lazyStatement(sqlite, 'select value from revision where id = 1');
    // Read once per turn of the event loop: the requests parsed in one turn share the value (a commit by another
    // process is seen from the next turn on); a commit by this process drops it at once.
    let memo: number | null = null;
    const forget = (): void => {
      memo = null;
    };
    /** A read of the file now (microseconds: a prepared statement), kept for the rest of this turn. */
    const readNow = (): number => {
      if (memo === null) setImmediate(forget);
      return (memo = readRevision().pluck().get() as number);
    };
    registerRevisionReader(db, {
      read: () => memo ?? readNow(),
      // Not the value of this turn: a commit by another process a moment ago counts.
      readFresh: () => Promise.resolve(readNow()),
      invalidate: forget,
      committed: forget,
      close: () => Promise.resolve(),
    });
  }
  if (opts.migrate !== false) await migrateToLatest(db);
  return {
    db,
    dialect,
    url,
    close: async () => {
      await closeReader();
      await db.destroy();
    },
  };
}

/** A statement prepared on first use (the table exists only after migrations). */
function lazyStatement(sqlite: SQLite.Database, text: string): () => SQLite.Statement {
  let stmt: SQLite.Statement | null = null;
  return () => (stmt ??= sqlite.prepare(text));
}
