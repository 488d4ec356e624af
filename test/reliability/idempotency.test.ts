/**
 * Idempotency-Key on creates: a retried create returns the first answer instead of a duplicate, per caller; the
 * same key with another body is a 422; parallel retries create one record; a failed request frees its key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import { authHeaders, signIn, startTestApp, type TestApp } from '../api';
import { expectProblem, type PageBody } from '../api/helpers';

let t: TestApp;
let other: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  await createAccount(t.database.db, systemContext('test'), {
    email: 'anden@kk.dk',
    name: 'Anden admin',
    roles: [{ role: 'admin' }],
    password: 'en anden lang adgangskode',
  });
  other = await signIn(t.app, 'anden@kk.dk', 'en anden lang adgangskode');
});
afterAll(() => t.close());

const post = (key: string, body: object, headers = authHeaders(t.app)) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/partners',
    headers: { ...headers, 'idempotency-key': key },
    payload: body,
  });
const partners = async (name: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/partners?pageSize=500', headers: authHeaders(t.app) }))
    .json<PageBody<{ name: string }>>()
    .items.filter((p) => p.name === name).length;

describe('Idempotency-Key', () => {
  it('returns the first answer to a retried create and creates one record', async () => {
    const first = await post('k-1', { name: 'Partner A' });
    const again = await post('k-1', { name: 'Partner A' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await partners('Partner A')).toBe(1);
  });

  it('refuses the same key with a different body (422)', async () => {
    await post('k-2', { name: 'Partner B' });
    const p = expectProblem(await post('k-2', { name: 'Partner C' }), 422, 'Idempotency-Key');
    expect(p.code).toBe('idempotency_mismatch');
    expect(await partners('Partner C')).toBe(0);
  });

  it('scopes keys to the caller', async () => {
    const mine = await post('k-3', { name: 'Partner D' });
    // Another caller's key of the same name is theirs: neither a replay nor a mismatch.
    const theirs = await post('k-3', { name: 'Partner D2' }, other);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json<{ id: number }>().id).not.toBe(mine.json<{ id: number }>().id);
    expect(await partners('Partner D')).toBe(1);
    expect(await partners('Partner D2')).toBe(1);
  });

  it('creates one record from parallel retries', async () => {
    const all = await Promise.all(Array.from({ length: 10 }, () => post('k-4', { name: 'Partner E' })));
    expect(all.every((r) => r.statusCode === 201 || r.statusCode === 409)).toBe(true);
    expect(
      new Set(all.filter((r) => r.statusCode === 201).map((r) => r.json<{ id: number }>().id)).size,
    ).toBe(1);
    expect(await partners('Partner E')).toBe(1);
  });

  it('frees the key of a failed request, and works without a key as before', async () => {
    expectProblem(await post('k-5', { name: '' }), 422);
    expect((await post('k-5', { name: 'Partner F' })).statusCode).toBe(201);
    expect(await partners('Partner F')).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    await post('k-6', { name: 'Partner G' });
    await t.database.db
      .updateTable('idempotencyKeys')
      .set({ createdAt: new Date(Date.now() - 25 * 3_600_000).toISOString() })
      .where('key', '=', 'k-6')
      .execute();
    const later = await post('k-6', { name: 'Partner G2' });
    expect(later.statusCode).toBe(201);
    expect(await partners('Partner G2')).toBe(1);
  });
});
