/**
 * Input hygiene in one place: text that no database stores faithfully is refused before any handler runs. A NUL
 * character is an error on PostgreSQL (a 500) while SQLite stores it; a lone UTF-16 surrogate is altered, differently
 * by each engine. Both are refused with 422 wherever they appear: path, query string or parsed JSON body (keys
 * included).
 */
import type { FastifyRequest } from 'fastify';
import { ruleViolation } from '../domain/problem';
import type { App } from './app-types';

/** A NUL, or a surrogate not part of a pair (with the `u` flag a proper pair is one code point, not `Cs`). */
const FORBIDDEN = /\0|\p{Cs}/u;

/** The path of the first string (or key) under `value` that holds a forbidden character, or null. */
export function findForbidden(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return FORBIDDEN.test(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, v] of Object.entries(value)) {
    if (FORBIDDEN.test(key)) return [...path, key];
    const found = findForbidden(v, [...path, key]);
    if (found) return found;
  }
  return null;
}

function check(req: FastifyRequest): void {
  for (const part of [req.params, req.query, req.body]) {
    const found = findForbidden(part);
    if (!found) continue;
    throw ruleViolation(
      found.join('.'),
      'Teksten indeholder et tegn, der ikke kan gemmes (et NUL-tegn eller et ufuldstændigt Unicode-tegn).',
      'The text contains a character that cannot be stored (a NUL or an unpaired Unicode surrogate).',
    );
  }
}

/** Register the check: after the body is parsed, before validation and the handler. */
export function installInputHygiene(app: App): void {
  app.addHook('preValidation', (req, _reply, done) => {
    try {
      check(req);
      done();
    } catch (err) {
      done(err as Error);
    }
  });
}
