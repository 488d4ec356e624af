import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { errorKey } from './error-key';
import da from '../i18n/da.json';

describe('errorKey', () => {
  it('explains each kind of failure with its own text, which the Danish catalog has', () => {
    const cases: [unknown, string][] = [
      [new ApiError(200, 'stale_app', 'stale_app'), 'error.staleApp'],
      [new ApiError(200, 'unexpected_answer', 'unexpected_answer'), 'error.unknown'],
      [new ApiError(0, 'network', 'network'), 'error.serverDown'],
      [new ApiError(503, 'http_503', 'x'), 'error.serverDown'],
      [new ApiError(403, 'forbidden', 'x'), 'error.forbidden'],
      [new ApiError(404, 'not_found', 'x'), 'error.notFound'],
      [new ApiError(401, 'unauthenticated', 'x'), 'error.expired'],
      [new ApiError(500, 'internal', 'x'), 'error.server'],
      [new ApiError(422, 'validation', 'x'), 'error.request'],
      [new Error('boom'), 'error.unknown'],
    ];
    for (const [error, key] of cases) {
      expect(errorKey(error)).toBe(key);
      const texts = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], da) as {
        heading: string;
        next: string;
      };
      expect(texts.heading.length).toBeGreaterThan(0);
      expect(texts.next.length).toBeGreaterThan(0);
    }
  });
});
