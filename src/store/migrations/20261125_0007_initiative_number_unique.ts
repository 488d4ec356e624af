import { sql, type Kysely } from 'kysely';

/**
 * An initiative's number is unique within its plan ("Indsats 3" names one initiative). The API refuses a second one
 * with 409; this index makes that hold also for two requests at the same moment. Initiatives without a number (the
 * "other" initiatives) and outside a plan are not affected (NULLs are distinct in both engines).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Column names as the connection's camel-case mapping returns them.
  const duplicates = await sql<{ slug: string; number: number }>`
    SELECT p.slug AS slug, i.number AS number FROM initiatives i JOIN plans p ON p.id = i.plan_id
    WHERE i.number IS NOT NULL
    GROUP BY p.slug, i.number HAVING COUNT(*) > 1 ORDER BY p.slug, i.number`.execute(db);
  if (duplicates.rows.length > 0) {
    const list = duplicates.rows.map((r) => `handleplan ${r.slug}, indsats ${r.number}`).join('; ');
    throw new Error(
      `Flere indsatser har samme nummer i samme handleplan (${list}). Giv dem hver sit nummer, og start igen.`,
    );
  }
  await db.schema
    .createIndex('initiatives_plan_number_unique')
    .on('initiatives')
    .columns(['plan_id', 'number'])
    .unique()
    .execute();
}

/** Drops the index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('initiatives_plan_number_unique').execute();
}
