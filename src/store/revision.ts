/**
 * The data revision: a counter every write transaction increases. Caches compare it to decide whether what they hold
 * is current. Reading it must be cheap, because every cached read does it:
 * - SQLite: a prepared statement on the same file, read synchronously (it sees what is committed on the file,
 *   also by other processes);
 * - PostgreSQL: the value is kept in memory and moved by the NOTIFY every write transaction sends on commit
 *   (payload "<revision>:<initiative ids>", "*" for anything, "?" for not listed), so other server processes learn
 *   of it within milliseconds, and by this process's own commits. What each revision touched is remembered too, so
 *   a cache can catch up without asking the database what changed. While the listening connection is down, every
 *   read queries the database.
 */
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { DB } from './schema';

/** The NOTIFY channel that announces a new revision. */
export const REVISION_CHANNEL = 'indsats_revision';

/** A committed revision and the initiatives it touched (null: it may have touched anything). */
export interface RevisionChange {
  revision: number;
  touches: readonly number[] | null;
}

/** Reads the revision; told of local commits (`committed`, or `invalidate` when what changed is not known). */
export interface RevisionReader {
  read(): number | Promise<number>;
  /**
   * The revision as committed when this call was made, also by other processes: for checks that must not lag behind
   * a commit another process has acknowledged (a revoked session or token, a removed role).
   */
  readFresh?(): Promise<number>;
  invalidate(): void;
  committed(change: RevisionChange): void;
  /**
   * What changed after `from` up to `to`, when every revision in between is known from this process's commits and
   * the notifications it received; undefined otherwise (the database knows).
   */
  changes?(from: number, to: number): ReadonlySet<number> | 'all' | undefined;
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
  /** Bumped by every change of revision, so a query that started before it cannot store an old value. */
  let generation = 0;
  let listener: pg.PoolClient | null = null;
  let closed = false;
  /** What recent revisions touched, as learned from notifications and local commits. */
  const known = new Map<number, readonly number[] | null>();
  const invalidate = (): void => {
    generation += 1;
    cached = null;
  };
  const learn = (change: RevisionChange): void => {
    known.set(change.revision, change.touches);
    if (known.size > KNOWN_KEPT) known.delete(known.keys().next().value!);
    generation += 1;
    // Revisions commit in order (the revision row's lock orders writers), so a later one implies the earlier.
    if (cached !== null) cached = Math.max(cached, change.revision);
  };
  const notified = (message: pg.Notification): void => {
    const m = /^(\d+):(\*|\?|\d+(?:,\d+)*)$/.exec(message.payload ?? '');
    if (!m) return invalidate();
    const revision = Number(m[1]);
    if (m[2] === '?') {
      generation += 1;
      if (cached !== null) cached = Math.max(cached, revision);
      return;
    }
    learn({ revision, touches: m[2] === '*' ? null : m[2].split(',').map(Number) });
  };
  const listen = async (): Promise<void> => {
    try {
      const client = await pool.connect();
      client.on('notification', notified);
      client.on('error', () => {
        listener = null;
        known.clear();
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
  /** The fresh read that has not been sent yet: callers in one event-loop turn share it (it starts after them all). */
  let pendingFresh: Promise<number> | null = null;
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
    readFresh() {
      if (closed) return Promise.reject(new Error('database closed'));
      pendingFresh ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        pendingFresh = null;
        return pool.query<{ value: number }>(query).then((r) => {
          const v = Number(r.rows[0].value);
          if (listener && cached !== null && v > cached) {
            // A commit whose notification has not arrived yet: what it touched is not known here.
            generation += 1;
            cached = v;
          }
          return v;
        });
      });
      return pendingFresh;
    },
    invalidate,
    committed: learn,
    changes(from, to) {
      const touched = new Set<number>();
      for (let r = from + 1; r <= to; r += 1) {
        const t = known.get(r);
        if (t === undefined) return undefined;
        if (t === null) return 'all';
        for (const id of t) touched.add(id);
      }
      return touched;
    },
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

/** How many revisions' changes a reader remembers. */
const KNOWN_KEPT = 4096;
