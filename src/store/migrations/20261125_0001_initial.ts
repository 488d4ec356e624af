import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

type Col = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
const notNull: Col = (c) => c.notNull();

/** Adds id, version and timestamps — the columns every versioned table has. */
function versioned<T extends string>(db: Kysely<unknown>, t: CreateTableBuilder<T>): CreateTableBuilder<T> {
  const withId = isPostgres(db)
    ? t.addColumn('id', 'serial', (c) => c.primaryKey())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return withId
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull);
}

const fk =
  (table: string, onDelete: 'cascade' | 'restrict' = 'restrict'): Col =>
  (c) =>
    c.references(`${table}.id`).onDelete(onDelete);

/** The action-plan model: reference lists, plans, initiatives, targets, funding, activities, measurements, audit. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await versioned(db, s.createTable('units'))
    .addColumn('code', 'text', notNull)
    .addColumn('name', 'text', notNull)
    .addUniqueConstraint('units_code_uq', ['code'])
    .execute();
  await versioned(db, s.createTable('partners'))
    .addColumn('name', 'text', notNull)
    .addColumn('description', 'text')
    .addUniqueConstraint('partners_name_uq', ['name'])
    .execute();
  await versioned(db, s.createTable('target_groups'))
    .addColumn('name', 'text', notNull)
    .addUniqueConstraint('target_groups_name_uq', ['name'])
    .execute();
  await versioned(db, s.createTable('venues'))
    .addColumn('name', 'text', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('unit_id', 'integer', fk('units'))
    .execute();
  await versioned(db, s.createTable('plans'))
    .addColumn('slug', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('theme', 'text', notNull)
    .addColumn('period_from', 'text', notNull)
    .addColumn('period_to', 'text', notNull)
    .addColumn('unit_id', 'integer', fk('units'))
    .addColumn('organisation', 'text')
    .addUniqueConstraint('plans_slug_uq', ['slug'])
    .execute();
  await versioned(db, s.createTable('initiatives'))
    .addColumn('plan_id', 'integer', fk('plans'))
    .addColumn('number', 'integer')
    .addColumn('kind', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('purpose', 'text')
    .addColumn('description', 'text')
    .addColumn('unit_id', 'integer', fk('units'))
    .addColumn('assessment_status', 'text')
    .addColumn('assessment_reason', 'text')
    .addColumn('assessment_by', 'text')
    .addColumn('assessment_at', 'text')
    .execute();
  await s
    .createTable('initiative_partners')
    .addColumn('initiative_id', 'integer', (c) => fk('initiatives', 'cascade')(c).notNull())
    .addColumn('partner_id', 'integer', (c) => fk('partners')(c).notNull())
    .addPrimaryKeyConstraint('initiative_partners_pk', ['initiative_id', 'partner_id'])
    .execute();
  await versioned(db, s.createTable('targets'))
    .addColumn('initiative_id', 'integer', (c) => fk('initiatives')(c).notNull())
    .addColumn('position', 'integer', notNull)
    .addColumn('metric_kind', 'text', notNull)
    .addColumn('comparator', 'text', notNull)
    .addColumn('value', 'double precision', notNull)
    .addColumn('unit_label', 'text', notNull)
    .addColumn('due_date', 'text', notNull)
    .addColumn('baseline', 'double precision')
    .addColumn('sentence', 'text', notNull)
    .addColumn('target_group_ids', 'text', notNull)
    .addColumn('activity_kinds', 'text', notNull)
    .addColumn('venue_kinds', 'text', notNull)
    .addColumn('population', 'integer')
    .execute();
  await versioned(db, s.createTable('fundings'))
    .addColumn('initiative_id', 'integer', (c) => fk('initiatives')(c).notNull())
    .addColumn('position', 'integer', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('amount', 'bigint')
    .addColumn('amount_basis', 'text', notNull)
    .addColumn('staff_years', 'double precision')
    .addColumn('year_from', 'integer')
    .addColumn('year_to', 'integer')
    .addColumn('source', 'text')
    .addColumn('funded_until', 'integer')
    .execute();
  await versioned(db, s.createTable('expenditures'))
    .addColumn('initiative_id', 'integer', (c) => fk('initiatives')(c).notNull())
    .addColumn('year', 'integer', notNull)
    .addColumn('amount', 'bigint', notNull)
    .addColumn('note', 'text')
    .execute();
  await versioned(db, s.createTable('activities'))
    .addColumn('initiative_id', 'integer', (c) => fk('initiatives')(c).notNull())
    .addColumn('state', 'text', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('description', 'text')
    .addColumn('date_from', 'text', notNull)
    .addColumn('date_to', 'text', notNull)
    .addColumn('occurrences', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('partner_id', 'integer', fk('partners'))
    .execute();
  await s
    .createTable('activity_venues')
    .addColumn('activity_id', 'integer', (c) => fk('activities', 'cascade')(c).notNull())
    .addColumn('venue_id', 'integer', (c) => fk('venues')(c).notNull())
    .addPrimaryKeyConstraint('activity_venues_pk', ['activity_id', 'venue_id'])
    .execute();
  await s
    .createTable('activity_reach')
    .addColumn('activity_id', 'integer', (c) => fk('activities', 'cascade')(c).notNull())
    .addColumn('target_group_id', 'integer', (c) => fk('target_groups')(c).notNull())
    .addColumn('count', 'integer', notNull)
    .addPrimaryKeyConstraint('activity_reach_pk', ['activity_id', 'target_group_id'])
    .execute();
  await versioned(db, s.createTable('measurements'))
    .addColumn('target_id', 'integer', (c) => fk('targets', 'cascade')(c).notNull())
    .addColumn('value', 'double precision', notNull)
    .addColumn('as_of', 'text', notNull)
    .addColumn('note', 'text')
    .execute();
  const auditId = isPostgres(db) ? 'bigserial' : 'integer';
  await s
    .createTable('audit_log')
    .addColumn('id', auditId, (c) => (isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'text', notNull)
    .addColumn('actor', 'text', notNull)
    .addColumn('action', 'text', notNull)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('entity_id', 'integer')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('request_id', 'text')
    .execute();
  await s
    .createTable('revision')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('value', 'bigint', notNull)
    .execute();
  await sql`insert into revision (id, value) values (1, 0)`.execute(db);

  const indexes: [string, string, string[]][] = [
    ['initiatives_plan_idx', 'initiatives', ['plan_id', 'number']],
    ['targets_initiative_idx', 'targets', ['initiative_id']],
    ['fundings_initiative_idx', 'fundings', ['initiative_id']],
    ['expenditures_initiative_idx', 'expenditures', ['initiative_id']],
    ['activities_initiative_idx', 'activities', ['initiative_id', 'date_from']],
    ['activity_reach_group_idx', 'activity_reach', ['target_group_id']],
    ['activity_venues_venue_idx', 'activity_venues', ['venue_id']],
    ['measurements_target_idx', 'measurements', ['target_id', 'as_of']],
    ['audit_entity_idx', 'audit_log', ['entity_type', 'entity_id']],
    ['audit_at_idx', 'audit_log', ['at']],
    ['initiative_partners_partner_idx', 'initiative_partners', ['partner_id']],
  ];
  for (const [name, table, cols] of indexes) await s.createIndex(name).on(table).columns(cols).execute();
}

/** Migrations are immutable and forward-only; `down` exists for Kysely's interface and drops everything. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'revision',
    'audit_log',
    'measurements',
    'activity_reach',
    'activity_venues',
    'activities',
    'expenditures',
    'fundings',
    'targets',
    'initiative_partners',
    'initiatives',
    'plans',
    'venues',
    'target_groups',
    'partners',
    'units',
  ];
  for (const t of tables) await db.schema.dropTable(t).execute();
}
