import type { Kysely } from 'kysely';

/**
 * The field a plan's "øvrige indsatser" belong to, as the memo's intro to them says it: "… har kommunen følgende
 * indsatser på området for social kontrol og æresrelaterede konflikter:". Optional; without it the intro ends
 * "på området:".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plans').addColumn('area', 'text').execute();
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plans').dropColumn('area').execute();
}
