import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/20261125_0001_initial';
import * as rounds from './migrations/20261125_0002_rounds';
import * as auth from './migrations/20261125_0003_auth';
import * as oidc from './migrations/20261125_0004_oidc';

/** Every migration, by timestamped name. Migrations are immutable once landed: add a new one to change the schema. */
const MIGRATIONS: Record<string, Migration> = {
  '20261125_0001_initial': initial,
  '20261125_0002_rounds': rounds,
  '20261125_0003_auth': auth,
  '20261125_0004_oidc': oidc,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

/** Apply all pending migrations; returns the names applied. Throws (with the cause) if one fails. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
