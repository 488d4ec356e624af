import type { Kysely } from 'kysely';

/**
 * Audit entries written by a workbook import carry the import's id, so every row one import changed can be found
 * (and told apart from the request's other work). Null for every other change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('import_id', 'text').execute();
  await db.schema.createIndex('audit_log_import_idx').on('audit_log').column('import_id').execute();
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_import_idx').execute();
  await db.schema.alterTable('audit_log').dropColumn('import_id').execute();
}
