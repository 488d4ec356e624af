import type { Kysely } from 'kysely';
import { afterCommit, audit, type AuditActor } from './audit';
import type { DB } from './schema';

/** Tables holding plan and reference data, children first. The audit log is never wiped. */
const DATA_TABLES = [
  'roundDocuments',
  'roundSnapshots',
  'statusUpdateVersions',
  'statusUpdates',
  'reportingRounds',
  'measurements',
  'activityReach',
  'activityVenues',
  'activities',
  'expenditures',
  'fundings',
  'targets',
  'initiativePartners',
  'initiatives',
  'plans',
  'venues',
  'targetGroups',
  'partners',
  'units',
] as const satisfies readonly (keyof DB)[];

/** Whether the database holds any plan or reference data. */
export async function hasData(db: Kysely<DB>): Promise<boolean> {
  for (const table of ['plans', 'initiatives', 'units'] as const) {
    const row = await db.selectFrom(table).select('id').limit(1).executeTakeFirst();
    if (row) return true;
  }
  return false;
}

/** Delete all plan and reference data in one transaction, leaving an audit entry. The caller authorizes. */
export async function wipeData(db: Kysely<DB>, by: AuditActor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of DATA_TABLES) await trx.deleteFrom(table).execute();
    await audit(trx, by, 'wipe', 'database', null, null, { tables: DATA_TABLES.length });
  });
  afterCommit(db);
}
