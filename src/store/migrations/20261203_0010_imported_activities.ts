import type { Kysely } from 'kysely';

/**
 * Opening balances from an imported status memo: a done activity marked `imported` carries what the memo said was
 * achieved before the plan came into the system (reach, meetings as occurrences, and venues the memo counts but
 * does not name, in `unnamed_venues`), so computed figures continue from the memo instead of starting at zero.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('activities')
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('activities')
    .addColumn('unnamed_venues', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

/** Drops the columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('activities').dropColumn('unnamed_venues').execute();
  await db.schema.alterTable('activities').dropColumn('imported').execute();
}
