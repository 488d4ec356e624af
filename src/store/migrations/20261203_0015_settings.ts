import type { Kysely } from 'kysely';

/**
 * Settings an administrator changes, one row per setting: its key, its value as JSON, a version for optimistic
 * concurrency, and who changed it last. The first is the days off that working days to a round's deadline leave
 * out (grundlovsdag, 24 and 31 December). A setting never changed has no row and its default (for the days off: all
 * three are days off), so a new database stays empty until someone changes something (a restore needs it empty).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settings').execute();
}
