import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';

/** Reporting rounds, their status updates, and the frozen snapshot a closed round's memo is rendered from. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  const pg = isPostgres(db);
  const id = <T extends string>(t: ReturnType<typeof s.createTable<T>>) =>
    pg
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  await id(s.createTable('reporting_rounds'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('organisation', 'text')
    .addColumn('unit_name', 'text')
    .addColumn('recipient', 'text')
    .addColumn('appendix_number', 'integer')
    .addColumn('memo_date', 'text')
    .addColumn('case_number', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .execute();
  await id(s.createTable('status_updates'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('round_id', 'integer', (c) =>
      c.notNull().references('reporting_rounds.id').onDelete('cascade'),
    )
    .addColumn('initiative_id', 'integer', (c) =>
      c.notNull().references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('assessment_status', 'text')
    .addColumn('assessment_reason', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addUniqueConstraint('status_updates_round_initiative_uq', ['round_id', 'initiative_id'])
    .execute();
  await s
    .createTable('round_snapshots')
    .addColumn('round_id', 'integer', (c) =>
      c.primaryKey().references('reporting_rounds.id').onDelete('cascade'),
    )
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('taken_by', 'text', (c) => c.notNull())
    .addColumn('format_version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('reporting_rounds_plan_idx')
    .on('reporting_rounds')
    .columns(['plan_id', 'as_of'])
    .execute();
  await s
    .createIndex('status_updates_initiative_idx')
    .on('status_updates')
    .columns(['initiative_id'])
    .execute();
}

/** Drops the round tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['round_snapshots', 'status_updates', 'reporting_rounds'])
    await db.schema.dropTable(t).execute();
}
