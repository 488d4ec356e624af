import type { Kysely } from 'kysely';

/**
 * What each data revision changed: one row per revision and initiative whose progress it touched, or one row with
 * a null initiative when it may have changed anything (a plan, a venue, a person's rights). Caches that hold the
 * progress of many initiatives read the rows since the revision they hold and reload only what changed; a gap in
 * the rows (pruned, or written before this table existed) makes them reload everything.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('revision_changes')
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .addColumn('initiative_id', 'integer')
    .execute();
  await db.schema
    .createIndex('revision_changes_revision_idx')
    .on('revision_changes')
    .column('revision')
    .execute();
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('revision_changes').execute();
}
