import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/20261125_0001_initial';
import * as rounds from './migrations/20261125_0002_rounds';
import * as auth from './migrations/20261125_0003_auth';
import * as oidc from './migrations/20261125_0004_oidc';
import * as auditAppendOnly from './migrations/20261125_0005_audit_append_only';
import * as idempotency from './migrations/20261125_0006_idempotency';
import * as initiativeNumberUnique from './migrations/20261125_0007_initiative_number_unique';
import * as revisionChanges from './migrations/20261203_0008_revision_changes';
import * as auditImportId from './migrations/20261203_0009_audit_import_id';
import * as importedActivities from './migrations/20261203_0010_imported_activities';
import * as roundDocuments from './migrations/20261203_0011_round_documents';
import * as leadInAndBaselineDate from './migrations/20261203_0012_lead_in_and_baseline_date';
import * as statusUpdateVersions from './migrations/20261203_0013_status_update_versions';
import * as settings from './migrations/20261203_0015_settings';
import * as planArea from './migrations/20261203_0016_plan_area';

/** Every migration, by timestamped name. Migrations are immutable once landed: add a new one to change the schema. */
const MIGRATIONS: Record<string, Migration> = {
  '20261125_0001_initial': initial,
  '20261125_0002_rounds': rounds,
  '20261125_0003_auth': auth,
  '20261125_0004_oidc': oidc,
  '20261125_0005_audit_append_only': auditAppendOnly,
  '20261125_0006_idempotency': idempotency,
  '20261125_0007_initiative_number_unique': initiativeNumberUnique,
  '20261203_0008_revision_changes': revisionChanges,
  '20261203_0009_audit_import_id': auditImportId,
  '20261203_0010_imported_activities': importedActivities,
  '20261203_0011_round_documents': roundDocuments,
  '20261203_0012_lead_in_and_baseline_date': leadInAndBaselineDate,
  '20261203_0013_status_update_versions': statusUpdateVersions,
  '20261203_0015_settings': settings,
  '20261203_0016_plan_area': planArea,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

/** Apply all pending migrations; returns the names applied. Throws (with the cause) if one fails. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of every migration this version knows, in order. */
export const KNOWN_MIGRATIONS: readonly string[] = Object.keys(MIGRATIONS).sort();

/** Names of the migrations applied to a database, in order (none for an empty database). */
export async function appliedMigrations<T>(db: Kysely<T>): Promise<string[]> {
  const migrations = await new Migrator({ db, provider }).getMigrations();
  return migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}

/** Apply pending migrations up to and including `name` (never back down). */
export async function migrateUpTo<T>(db: Kysely<T>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}
