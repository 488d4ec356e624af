/**
 * Constraint violations the user can act on, recognised by each dialect's error code: PostgreSQL's SQLSTATE
 * (23503 foreign key, 23505 unique) and better-sqlite3's extended result codes. Kept here so that services never
 * see a dialect's error codes.
 */
import { type Problem, conflict } from '../domain/problem';

/** Map a database error to a 409 Problem when it is a constraint the user can act on; otherwise null. */
export function constraintProblem(err: unknown): Problem | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  // SQLite reports an ON DELETE RESTRICT violation as SQLITE_CONSTRAINT_TRIGGER, not …_FOREIGNKEY.
  const sqliteRestrict = code === 'SQLITE_CONSTRAINT_TRIGGER' && /FOREIGN KEY/i.test(message);
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || sqliteRestrict) {
    return conflict(
      'Posten kan ikke slettes eller ændres, fordi andre data henviser til den.',
      'The record cannot be deleted or changed because other data refers to it.',
    );
  }
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return conflict(
      'Der findes allerede en post med samme værdi.',
      'A record with the same value already exists.',
    );
  }
  return null;
}
