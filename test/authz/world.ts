/**
 * A small world for the authorization tests: plan P with initiatives I1 and I2, plan Q with J1, their targets,
 * measurements, funding and activities, a round on P with drafted status updates, and people in every role (plus
 * an API token with the reader role). Accounts are created once per file: argon2 makes each sign-in cost.
 */
import type { LightMyRequestResponse } from 'fastify';
import { systemContext } from '../../src/auth/context';
import { createAccount } from '../../src/features/users/accounts';
import type { RoleInput } from '../../src/schemas/users';
import { authHeaders, create, signIn, type TestApp } from '../api';
import {
  makeActivity,
  makeExpenditure,
  makeFunding,
  makeInitiative,
  makeMeasurement,
  makePartner,
  makePlan,
  makeTarget,
  makeTargetGroup,
  makeUnit,
  makeVenue,
} from '../factories';

/** Everyone who asks: nobody, the people of the world, and an integration. */
export const WHO = [
  'anonymous',
  'admin',
  'coordP',
  'coordQ',
  'ownerI1',
  'contribI1',
  'contribI2',
  'reader',
  'readerToken',
] as const;
export type Who = (typeof WHO)[number];
/** The people with an account of their own (the admin is the test administrator). */
export type Person = Exclude<Who, 'anonymous' | 'admin' | 'readerToken'>;

/** Every person's password (long enough, not a common one). */
export const PASSWORD = 'en lang og hemmelig sætning';

/** The e-mail of each person. */
export const EMAIL: Record<Person | 'admin', string> = {
  admin: 'test@kk.dk',
  coordP: 'koordinator.p@kk.dk',
  coordQ: 'koordinator.q@kk.dk',
  ownerI1: 'ejer.i1@kk.dk',
  contribI1: 'bidrag.i1@kk.dk',
  contribI2: 'bidrag.i2@kk.dk',
  reader: 'laeser@kk.dk',
};

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Headers = Record<string, string>;

/** The ids of the world and the credentials of everyone in it. */
export interface World {
  unit: number;
  partner: number;
  targetGroup: number;
  venue: number;
  P: number;
  Q: number;
  slugP: string;
  I1: number;
  I2: number;
  J1: number;
  /** Manual targets of I1, I2 and J1. */
  T1: number;
  T2: number;
  TJ: number;
  M1: number;
  F1: number;
  E1: number;
  /** Activities on I1: registered by the contributor on I1, and by the administrator. */
  A1own: number;
  A1other: number;
  A2: number;
  /** An open round on P; I1 and I2 have drafted status updates. */
  round: number;
  /** A user only administrators may change. */
  victim: number;
  userId: Record<Person | 'admin', number>;
  tokenSecret: string;
  tokenId: number;
  revokedTokenId: number;
  headers: Record<Who, Headers>;
}

function roles(who: Person, w: Pick<World, 'P' | 'Q' | 'I1' | 'I2'>): Partial<RoleInput>[] {
  switch (who) {
    case 'coordP':
      return [{ role: 'coordinator', planId: w.P }];
    case 'coordQ':
      return [{ role: 'coordinator', planId: w.Q }];
    case 'ownerI1':
      return [{ role: 'owner', initiativeId: w.I1 }];
    case 'contribI1':
      return [{ role: 'contributor', initiativeId: w.I1 }];
    case 'contribI2':
      return [{ role: 'contributor', initiativeId: w.I2 }];
    case 'reader':
      return [{ role: 'reader' }];
  }
}

/** Send a JSON request with the given headers. */
export function send(
  t: TestApp,
  headers: Headers,
  method: Method,
  url: string,
  body?: unknown,
): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
}

/** Send and demand a status; return the JSON body. */
export async function must<T = { id: number; version: number }>(
  res: Promise<LightMyRequestResponse>,
  status = 200,
): Promise<T> {
  const r = await res;
  if (r.statusCode !== status) throw new Error(`expected ${status}, got ${r.statusCode}: ${r.body}`);
  return r.json<T>();
}

/** Build the world on a started test app (signed in as the administrator). */
export async function buildWorld(t: TestApp): Promise<World> {
  const app = t.app;
  const unit = (await makeUnit(app)).id;
  const partner = (await makePartner(app)).id;
  const targetGroup = (await makeTargetGroup(app)).id;
  const venue = (await makeVenue(app, { unitId: unit })).id;
  const planP = await makePlan(app);
  const P = planP.id;
  const Q = (await makePlan(app)).id;
  const I1 = (await makeInitiative(app, { planId: P, number: 1 })).id;
  const I2 = (await makeInitiative(app, { planId: P, number: 2 })).id;
  const J1 = (await makeInitiative(app, { planId: Q, number: 1 })).id;
  const manual = { metricKind: 'manual', value: 80, unitLabel: 'pct.' };
  const T1 = (await makeTarget(app, { ...manual, initiativeId: I1 })).id;
  const T2 = (await makeTarget(app, { ...manual, initiativeId: I2 })).id;
  const TJ = (await makeTarget(app, { ...manual, initiativeId: J1 })).id;
  const M1 = (await makeMeasurement(app, { targetId: T1 })).id;
  const F1 = (await makeFunding(app, { initiativeId: I1 })).id;
  const E1 = (await makeExpenditure(app, { initiativeId: I1 })).id;
  const A1other = (await makeActivity(app, { initiativeId: I1 })).id;
  const A2 = (await makeActivity(app, { initiativeId: I2 })).id;
  const round = (await create(app, 'rounds', { planId: P, title: 'Status efterår 2018', asOf: '2018-09-01' }))
    .id;
  for (const ini of [I1, I2]) {
    await must(
      send(t, authHeaders(app), 'PUT', `/api/v1/rounds/${round}/updates/${ini}`, { text: `Kladde ${ini}.` }),
    );
  }

  const ids = { P, Q, I1, I2 };
  const userId = {} as World['userId'];
  const headers = { anonymous: {}, admin: authHeaders(app) } as World['headers'];
  const admin = await t.database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', EMAIL.admin)
    .executeTakeFirstOrThrow();
  userId.admin = admin.id;
  const people = Object.keys(EMAIL).filter((k): k is Person => k !== 'admin');
  for (const who of people) {
    const user = await createAccount(t.database.db, systemContext('test'), {
      email: EMAIL[who],
      name: who,
      roles: roles(who, ids),
      password: PASSWORD,
    });
    userId[who] = user.id;
    headers[who] = await signIn(app, EMAIL[who], PASSWORD);
  }
  const victim = (
    await createAccount(t.database.db, systemContext('test'), {
      email: 'offer@kk.dk',
      name: 'Offer',
      roles: [],
    })
  ).id;

  const token = await must<{ id: number; token: string }>(
    send(t, headers.admin, 'POST', '/api/v1/tokens', { name: 'Læseadgang', roles: [{ role: 'reader' }] }),
    201,
  );
  headers.readerToken = { authorization: `Bearer ${token.token}` };
  const revoked = await must(
    send(t, headers.admin, 'POST', '/api/v1/tokens', { name: 'Gammel', roles: [{ role: 'reader' }] }),
    201,
  );
  await must(send(t, headers.admin, 'DELETE', `/api/v1/tokens/${revoked.id}`));

  const A1own = (
    await must(
      send(t, headers.contribI1, 'POST', '/api/v1/activities', {
        initiativeId: I1,
        state: 'done',
        kind: 'workshop',
        title: 'Bidragyderens workshop',
        dateFrom: '2018-04-01',
        dateTo: '2018-04-01',
      }),
      201,
    )
  ).id;

  return {
    unit,
    partner,
    targetGroup,
    venue,
    P,
    Q,
    slugP: planP.slug,
    I1,
    I2,
    J1,
    T1,
    T2,
    TJ,
    M1,
    F1,
    E1,
    A1own,
    A1other,
    A2,
    round,
    victim,
    userId,
    tokenSecret: token.token,
    tokenId: token.id,
    revokedTokenId: revoked.id,
    headers,
  };
}

/** Rows in the audit log. */
export async function auditRows(t: TestApp): Promise<number> {
  const row = await t.database.db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
