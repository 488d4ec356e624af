/**
 * Resolving a request's identity: a session cookie (people) or an `Authorization: Bearer` API token (integrations).
 * Principals are cached per credential and data revision: every change to users, roles, sessions or tokens is an
 * audited write that moves the revision, so a revoked credential is never served from the cache.
 */
import type { Kysely } from 'kysely';
import { currentRevision } from '../store/audit';
import { changesBetween } from '../store/changes';
import type { DB } from '../store/schema';
import { sha256 } from './crypto';
import type { Principal } from './principal';
import type { Assignment, Role } from '../domain/roles';
import { sessionPolicy } from './session-policy';

/** A resolved credential. */
export interface Identity {
  principal: Principal;
  /** Set for cookie sessions: the CSRF token the request must echo. */
  csrfToken: string | null;
  sessionHash: string | null;
}

interface CacheEntry {
  revision: number;
  identity: Identity | null;
  /** Absolute end of the credential (Infinity for tokens). */
  absoluteEnd: number;
  /** Idle timeout (Infinity for tokens); the credential ends `idleMs` after `lastSeen`. */
  idleMs: number;
  lastSeen: number;
}

/** When a cached credential stops working. */
const endOf = (e: CacheEntry): number => Math.min(e.absoluteEnd, e.lastSeen + e.idleMs);

const caches = new WeakMap<Kysely<DB>, Map<string, CacheEntry>>();
/** How often a session's or token's last-use time is written (not on every request). */
const TOUCH_MS = 60_000;

async function assignmentsOf(db: Kysely<DB>, by: 'userId' | 'tokenId', id: number): Promise<Assignment[]> {
  const rows = await db
    .selectFrom('roleAssignments')
    .select(['role', 'planId', 'initiativeId'])
    .where(by, '=', id)
    .execute();
  return rows.map((r) => ({ role: r.role as Role, planId: r.planId, initiativeId: r.initiativeId }));
}

/** The principal of a user id (active users only). */
export async function userPrincipal(db: Kysely<DB>, userId: number): Promise<Principal | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.active !== 1) return null;
  return {
    kind: 'user',
    id: user.id,
    key: `user:${user.id}`,
    label: user.email,
    name: user.name,
    assignments: await assignmentsOf(db, 'userId', user.id),
  };
}

async function loadSession(db: Kysely<DB>, hash: string, now: number): Promise<CacheEntry | null> {
  const s = await db.selectFrom('sessions').selectAll().where('idHash', '=', hash).executeTakeFirst();
  if (!s || s.revokedAt !== null) return null;
  const principal = await userPrincipal(db, s.userId);
  if (!principal) return null;
  return {
    revision: 0,
    identity: { principal, csrfToken: s.csrfToken, sessionHash: hash },
    absoluteEnd: Date.parse(s.expiresAt),
    idleMs: sessionPolicy().idleMs,
    lastSeen: Math.min(now, Date.parse(s.lastSeenAt)),
  };
}

async function loadToken(db: Kysely<DB>, hash: string): Promise<CacheEntry | null> {
  const t = await db.selectFrom('apiTokens').selectAll().where('tokenHash', '=', hash).executeTakeFirst();
  if (!t || t.revokedAt !== null) return null;
  const principal: Principal = {
    kind: 'token',
    id: t.id,
    key: `token:${t.id}`,
    label: `token:${t.name}`,
    name: t.name,
    assignments: await assignmentsOf(db, 'tokenId', t.id),
  };
  return {
    revision: 0,
    identity: { principal, csrfToken: null, sessionHash: null },
    absoluteEnd: Infinity,
    idleMs: Infinity,
    lastSeen: t.lastUsedAt ? Date.parse(t.lastUsedAt) : 0,
  };
}

/** Resolve a session id (from the cookie) or an API token to an identity; null when unknown, expired or revoked. */
export async function resolveIdentity(
  db: Kysely<DB>,
  credential: { session?: string; token?: string },
  now = Date.now(),
): Promise<Identity | null> {
  const secret = credential.token ?? credential.session;
  if (!secret) return null;
  const hash = sha256(secret);
  const key = `${credential.token ? 't' : 's'}:${hash}`;
  // Fresh: a session revoked or a role removed through another server process is refused here at once.
  const revision = await currentRevision(db, { fresh: true });
  let perDb = caches.get(db);
  if (!perDb) caches.set(db, (perDb = new Map<string, CacheEntry>()));
  let entry = perDb.get(key);
  // Changes within initiatives (activities, targets, measurements) change no one's rights: the entry stays valid.
  if (entry && entry.revision !== revision && (await changesBetween(db, entry.revision, revision)) !== 'all')
    entry.revision = revision;
  if (!entry || entry.revision !== revision) {
    const loaded = credential.token ? await loadToken(db, hash) : await loadSession(db, hash, now);
    entry = loaded
      ? { ...loaded, revision }
      : { revision, identity: null, absoluteEnd: 0, idleMs: 0, lastSeen: 0 };
    if (perDb.size > 10_000) perDb.clear();
    perDb.set(key, entry);
  }
  if (!entry.identity || now >= endOf(entry)) return null;
  if (now - entry.lastSeen > TOUCH_MS) {
    entry.lastSeen = now;
    const at = new Date(now).toISOString();
    if (credential.token) {
      await db.updateTable('apiTokens').set({ lastUsedAt: at }).where('tokenHash', '=', hash).execute();
    } else {
      await db.updateTable('sessions').set({ lastSeenAt: at }).where('idHash', '=', hash).execute();
    }
  }
  return entry.identity;
}
