import { sql, type Kysely } from 'kysely';

/**
 * Settings an administrator changes, one row per setting: its key, its value as JSON, a version for optimistic
 * concurrency, and who changed it last. The first is the days off that working days to a round's deadline leave
 * out (grundlovsdag, 24 and 31 December), stored with its default: all three are days off.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  const value = JSON.stringify({ grundlovsdag: true, juleaftensdag: true, nytaarsaftensdag: true });
  await sql`insert into settings (key, value, version, updated_at, updated_by)
    values ('daysOff', ${value}, 1, ${new Date().toISOString()}, null)`.execute(db);
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settings').execute();
}
