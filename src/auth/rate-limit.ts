/**
 * Failed sign-ins counted per account and per IP address in the database (so every server process sees them):
 * after too many failures within the window, sign-in is refused until the window has passed.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../store/schema';

/** Limits: failures per window for one account and for one address. */
export const LOGIN_LIMITS = { windowMs: 15 * 60_000, perAccount: 5, perIp: 20 };

/** Keys of a sign-in attempt. */
export function attemptKeys(email: string, ip: string): { account: string; ip: string } {
  return { account: `account:${email.toLowerCase()}`, ip: `ip:${ip}` };
}

async function failures(db: Kysely<DB>, key: string, now: number): Promise<number> {
  const row = await db.selectFrom('loginAttempts').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row || now - Date.parse(row.windowStart) > LOGIN_LIMITS.windowMs) return 0;
  return row.failures;
}

/** Whether sign-in is currently blocked for this account or address. */
export async function isLocked(
  db: Kysely<DB>,
  email: string,
  ip: string,
  now = Date.now(),
): Promise<boolean> {
  const k = attemptKeys(email, ip);
  return (
    (await failures(db, k.account, now)) >= LOGIN_LIMITS.perAccount ||
    (await failures(db, k.ip, now)) >= LOGIN_LIMITS.perIp
  );
}

/** Count a failed sign-in for the account and the address. */
export async function recordFailure(
  db: Kysely<DB>,
  email: string,
  ip: string,
  now = Date.now(),
): Promise<void> {
  for (const key of Object.values(attemptKeys(email, ip))) {
    const current = await failures(db, key, now);
    const at = new Date(now).toISOString();
    if (current === 0) {
      await db
        .insertInto('loginAttempts')
        .values({ key, failures: 1, windowStart: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ failures: 1, windowStart: at }))
        .execute();
    } else {
      await db
        .updateTable('loginAttempts')
        .set({ failures: current + 1 })
        .where('key', '=', key)
        .execute();
    }
  }
}

/** Forget the account's failures after a successful sign-in. */
export async function clearFailures(db: Kysely<DB>, email: string): Promise<void> {
  await db.deleteFrom('loginAttempts').where('key', '=', attemptKeys(email, '').account).execute();
}
