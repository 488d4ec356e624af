/**
 * Idempotency keys in the database (so every server process shares them): a key is reserved atomically before the
 * request runs, completed with its answer, or released when the request failed so the client may try again.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

/** What a reservation found. */
export type Reservation =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; contentType: string | null; body: string }
  | { kind: 'mismatch' }
  | { kind: 'running' };

/** Reserve `key` for `principal` and a request hash, or report what the key already holds. */
export async function reserveIdempotencyKey(
  db: Kysely<DB>,
  principal: string,
  key: string,
  requestHash: string,
  now = Date.now(),
): Promise<Reservation> {
  const cutoff = new Date(now - IDEMPOTENCY_TTL_MS).toISOString();
  await db.deleteFrom('idempotencyKeys').where('createdAt', '<', cutoff).execute();
  const inserted = await db
    .insertInto('idempotencyKeys')
    .values({ principal, key, requestHash, createdAt: new Date(now).toISOString() })
    .onConflict((oc) => oc.columns(['principal', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { kind: 'new' };
  const row = await db
    .selectFrom('idempotencyKeys')
    .selectAll()
    .where('principal', '=', principal)
    .where('key', '=', key)
    .executeTakeFirst();
  if (row && row.requestHash !== requestHash) return { kind: 'mismatch' };
  if (!row || row.status === null) return { kind: 'running' };
  return { kind: 'replay', status: row.status, contentType: row.contentType, body: row.body ?? '' };
}

/** Store the answer of a reserved key. */
export async function completeIdempotencyKey(
  db: Kysely<DB>,
  principal: string,
  key: string,
  answer: { status: number; contentType: string | null; body: string },
): Promise<void> {
  await db
    .updateTable('idempotencyKeys')
    .set(answer)
    .where('principal', '=', principal)
    .where('key', '=', key)
    .execute();
}

/** Forget a reserved key whose request failed. */
export async function releaseIdempotencyKey(db: Kysely<DB>, principal: string, key: string): Promise<void> {
  await db
    .deleteFrom('idempotencyKeys')
    .where('principal', '=', principal)
    .where('key', '=', key)
    .where('status', 'is', null)
    .execute();
}
