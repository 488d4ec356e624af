import type { Kysely } from 'kysely';

/**
 * The status text's lead-in choice (the author's word over the rule: another lead-in, no period, free bullets),
 * stored with the text; and the date a target's baseline was measured. One column per statement, so SQLite runs it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('status_updates').addColumn('lead_in_kind', 'text').execute();
  await db.schema
    .alterTable('status_updates')
    .addColumn('lead_in_with_period', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('status_updates')
    .addColumn('lead_in_bullets', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('targets').addColumn('baseline_date', 'text').execute();
}

/** Drops the columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('targets').dropColumn('baseline_date').execute();
  await db.schema.alterTable('status_updates').dropColumn('lead_in_bullets').execute();
  await db.schema.alterTable('status_updates').dropColumn('lead_in_with_period').execute();
  await db.schema.alterTable('status_updates').dropColumn('lead_in_kind').execute();
}
