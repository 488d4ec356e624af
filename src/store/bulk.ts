/**
 * Many rows into one table (a workbook import's thousands of activities, their reach and venues, their audit
 * entries). On PostgreSQL each statement carries its rows as one JSON parameter, turned back into rows of the
 * table's own column types by `json_populate_recordset`: one parameter instead of one per value, which Kysely, the
 * driver and the server each handle several times faster than a VALUES list of 15,000 parameters. SQLite keeps
 * Kysely's VALUES list, a few hundred rows a statement, and lets other requests in between the statements, as it
 * blocks the event loop while one runs.
 */
import { CamelCasePlugin, sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from './dialect';
import type { DB } from './schema';

type Db = Kysely<DB> | Transaction<DB>;

/** The snake_case column name of a camelCase key, exactly as the database's CamelCasePlugin names it. */
class ColumnNames extends CamelCasePlugin {
  column(key: string): string {
    return this.snakeCase(key);
  }
}
const names = new ColumnNames();

/** Rows per statement: PostgreSQL's JSON parameter has no practical limit; SQLite runs each synchronously. */
const PER_STATEMENT = { postgres: 5000, sqlite: 200 };

/** The keys of the first row, when every row has exactly those (else null: the rows differ in what they set). */
function sameKeys(rows: readonly object[]): string[] | null {
  const keys = Object.keys(rows[0]).filter((k) => (rows[0] as Record<string, unknown>)[k] !== undefined);
  for (const r of rows) {
    const own = Object.keys(r).filter((k) => (r as Record<string, unknown>)[k] !== undefined);
    if (own.length !== keys.length || own.some((k, n) => k !== keys[n])) return null;
  }
  return keys;
}

/**
 * Insert the rows; with `returningIds`, answer their new ids in the order of the rows. Rows that do not all set the
 * same columns go as a VALUES list, where a column a row leaves out takes its default (JSON would give it NULL).
 */
export async function insertMany<T extends keyof DB>(
  db: Db,
  table: T,
  rows: readonly Insertable<DB[T]>[],
  returningIds = false,
): Promise<number[]> {
  const ids: number[] = [];
  if (rows.length === 0) return ids;
  const postgres = isPostgres<DB>(db);
  const per = postgres ? PER_STATEMENT.postgres : PER_STATEMENT.sqlite;
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const keys = postgres ? sameKeys(part) : null;
    if (keys) {
      const json = JSON.stringify(
        part.map((r) =>
          Object.fromEntries(keys.map((k) => [names.column(k), (r as Record<string, unknown>)[k]])),
        ),
      );
      const columns = sql.join(keys.map((k) => sql.ref(k)));
      // WITH ORDINALITY and ORDER BY: the rows are inserted, and their ids returned, in the order given.
      const result = await sql<{ id: number }>`insert into ${sql.table(table)} (${columns})
        select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)
          with ordinality as r order by r.ordinality
        ${returningIds ? sql`returning id` : sql``}`.execute(db);
      if (returningIds) for (const r of result.rows) ids.push(Number(r.id));
    } else {
      // Typed loosely: the table is any of the schema's, and `id` is asked for only of tables that have one.
      const q = (db as Kysely<Record<string, { id: number }>>).insertInto(table).values(part as never);
      if (returningIds) for (const r of await q.returning('id').execute()) ids.push(Number(r.id));
      else await q.execute();
    }
    // SQLite answers synchronously: other requests get their turn between the statements of a large insert.
    if (!postgres) await new Promise((resolve) => setImmediate(resolve));
  }
  return ids;
}
