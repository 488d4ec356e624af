import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILD_HEADER } from '../../../src/api/build-header';
import { api, ApiError } from './client';

/** A stand-in for fetch that answers every request with this status, body and build header. */
function answer(status: number, body: string | null, build?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (build) headers[BUILD_HEADER] = build;
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, { status, headers }))),
  );
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as ApiError,
  );

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('the API client', () => {
  it("gives a read's answer as it came when the server serves this build of the app", async () => {
    vi.stubEnv('VITE_INDSATS_BUILD', 'build-1');
    answer(200, '{"id":7,"title":"Plan"}', 'build-1');
    expect(await api.get('/plans/7')).toEqual({ id: 7, title: 'Plan' });
  });

  it('refuses a read answered by a server that now serves another build, so the page asks for a reload', async () => {
    vi.stubEnv('VITE_INDSATS_BUILD', 'build-1');
    answer(200, '{"id":7}', 'build-2');
    const e = await failure(api.get('/plans/7'));
    expect(e).toBeInstanceOf(ApiError);
    expect(e?.code).toBe('stale_app');
  });

  it("takes a write's answer from another build: the write happened, and the next read asks for the reload", async () => {
    vi.stubEnv('VITE_INDSATS_BUILD', 'build-1');
    answer(201, '{"id":8}', 'build-2');
    expect(await api.post('/activities', { title: 'x' })).toEqual({ id: 8 });
  });

  it('compares nothing in development (no build of its own) or when the server names none', async () => {
    vi.stubEnv('VITE_INDSATS_BUILD', '');
    answer(200, '{"a":1}', 'build-2');
    expect(await api.get('/x')).toEqual({ a: 1 });
    vi.stubEnv('VITE_INDSATS_BUILD', 'build-1');
    answer(200, '{"a":2}');
    expect(await api.get('/x')).toEqual({ a: 2 });
  });

  it('turns an answer that is not JSON into an error, and a problem into its status, code and fields', async () => {
    answer(200, '<html>proxy</html>');
    expect((await failure(api.get('/x')))?.code).toBe('unexpected_answer');
    answer(
      409,
      '{"code":"stale_version","detail":"Ændret af en anden","errors":[{"field":"title","message":"M"}]}',
    );
    const e = await failure(api.patch('/activities/1', { version: 1 }));
    expect([e?.status, e?.code, e?.message, e?.fieldErrors]).toEqual([
      409,
      'stale_version',
      'Ændret af en anden',
      { title: 'M' },
    ]);
  });

  it('takes a 204 and a delete without a body', async () => {
    answer(204, null);
    expect(await api.delete('/activities/1?version=1')).toBeUndefined();
  });
});
