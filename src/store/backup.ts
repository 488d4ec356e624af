/**
 * Backup and restore as JSON lines, the same on both engines: a header line (format, schema version as the list
 * of applied migrations, row counts), then one line per row, tables in foreign-key order. Why this and not the
 * engines' own tools: one format and one code path, tested on both engines, that needs no `pg_dump` binary of the
 * server's exact version on the machine, can move a database between SQLite and PostgreSQL, and is checked on
 * restore (schema version, empty target, row counts).
 *
 * The dump reads every table in one transaction — REPEATABLE READ on PostgreSQL, one snapshot of the WAL file on
 * SQLite — so it is consistent while the server keeps writing. The restore inserts everything in one transaction
 * (whole or nothing) and then moves PostgreSQL's id sequences past the restored ids.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from './dialect';
import { appliedMigrations, KNOWN_MIGRATIONS, migrateUpTo } from './migrate';
import type { DB } from './schema';

/** The first line of a backup. */
export interface BackupHeader {
  format: 'indsats-backup';
  formatVersion: 1;
  createdAt: string;
  dialect: 'sqlite' | 'postgres';
  migrations: string[];
  /** Rows per table, in the order they follow. */
  tables: Record<string, number>;
}

/** A row line. */
interface RowLine {
  t: string;
  r: Record<string, unknown>;
}

/** Reports progress: rows done of rows in all. */
export type OnProgress = (done: number, total: number, table: string) => void;

/** Thrown for a backup that cannot be restored here; the message is for people (Danish). */
export class BackupError extends Error {}

/** Raw identifiers: the dump works on stored column names, not on the camel-cased names of the typed API. */
type RawDb = Kysely<Record<string, Record<string, unknown>>>;
const raw = (db: Kysely<DB> | Transaction<DB>): RawDb => db.withoutPlugins() as unknown as RawDb;

/** Parent → child pairs of every foreign key between tables. */
async function foreignKeys(db: RawDb, tables: string[]): Promise<[string, string][]> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ child: string; parent: string }>`
      select cl.relname as child, pcl.relname as parent from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid join pg_class pcl on pcl.oid = c.confrelid
      where c.contype = 'f'`.execute(db);
    return rows.map((r) => [r.parent, r.child]);
  }
  const pairs: [string, string][] = [];
  for (const child of tables) {
    const { rows } = await sql<{
      table: string;
    }>`select "table" from pragma_foreign_key_list(${child})`.execute(db);
    for (const r of rows) pairs.push([r.table, child]);
  }
  return pairs;
}

/** The data tables (not Kysely's migration bookkeeping), parents before children. */
async function tablesInOrder(db: RawDb): Promise<string[]> {
  const all = (await db.introspection.getTables())
    .filter((t) => !t.isView && (t.schema === undefined || t.schema === 'public'))
    .map((t) => t.name)
    .sort();
  const edges = (await foreignKeys(db, all)).filter(
    ([p, c]) => p !== c && all.includes(p) && all.includes(c),
  );
  const ordered: string[] = [];
  const pending = new Set(all);
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => !edges.some(([p, c]) => c === t && pending.has(p)));
    if (ready.length === 0) throw new Error(`Cyclic foreign keys between ${[...pending].join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

async function hasId(db: RawDb, table: string): Promise<boolean> {
  const meta = (await db.introspection.getTables()).find((t) => t.name === table);
  return meta?.columns.some((c) => c.name === 'id') ?? false;
}

/** Write a consistent backup of `db`, line by line, through `write`. */
export async function writeBackup(
  db: Kysely<DB>,
  write: (line: string) => Promise<void>,
  onProgress: OnProgress = () => undefined,
): Promise<BackupHeader> {
  const pg = isPostgres(db);
  let tx = db.transaction();
  if (pg) tx = tx.setIsolationLevel('repeatable read');
  return tx.execute(async (trx) => {
    const r = raw(trx);
    const tables = await tablesInOrder(r);
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const row = await r
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      counts[t] = Number(row.n);
    }
    const header: BackupHeader = {
      format: 'indsats-backup',
      formatVersion: 1,
      createdAt: new Date().toISOString(),
      dialect: pg ? 'postgres' : 'sqlite',
      migrations: await appliedMigrations(r),
      tables: counts,
    };
    await write(JSON.stringify(header));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    let done = 0;
    for (const t of tables) {
      let q = r.selectFrom(t).selectAll();
      if (await hasId(r, t)) q = q.orderBy('id');
      for (const row of await q.execute()) {
        await write(JSON.stringify({ t, r: row } satisfies RowLine));
        onProgress(++done, total, t);
      }
    }
    return header;
  });
}

function parseHeader(line: string | undefined): BackupHeader {
  let h: Partial<BackupHeader> | null;
  try {
    h = line ? (JSON.parse(line) as Partial<BackupHeader>) : null;
  } catch {
    h = null;
  }
  if (h?.format !== 'indsats-backup' || h.formatVersion !== 1 || !Array.isArray(h.migrations) || !h.tables)
    throw new BackupError('Filen er ikke en sikkerhedskopi fra indsats.');
  return h as BackupHeader;
}

/** Bring the target to the backup's schema version, refusing one it cannot reach or that already has data. */
async function prepareTarget(db: Kysely<DB>, header: BackupHeader): Promise<void> {
  const known = header.migrations.every((m, n) => KNOWN_MIGRATIONS[n] === m);
  if (!known || header.migrations.length === 0)
    throw new BackupError('Sikkerhedskopien er lavet af en nyere eller ukendt version af indsats.');
  const applied = await appliedMigrations(db);
  if (applied.length > header.migrations.length)
    throw new BackupError(
      'Databasen har en nyere skemaversion end sikkerhedskopien. Gendan i en tom database.',
    );
  await migrateUpTo(db, header.migrations[header.migrations.length - 1]);
  const r = raw(db);
  for (const t of await tablesInOrder(r)) {
    if (t === 'revision') continue; // seeded by the first migration
    if (
      await r
        .selectFrom(t)
        .select(sql`1`.as('x'))
        .limit(1)
        .executeTakeFirst()
    )
      throw new BackupError(`Databasen er ikke tom (tabellen ${t} har rækker). Gendan i en tom database.`);
  }
}

/**
 * Restore a backup read line by line into an empty database: schema brought to the backup's version, every row
 * inserted in one transaction, counts checked, PostgreSQL sequences moved on. The caller migrates to the latest
 * version afterwards.
 */
export async function restoreBackup(
  db: Kysely<DB>,
  lines: AsyncIterable<string>,
  onProgress: OnProgress = () => undefined,
): Promise<BackupHeader> {
  const it = lines[Symbol.asyncIterator]();
  const header = parseHeader((await it.next()).value as string | undefined);
  await prepareTarget(db, header);
  const total = Object.values(header.tables).reduce((a, b) => a + b, 0);
  await db.transaction().execute(async (trx) => {
    const r = raw(trx);
    const seen: Record<string, number> = {};
    let batch: RowLine[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const t = batch[0].t;
      await r
        .insertInto(t)
        .values(batch.map((l) => l.r))
        .execute();
      seen[t] = (seen[t] ?? 0) + batch.length;
      batch = [];
      onProgress(
        Object.values(seen).reduce((a, b) => a + b, 0),
        total,
        t,
      );
    };
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const text = next.value;
      if (text.trim() === '') continue;
      const line = JSON.parse(text) as RowLine;
      if (!(line.t in header.tables)) throw new BackupError(`Ukendt tabel i sikkerhedskopien: ${line.t}.`);
      if (batch.length > 0 && (batch[0].t !== line.t || batch.length >= 100)) await flush();
      // A table's seeded rows (the revision counter) give way to the backup's.
      if (seen[line.t] === undefined && batch.length === 0) {
        await r.deleteFrom(line.t).execute();
        seen[line.t] = 0;
      }
      batch.push(line);
    }
    await flush();
    for (const [t, n] of Object.entries(header.tables)) {
      if ((seen[t] ?? 0) !== n)
        throw new BackupError(`Sikkerhedskopien er ufuldstændig: ${t} har ${seen[t] ?? 0} af ${n} rækker.`);
    }
    if (isPostgres(r)) await resetSequences(r, Object.keys(header.tables));
  });
  return header;
}

/** Move every id sequence past the largest restored id, so new rows do not collide. */
async function resetSequences(db: RawDb, tables: string[]): Promise<void> {
  for (const t of tables) {
    if (!(await hasId(db, t))) continue;
    await sql`select setval(pg_get_serial_sequence(${`"${t}"`}, 'id'), coalesce(max(id), 0) + 1, false) from ${sql.table(t)}`.execute(
      db,
    );
  }
}
