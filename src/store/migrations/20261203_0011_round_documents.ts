import type { Kysely } from 'kysely';

/**
 * The memo documents of a closed round as they were sent to the committee: rendered once when the round closes
 * and returned byte for byte afterwards. One row per format; the body is base64 (the same column type on SQLite
 * and PostgreSQL), with its SHA-256 and the product version that rendered it. Reopening deletes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('round_documents')
    .addColumn('round_id', 'integer', (c) =>
      c.notNull().references('reporting_rounds.id').onDelete('cascade'),
    )
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('product_version', 'text', (c) => c.notNull())
    .addColumn('rendered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_documents_pk', ['round_id', 'format'])
    .execute();
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('round_documents').execute();
}
