import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';

/** People and trust: users, role assignments, sessions, API tokens, login attempts; who created an activity. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  const pg = isPostgres(db);
  const id = <T extends string>(t: ReturnType<typeof s.createTable<T>>) =>
    pg
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  await id(s.createTable('users'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('password_hash', 'text')
    .addColumn('oidc_subject', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('users_email_uq', ['email'])
    .addUniqueConstraint('users_oidc_subject_uq', ['oidc_subject'])
    .execute();
  await id(s.createTable('api_tokens'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .addUniqueConstraint('api_tokens_hash_uq', ['token_hash'])
    .execute();
  await id(s.createTable('role_assignments'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('token_id', 'integer', (c) => c.references('api_tokens.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'integer', (c) => c.references('plans.id').onDelete('cascade'))
    .addColumn('initiative_id', 'integer', (c) => c.references('initiatives.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await s
    .createTable('login_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .execute();
  await s.alterTable('activities').addColumn('created_by', 'text').execute();
  await s.createIndex('role_assignments_user_idx').on('role_assignments').columns(['user_id']).execute();
  await s.createIndex('role_assignments_token_idx').on('role_assignments').columns(['token_id']).execute();
  await s.createIndex('sessions_user_idx').on('sessions').columns(['user_id']).execute();
}

/** Drops the auth tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('activities').dropColumn('created_by').execute();
  for (const t of ['login_attempts', 'sessions', 'role_assignments', 'api_tokens', 'users']) {
    await db.schema.dropTable(t).execute();
  }
}
