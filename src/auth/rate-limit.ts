/**
 * Sign-in attempts counted per account and per IP address in the database (so every server process sees them).
 * Each attempt reserves a slot atomically *before* the slow password-hash check — one `insert … on conflict do
 * update set n = n + 1 … returning n` per key — so parallel guesses cannot all read "not locked" and then be
 * checked: at most the limit's number of attempts per window ever reach the hash. A success gives its slots back.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../store/schema';

/** Limits: attempts per window for one account and for one address. */
export const LOGIN_LIMITS = { windowMs: 15 * 60_000, perAccount: 5, perIp: 20 };

/** Keys of a sign-in attempt. */
export function attemptKeys(email: string, ip: string): { account: string; ip: string } {
  return { account: `account:${email.toLowerCase()}`, ip: `ip:${ip}` };
}

/**
 * Count one attempt on `key` and return the count in the current window (a window older than the limit starts
 * over at 1). Atomic on both engines: the row is locked by the upsert on PostgreSQL, SQLite has one writer.
 */
async function reserve(db: Kysely<DB>, key: string, now: number): Promise<number> {
  const at = new Date(now).toISOString();
  const cutoff = new Date(now - LOGIN_LIMITS.windowMs).toISOString();
  const expired = sql<boolean>`${sql.ref('loginAttempts.windowStart')} < ${cutoff}`;
  const row = await db
    .insertInto('loginAttempts')
    .values({ key, failures: 1, windowStart: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${expired} then 1 else ${sql.ref('loginAttempts.failures')} + 1 end`,
        windowStart: sql<string>`case when ${expired} then ${at} else ${sql.ref('loginAttempts.windowStart')} end`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

/** Give one reserved slot back. */
async function release(db: Kysely<DB>, key: string): Promise<void> {
  await db
    .updateTable('loginAttempts')
    .set({ failures: sql<number>`case when failures > 0 then failures - 1 else 0 end` })
    .where('key', '=', key)
    .execute();
}

/**
 * Reserve an attempt for the account and then the address. False (nothing left to check) when either is over its
 * limit; an address refusal gives the account's slot back, so a blocked address does not use up an account.
 */
export async function reserveAttempt(
  db: Kysely<DB>,
  email: string,
  ip: string,
  now = Date.now(),
): Promise<boolean> {
  const k = attemptKeys(email, ip);
  if ((await reserve(db, k.account, now)) > LOGIN_LIMITS.perAccount) return false;
  if ((await reserve(db, k.ip, now)) > LOGIN_LIMITS.perIp) {
    await release(db, k.account);
    return false;
  }
  return true;
}

/**
 * After a successful sign-in: forget the account's failures and give the address its slot back (many people
 * share a municipality's address; only failures should count against it).
 */
export async function releaseAfterSuccess(db: Kysely<DB>, email: string, ip: string): Promise<void> {
  const k = attemptKeys(email, ip);
  await db.deleteFrom('loginAttempts').where('key', '=', k.account).execute();
  await release(db, k.ip);
}
