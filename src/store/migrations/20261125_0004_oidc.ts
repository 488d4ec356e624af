import type { Kysely } from 'kysely';

/**
 * Pending single sign-on logins: the PKCE verifier, nonce and return path of an authorization request, keyed by a
 * hash of its state. Kept in the database (not in process memory) so the callback may reach any server process.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('oidc_logins')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oidc_logins_created_idx').on('oidc_logins').columns(['created_at']).execute();
}

/** Drops the pending-login table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('oidc_logins').execute();
}
