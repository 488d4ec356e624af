/**
 * `Idempotency-Key` on POST: a client that retries a create after a timeout gets the first answer again instead of
 * a duplicate. Keys are scoped to the caller and kept 24 hours in the database; the same key with another request
 * is a 422, and while the first request still runs a retry gets 409. Only successful answers are kept: after a
 * failure the key is free, so a corrected request may use it.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem, ruleViolation } from '../domain/problem';
import { completeIdempotencyKey, releaseIdempotencyKey, reserveIdempotencyKey } from '../store/idempotency';
import type { App } from './app-types';

const HEADER = 'idempotency-key';
const VALID_KEY = /^[\x21-\x7e]{1,200}$/;

/** Requests that hold a reservation, by request. */
const held = new WeakMap<FastifyRequest, { principal: string; key: string }>();

function requestHash(req: FastifyRequest): string {
  return createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

async function before(app: App, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const key = req.headers[HEADER];
  const principal = req.ctx.principal?.key;
  if (req.method !== 'POST' || key === undefined || !principal) return;
  if (typeof key !== 'string' || !VALID_KEY.test(key))
    throw ruleViolation(
      'Idempotency-Key',
      'Idempotency-Key skal være 1-200 synlige ASCII-tegn.',
      'Idempotency-Key must be 1-200 visible ASCII characters.',
    );
  const found = await reserveIdempotencyKey(app.db, principal, key, requestHash(req));
  switch (found.kind) {
    case 'new':
      held.set(req, { principal, key });
      return;
    case 'replay':
      return reply
        .code(found.status)
        .header('idempotent-replayed', 'true')
        .type(found.contentType ?? 'application/json; charset=utf-8')
        .send(found.body);
    case 'mismatch':
      throw new Problem(
        422,
        'idempotency_mismatch',
        'Idempotency-Key er allerede brugt til en anden forespørgsel.',
        'The Idempotency-Key was already used for a different request.',
        'Idempotency-Key',
      );
    case 'running':
      throw new Problem(
        409,
        'idempotency_running',
        'En forespørgsel med samme Idempotency-Key er i gang. Prøv igen om lidt.',
        'A request with the same Idempotency-Key is in progress. Try again shortly.',
        'Idempotency-Key',
      );
  }
}

/** Register the hooks (after authentication, after validation, before the handler). */
export function installIdempotency(app: App): void {
  app.addHook('preHandler', (req, reply) => before(app, req, reply));
  app.addHook('onSend', async (req, reply, payload) => {
    const h = held.get(req);
    if (!h) return payload;
    held.delete(req);
    const ok = reply.statusCode >= 200 && reply.statusCode < 300;
    const body =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    if (ok && body !== null) {
      const type = reply.getHeader('content-type');
      await completeIdempotencyKey(app.db, h.principal, h.key, {
        status: reply.statusCode,
        contentType: typeof type === 'string' ? type : null,
        body,
      });
    } else await releaseIdempotencyKey(app.db, h.principal, h.key);
    return payload;
  });
  // A request that ends without a reply (aborted) gives its key back.
  app.addHook('onResponse', async (req) => {
    const h = held.get(req);
    if (!h) return;
    held.delete(req);
    await releaseIdempotencyKey(app.db, h.principal, h.key);
  });
}
