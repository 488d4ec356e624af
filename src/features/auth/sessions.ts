/** Sign-in with e-mail and password, sessions stored in the database, sign-out. */
import type { Kysely } from 'kysely';
import { contextFor } from '../../auth/context';
import { Problem } from '../../domain/problem';
import { randomSecret, sha256 } from '../../auth/crypto';
import { verifyPassword } from '../../auth/passwords';
import { userPrincipal } from '../../auth/identity';
import { releaseAfterSuccess, reserveAttempt } from '../../auth/rate-limit';
import { sessionPolicy } from '../../auth/session-policy';
import { afterCommit, audit } from '../../store/audit';
import type { DB } from '../../store/schema';

/** The cookie that carries the session id. */
export const SESSION_COOKIE = 'indsats_session';

/** A new session: the secret goes in the cookie, the CSRF token to the client. */
export interface NewSession {
  secret: string;
  csrfToken: string;
  expiresAt: Date;
  user: { id: number; email: string; name: string };
}

const badCredentials = () =>
  new Problem(401, 'bad_credentials', 'Forkert e-mail eller adgangskode.', 'Wrong e-mail or password.');
const locked = () =>
  new Problem(
    429,
    'locked',
    'For mange mislykkede forsøg. Vent 15 minutter, og prøv igen.',
    'Too many failed attempts. Wait 15 minutes and try again.',
  );

/**
 * Start a session for a user (after a password or single sign-on check). A session the request already had is
 * revoked (the id is rotated at sign-in). Audited as "login".
 */
export async function startSession(
  db: Kysely<DB>,
  userId: number,
  method: 'password' | 'oidc',
  requestId: string | null,
  previousSecret?: string,
): Promise<NewSession> {
  const principal = await userPrincipal(db, userId);
  if (!principal) throw badCredentials();
  const secret = randomSecret();
  const csrfToken = randomSecret();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + sessionPolicy().absoluteMs);
  const ctx = contextFor(principal, requestId, 'da');
  await db.transaction().execute(async (trx) => {
    if (previousSecret) {
      await trx
        .updateTable('sessions')
        .set({ revokedAt: now.toISOString() })
        .where('idHash', '=', sha256(previousSecret))
        .execute();
    }
    await trx
      .insertInto('sessions')
      .values({
        idHash: sha256(secret),
        userId,
        csrfToken,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      })
      .execute();
    // A new session is a credential no cache holds yet: only revoking the previous one must move the revision.
    await audit(trx, ctx, 'login', 'user', userId, null, { method }, { bump: previousSecret !== undefined });
  });
  afterCommit(db);
  return {
    secret,
    csrfToken,
    expiresAt,
    user: { id: principal.id, email: principal.label, name: principal.name },
  };
}

/** Check e-mail and password (rate-limited per account and address) and start a session. */
export async function passwordLogin(
  db: Kysely<DB>,
  input: { email: string; password: string },
  ip: string,
  requestId: string | null,
  previousSecret?: string,
): Promise<NewSession> {
  const email = input.email.trim().toLowerCase();
  // The attempt is counted before the hash check, so parallel guesses cannot outrun the limit.
  if (!(await reserveAttempt(db, email, ip))) throw locked();
  const user = await db
    .selectFrom('users')
    .select(['id', 'passwordHash', 'active'])
    .where('email', '=', email)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.active !== 1) throw badCredentials();
  await releaseAfterSuccess(db, email, ip);
  return startSession(db, user.id, 'password', requestId, previousSecret);
}

/** Revoke the session behind a cookie secret. Audited as "logout". */
export async function endSession(db: Kysely<DB>, secret: string, requestId: string | null): Promise<void> {
  const hash = sha256(secret);
  const s = await db
    .selectFrom('sessions')
    .select(['userId', 'revokedAt'])
    .where('idHash', '=', hash)
    .executeTakeFirst();
  if (!s || s.revokedAt !== null) return;
  const principal = await userPrincipal(db, s.userId);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('sessions')
      .set({ revokedAt: new Date().toISOString() })
      .where('idHash', '=', hash)
      .execute();
    if (principal)
      await audit(trx, contextFor(principal, requestId, 'da'), 'logout', 'user', s.userId, null, null);
  });
  afterCommit(db);
}
