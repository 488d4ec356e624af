/**
 * Sign-in limits under parallel guessing: every attempt reserves its slot in the database before the password hash
 * is checked, so 200 simultaneous guesses run at most the policy's number of hash verifications — counted here by
 * wrapping `verifyPassword`, not inferred from status codes.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { LOGIN_LIMITS } from '../../src/auth/rate-limit';
import { createAccount } from '../../src/features/users/accounts';
import { startTestApp, type TestApp } from '../api';

const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/auth/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/auth/passwords')>();
  return {
    ...real,
    verifyPassword: (stored: string | null, password: string) => {
      verifications.count++;
      return real.verifyPassword(stored, password);
    },
  };
});

const PASSWORD = 'en rigtig lang adgangskode';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  for (const who of ['victim', 'bystander'])
    await createAccount(t.database.db, systemContext('test'), {
      email: `${who}@kk.dk`,
      name: who,
      roles: [{ role: 'reader' }],
      password: PASSWORD,
    });
});
afterAll(() => t.close());
beforeEach(() => {
  verifications.count = 0;
});

function login(address: string, email: string, password: string): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: address,
    payload: { email, password },
  });
}

const statuses = (all: LightMyRequestResponse[]) =>
  all.reduce<Record<number, number>>(
    (acc, r) => ({ ...acc, [r.statusCode]: (acc[r.statusCode] ?? 0) + 1 }),
    {},
  );

describe('sign-in limits hold under parallel attempts', () => {
  it('200 parallel guesses at one account from many addresses reach the hash at most 5 times', async () => {
    const all = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        login(`10.9.${Math.floor(n / 100)}.${n % 100}`, 'victim@kk.dk', n === 99 ? PASSWORD : 'forkert gæt'),
      ),
    );
    expect(verifications.count).toBeLessThanOrEqual(LOGIN_LIMITS.perAccount);
    expect(verifications.count).toBeGreaterThan(0);
    const s = statuses(all);
    expect((s[401] ?? 0) + (s[200] ?? 0)).toBe(verifications.count);
    expect(s[429]).toBeGreaterThanOrEqual(200 - LOGIN_LIMITS.perAccount);
  });

  it('200 parallel guesses from one address at many accounts reach the hash at most 20 times', async () => {
    const all = await Promise.all(
      Array.from({ length: 200 }, (_, n) => login('10.8.0.1', `nobody${n}@kk.dk`, 'forkert gæt')),
    );
    expect(verifications.count).toBeLessThanOrEqual(LOGIN_LIMITS.perIp);
    expect(verifications.count).toBeGreaterThan(0);
    expect(statuses(all)[429]).toBeGreaterThanOrEqual(200 - LOGIN_LIMITS.perIp);
    // Another address is not affected.
    expect((await login('10.8.0.2', 'bystander@kk.dk', PASSWORD)).statusCode).toBe(200);
  });

  it('a successful sign-in gives the address its slot back', async () => {
    for (let n = 0; n < LOGIN_LIMITS.perIp + 5; n++)
      expect((await login('10.7.0.1', 'bystander@kk.dk', PASSWORD)).statusCode).toBe(200);
  });
});
