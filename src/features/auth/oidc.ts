/**
 * Single sign-on with OpenID Connect (authorization code flow with PKCE): start a login, finish it at the callback.
 *
 * Where the login's secrets wait between the two requests: the PKCE verifier and the nonce are stored in the
 * database (`oidc_logins`, keyed by a hash of the state), because the callback may reach any of several stateless
 * server processes and the verifier should not leave the server. The state itself also goes to the browser in a
 * short-lived HttpOnly cookie, and the callback accepts only the state that this browser's cookie carries: a
 * callback URL made for someone else's login (login CSRF) is refused. Each record is used once and expires after
 * ten minutes.
 */
import type { Kysely } from 'kysely';
import { Problem } from '../../domain/problem';
import { safeEqual, sha256 } from '../../auth/crypto';
import type { DB } from '../../store/schema';
import type { IdentityProvider } from './oidc-client';
import { identityFromClaims, syncOidcUser } from './oidc-users';
import { startSession, type NewSession } from './sessions';

/** The cookie that binds a pending login to the browser that started it. */
export const OIDC_STATE_COOKIE = 'indsats_oidc';
/** How long a started login may take. */
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;

const badState = (): Problem =>
  new Problem(
    400,
    'oidc_state',
    'Login-forespørgslen er ugyldig eller udløbet. Start login forfra.',
    'The sign-in request is invalid or has expired. Start the sign-in again.',
  );

/** Start a login: remember verifier, nonce and return path; returns the IdP URL and the state for the cookie. */
export async function beginOidcLogin(
  db: Kysely<DB>,
  idp: IdentityProvider,
  returnTo: string | null,
  now = Date.now(),
): Promise<{ url: URL; state: string }> {
  const request = await idp.authorizationRequest();
  await db
    .deleteFrom('oidcLogins')
    .where('createdAt', '<', new Date(now - OIDC_LOGIN_TTL_MS).toISOString())
    .execute();
  await db
    .insertInto('oidcLogins')
    .values({
      stateHash: sha256(request.state),
      codeVerifier: request.codeVerifier,
      nonce: request.nonce,
      returnTo,
      createdAt: new Date(now).toISOString(),
    })
    .execute();
  return { url: request.url, state: request.state };
}

/** Take (read and delete) the pending login of a state; null when unknown, already used or expired. */
async function takePendingLogin(db: Kysely<DB>, state: string, now: number) {
  const hash = sha256(state);
  const row = await db.selectFrom('oidcLogins').selectAll().where('stateHash', '=', hash).executeTakeFirst();
  if (!row) return null;
  const deleted = await db.deleteFrom('oidcLogins').where('stateHash', '=', hash).executeTakeFirst();
  // Two callbacks racing with the same state: only the one that deleted the row goes on.
  if (Number(deleted.numDeletedRows) !== 1) return null;
  return now - Date.parse(row.createdAt) > OIDC_LOGIN_TTL_MS ? null : row;
}

/** The callback as the service sees it. */
export interface OidcCallback {
  /** The callback's query string (code, state, iss, or error). */
  query: string;
  /** The state from this browser's cookie. */
  stateCookie: string | undefined;
  requestId: string | null;
  /** The session cookie the browser already had; it is revoked (the session id rotates at sign-in). */
  previousSecret?: string;
}

/**
 * Finish a login: check the state against the browser's cookie, exchange the code (state, nonce and PKCE checked
 * by openid-client), upsert the user with the mapped roles and start a session.
 */
export async function completeOidcLogin(
  db: Kysely<DB>,
  idp: IdentityProvider,
  callback: OidcCallback,
  now = Date.now(),
): Promise<{ session: NewSession; returnTo: string; unresolved: string[] }> {
  const state = new URLSearchParams(callback.query).get('state');
  if (!state || !callback.stateCookie || !safeEqual(state, callback.stateCookie)) throw badState();
  const pending = await takePendingLogin(db, state, now);
  if (!pending) throw badState();
  const claims = await idp.exchange(callback.query, {
    state,
    nonce: pending.nonce,
    codeVerifier: pending.codeVerifier,
  });
  const who = identityFromClaims(claims, idp.settings.rolesClaim);
  const { userId, unresolved } = await syncOidcUser(db, idp.settings, who, callback.requestId);
  const session = await startSession(db, userId, 'oidc', callback.requestId, callback.previousSecret);
  return { session, returnTo: pending.returnTo ?? '/', unresolved };
}
