/**
 * What an integrator writes: a client typed by openapi-typescript from /api/docs/json that signs in with an API
 * token and reads a plan's progress. test/api/openapi-client.test.ts generates ./indsats-api.d.ts from the served
 * document into a temporary folder, type-checks this folder against it and runs the client against the app. The
 * generated file exists only there, so this folder is left out of the project's own type-check and lint.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './indsats-api';

/** A refusal, as the API describes it. */
export type Problem = components['schemas']['Problem'];

/** The integrator's own status type: the generated one must be exactly these five words. */
export type Status = 'not_met' | 'at_risk' | 'no_data' | 'on_track' | 'met';

/** One target of the plan, as the integrator's data warehouse stores it. */
export interface TargetRow {
  initiative: string;
  targetId: number;
  actual: number | null;
  expected: number;
  forecast: number | null;
  status: Status;
}

/** A client for the API at `baseUrl` that sends the token with every request. */
export function indsatsClient(baseUrl: string, token: string) {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
}
export type IndsatsClient = ReturnType<typeof indsatsClient>;

/** Every target of a plan (by id or slug) as of a date, or the refusal. */
export async function planProgress(
  client: IndsatsClient,
  plan: string,
  asOf: string,
): Promise<
  { ok: true; title: string | null; rows: TargetRow[] } | { ok: false; status: number; problem: Problem }
> {
  const { data, error, response } = await client.GET('/api/v1/plans/{plan}/progress', {
    params: { path: { plan }, query: { asOf } },
  });
  if (error) return { ok: false, status: response.status, problem: error };
  const rows = data.initiatives.flatMap((i) =>
    i.targets.map((t) => ({
      initiative: i.title,
      targetId: t.id,
      actual: t.actual,
      expected: t.expected,
      forecast: t.forecast,
      status: t.status,
    })),
  );
  return { ok: true, title: data.plan?.title ?? null, rows };
}
