/**
 * The data revision: a counter every write transaction increases. Caches compare it to decide whether what they hold
 * is current. Reading it must be cheap, because every cached read does it:
 * - SQLite: a prepared statement on the same file, read synchronously (it sees what is committed on the file,
 *   also by other processes);
 * - PostgreSQL: the value is kept in memory and dropped when a NOTIFY says it changed (sent by every write
 *   transaction on commit, so other server processes learn of it within milliseconds) or when this process commits
 *   a write; while the listening connection is down, every read queries the database.
 */
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { DB } from './schema';

/** The NOTIFY channel that announces a new revision. */
export const REVISION_CHANNEL = 'indsats_revision';

/** Reads the revision; `invalidate` is called after a local commit. */
export interface RevisionReader {
  read(): number | Promise<number>;
  invalidate(): void;
  close(): Promise<void>;
}

const readers = new WeakMap<Kysely<DB>, RevisionReader>();

/** Register the reader of a database handle. */
export function registerRevisionReader(db: Kysely<DB>, reader: RevisionReader): void {
  readers.set(db, reader);
}

/** The reader of a database handle, if one is registered. */
export function revisionReader(db: Kysely<DB>): RevisionReader | undefined {
  return readers.get(db);
}

/** A PostgreSQL reader that keeps the revision in memory between NOTIFYs. */
export function postgresRevisionReader(pool: pg.Pool): RevisionReader {
  const query = { text: 'select value from revision where id = 1', name: 'indsats_revision' };
  let cached: number | null = null;
  /** Bumped by every invalidation, so a query that started before it cannot store an old value. */
  let generation = 0;
  let listener: pg.PoolClient | null = null;
  let closed = false;
  const invalidate = (): void => {
    generation += 1;
    cached = null;
  };
  const listen = async (): Promise<void> => {
    try {
      const client = await pool.connect();
      client.on('notification', invalidate);
      client.on('error', () => {
        listener = null;
        invalidate();
        client.release(true);
      });
      await client.query(`listen ${REVISION_CHANNEL}`);
      listener = client;
    } catch {
      listener = null;
    }
  };
  let listening: Promise<void> | null = null;
  let inFlight: { generation: number; value: Promise<number> } | null = null;
  return {
    async read() {
      if (closed) throw new Error('database closed');
      listening ??= listen();
      await listening;
      if (listener && cached !== null) return cached;
      // Requests that arrive while a read is in flight for the current generation share it.
      if (inFlight && inFlight.generation === generation) return inFlight.value;
      const started = generation;
      const value = pool.query<{ value: number }>(query).then((r) => {
        const v = Number(r.rows[0].value);
        if (listener && started === generation) cached = v;
        return v;
      });
      inFlight = { generation: started, value };
      void value.then(
        () => (inFlight?.value === value ? (inFlight = null) : null),
        () => (inFlight?.value === value ? (inFlight = null) : null),
      );
      return value;
    },
    invalidate,
    async close() {
      closed = true;
      if (listener) {
        await listener.query(`unlisten ${REVISION_CHANNEL}`).catch(() => undefined);
        listener.release();
        listener = null;
      }
    },
  };
}
