import {
  PostgresAdapter,
  sql,
  type DynamicReferenceBuilder,
  type Expression,
  type Kysely,
  type RawBuilder,
} from 'kysely';
import type { DB } from './schema';

/** A column reference or an SQL expression. */
type TextExpr = Expression<unknown> | DynamicReferenceBuilder;

/** Whether a Kysely instance talks to PostgreSQL (otherwise SQLite). */
export function isPostgres<T>(db: Kysely<T>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * A text folded to lower case on both dialects, so names compare and search ignoring case, Danish letters
 * included: PostgreSQL's `lower` (Unicode in a UTF-8 database), SQLite's `fold` (registered at open: SQLite's own
 * `lower` and LIKE fold ASCII only, so "Æ" would not find "æ").
 */
export function folded(db: Kysely<DB>, expr: TextExpr): RawBuilder<string> {
  return isPostgres(db) ? sql<string>`lower(${expr})` : sql<string>`fold(${expr})`;
}

/** Fold a text the way `folded` does in SQL. */
export function foldText(s: string): string {
  return s.toLowerCase();
}

/** `expr` contains `q` as a substring, ignoring case; `%`, `_` and `\` in `q` match themselves. */
export function containsText(db: Kysely<DB>, expr: TextExpr, q: string): RawBuilder<boolean> {
  const pattern = `%${foldText(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${folded(db, expr)} like ${pattern} escape ${'\\'}`;
}
