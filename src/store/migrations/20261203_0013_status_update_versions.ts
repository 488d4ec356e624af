import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';

/**
 * Every version of a status text: one row per write and per workflow step (draft, submit, return, approve), with
 * who, when, the text and assessment as they stood, and the comment of a return. The current row stays in
 * `status_updates`; this table only grows, so a text's history can be read back and compared version by version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const table = db.schema.createTable('status_update_versions');
  await (
    isPostgres(db)
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
  )
    .addColumn('status_update_id', 'integer', (c) =>
      c.notNull().references('status_updates.id').onDelete('cascade'),
    )
    .addColumn('round_id', 'integer', (c) => c.notNull())
    .addColumn('initiative_id', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('assessment_status', 'text')
    .addColumn('assessment_reason', 'text')
    .addColumn('comment', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('status_update_versions_version_uq', ['status_update_id', 'version'])
    .execute();
  await db.schema
    .createIndex('status_update_versions_round_initiative')
    .on('status_update_versions')
    .columns(['round_id', 'initiative_id'])
    .execute();
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('status_update_versions').execute();
}
