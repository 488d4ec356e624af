/** The route-level guard: who is asking (cookie session or bearer token), CSRF, and the coarse permission check. */
import type { Kysely } from 'kysely';
import { safeEqual } from '../auth/crypto';
import { resolveIdentity, type Identity } from '../auth/identity';
import type { Permission } from '../domain/permissions';
import { forbidden, mayEver, unauthenticated } from '../auth/principal';
import type { DB } from '../store/schema';
import { Problem } from '../domain/problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolve the request's credential; a bearer token that is unknown or revoked is a 401 at once. */
export async function identify(
  db: Kysely<DB>,
  authorization: string | undefined,
  sessionCookie: string | undefined,
): Promise<Identity | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (bearer) {
    const identity = await resolveIdentity(db, { token: bearer });
    if (!identity) {
      throw new Problem(
        401,
        'bad_token',
        'API-nøglen er ukendt eller tilbagekaldt.',
        'The API token is unknown or revoked.',
      );
    }
    return identity;
  }
  return sessionCookie ? resolveIdentity(db, { session: sessionCookie }) : null;
}

/**
 * Before any data is read: 401 without identity, 403 for a cookie request that changes state without the session's
 * CSRF token, 403 when the identity holds the route's permission in no scope at all. Services then check the scope.
 */
export function checkRoute(
  permission: Permission | undefined,
  method: string,
  identity: Identity | null,
  csrfHeader: string | string[] | undefined,
): void {
  if (permission === undefined || permission === 'public') return;
  if (!identity) throw unauthenticated();
  if (identity.csrfToken !== null && !SAFE_METHODS.has(method)) {
    if (typeof csrfHeader !== 'string' || !safeEqual(csrfHeader, identity.csrfToken)) {
      throw new Problem(
        403,
        'csrf',
        'Forespørgslen mangler et gyldigt CSRF-token (X-CSRF-Token). Genindlæs siden, og prøv igen.',
        'The request lacks a valid CSRF token (X-CSRF-Token).',
      );
    }
  }
  if (!mayEver(identity.principal, permission)) throw forbidden();
}
