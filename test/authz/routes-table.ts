/**
 * An example request for every route of the API, keyed "METHOD /url/pattern" as Fastify registers it. The matrix
 * test fails for a registered route that is missing here, so a new route cannot go untested.
 *
 * Requests that get through the check are built not to change the world the later requests rely on: updates and
 * deletes name a stale version (409), most creations break a rule checked after the permission (422).
 */
import type { Permission } from '../../src/domain/permissions';
import { API, resourceRoutes, STALE } from './routes-resources';
import { GLOBAL, ON_I1, ON_I2, ON_J1, ON_P, ON_Q, type Case, type On, type RouteSpec } from './rules';
import type { World } from './world';

function one(permission: Permission, ...cases: Case[]): RouteSpec {
  return { permission, cases };
}

function rounds(w: World): Record<string, RouteSpec> {
  const r = `${API}/rounds/${w.round}`;
  const u = `${API}/rounds/:id/updates/:initiativeId`;
  const step = (action: string, ...inis: [number, On][]) =>
    inis.map(([ini, on]) => ({
      url: `${r}/updates/${ini}/${action}`,
      body: { version: STALE, comment: 'Uddyb.' },
      on,
    }));
  return {
    [`GET ${API}/rounds/:id/updates`]: one('plan:read', { url: `${r}/updates`, on: ON_P }),
    [`PUT ${u}`]: one(
      'status:write',
      { url: `${r}/updates/${w.I1}`, body: { text: 'Ny tekst', version: STALE }, on: ON_I1 },
      { url: `${r}/updates/${w.I2}`, body: { text: 'Ny tekst', version: STALE }, on: ON_I2 },
    ),
    [`POST ${u}/submit`]: one('status:write', ...step('submit', [w.I1, ON_I1], [w.I2, ON_I2])),
    [`POST ${u}/approve`]: one('status:approve', ...step('approve', [w.I1, ON_I1])),
    [`POST ${u}/return`]: one('status:approve', ...step('return', [w.I1, ON_I1])),
    [`POST ${u}/draft-text`]: one(
      'status:write',
      { url: `${r}/updates/${w.I1}/draft-text`, on: ON_I1 },
      { url: `${r}/updates/${w.I2}/draft-text`, on: ON_I2 },
    ),
    [`GET ${u}/history`]: one('plan:read', { url: `${r}/updates/${w.I1}/history`, on: ON_P }),
    [`GET ${u}/tokens`]: one('plan:read', { url: `${r}/updates/${w.I1}/tokens`, on: ON_P }),
    [`POST ${API}/rounds/:id/close`]: one('round:write', {
      url: `${r}/close`,
      body: { version: STALE },
      on: ON_P,
    }),
    [`POST ${API}/rounds/:id/reopen`]: one('round:write', {
      url: `${r}/reopen`,
      body: { version: STALE, reason: 'Rettelse' },
      on: ON_P,
    }),
    [`GET ${API}/rounds/:id/memo.:format`]: one('memo:read', { url: `${r}/memo.html`, on: ON_P }),
    [`GET ${API}/plans/:plan/memo.:format`]: one('memo:read', {
      url: `${API}/plans/${w.slugP}/memo.html?asOf=2018-09-01`,
      on: ON_P,
    }),
  };
}

/** Every route's example requests. */
export function routeTable(w: World): Record<string, RouteSpec> {
  const person = (who: string) => who !== 'readerToken';
  return {
    'GET /healthz': one('public', { url: '/healthz', on: GLOBAL }),
    // The web app's pages and assets (registered only when web/dist is built).
    'GET /*': one('public', { url: '/planer/integrationshandleplan-2017-18', on: GLOBAL }),
    'GET /readyz': one('public', { url: '/readyz', on: GLOBAL }),
    [`POST ${API}/auth/login`]: one('public', {
      url: `${API}/auth/login`,
      body: { email: 'x', password: '' },
      on: GLOBAL,
    }),
    [`POST ${API}/auth/logout`]: one('self', { url: `${API}/auth/logout`, on: GLOBAL }),
    [`GET ${API}/auth/me`]: one('self', { url: `${API}/auth/me`, on: GLOBAL }),
    [`GET ${API}/auth/oidc/status`]: one('public', { url: `${API}/auth/oidc/status`, on: GLOBAL }),
    [`GET ${API}/auth/oidc/login`]: one('public', { url: `${API}/auth/oidc/login`, on: GLOBAL }),
    [`GET ${API}/auth/oidc/callback`]: one('public', {
      url: `${API}/auth/oidc/callback?code=c&state=s`,
      on: GLOBAL,
    }),
    [`PUT ${API}/users/:id/password`]: one(
      'self',
      {
        url: `${API}/users/${w.victim}/password`,
        body: { password: 'kort' },
        on: GLOBAL,
        may: (who) => who === 'admin',
      },
      {
        url: (who) =>
          `${API}/users/${who in w.userId ? w.userId[who as keyof World['userId']] : w.victim}/password`,
        body: { password: 'kort' },
        on: GLOBAL,
        may: person,
      },
    ),
    [`GET ${API}/tokens`]: one('user:admin', { url: `${API}/tokens`, on: GLOBAL }),
    [`POST ${API}/tokens`]: one('user:admin', {
      url: `${API}/tokens`,
      body: { name: 'Ny', roles: [{ role: 'coordinator' }] },
      on: GLOBAL,
    }),
    [`DELETE ${API}/tokens/:id`]: one('user:admin', { url: `${API}/tokens/${w.revokedTokenId}`, on: GLOBAL }),
    [`PUT ${API}/initiatives/:id/assessment`]: one(
      'assessment:write',
      ...(
        [
          [w.I1, ON_I1],
          [w.J1, ON_J1],
        ] as const
      ).map(([id, on]) => ({
        url: `${API}/initiatives/${id}/assessment`,
        body: { status: 'on_track', reason: 'Vurderet', version: STALE },
        on,
      })),
    ),
    [`DELETE ${API}/initiatives/:id/assessment`]: one('assessment:write', {
      url: `${API}/initiatives/${w.I1}/assessment?version=${STALE}`,
      on: ON_I1,
    }),
    [`GET ${API}/plans/:plan/progress`]: one('plan:read', {
      url: `${API}/plans/${w.P}/progress?asOf=2018-12-31`,
      on: ON_P,
    }),
    [`GET ${API}/initiatives/:id/series`]: one('plan:read', {
      url: `${API}/initiatives/${w.I1}/series?asOf=2018-12-31`,
      on: ON_I1,
    }),
    [`GET ${API}/initiatives/:id/history`]: one(
      'history:read',
      { url: `${API}/initiatives/${w.I1}/history?pageSize=5`, on: ON_I1 },
      { url: `${API}/initiatives/${w.I2}/history?pageSize=5`, on: ON_I2 },
      { url: `${API}/initiatives/${w.J1}/history?pageSize=5`, on: ON_J1 },
    ),
    // Merging an entry into itself is refused after the permission check (422): nothing changes.
    ...Object.fromEntries(
      (
        [
          ['venues', w.venue],
          ['partners', w.partner],
          ['target-groups', w.targetGroup],
        ] as const
      ).map(([path, id]) => [
        `POST ${API}/${path}/:id/merge`,
        one('reference:write', {
          url: `${API}/${path}/${id}/merge`,
          body: { into: id, version: STALE },
          on: GLOBAL,
        }),
      ]),
    ),
    [`POST ${API}/targets/evaluate`]: one('target:write', {
      url: `${API}/targets/evaluate`,
      body: { initiativeId: w.I1, metricKind: 'count', value: 4, dueDate: '2018-12-31' },
      on: ON_I1,
    }),
    [`GET ${API}/plans/:plan/export.xlsx`]: one('plan:read', {
      url: `${API}/plans/${w.slugP}/export.xlsx`,
      on: ON_P,
    }),
    [`GET ${API}/plans/:plan/export.csv`]: one('plan:read', {
      url: `${API}/plans/${w.P}/export.csv?sheet=aktiviteter`,
      on: ON_P,
    }),
    // A JSON body is not an upload: an allowed caller gets 400, and nothing is read or written.
    [`POST ${API}/plans/:plan/import`]: one(
      'plan:write',
      { url: `${API}/plans/${w.slugP}/import?apply=true`, body: {}, on: ON_P },
      { url: `${API}/plans/${w.Q}/import?apply=true`, body: {}, on: ON_Q },
    ),
    [`GET ${API}/progress`]: one('plan:read', { url: `${API}/progress?asOf=2018-12-31`, on: GLOBAL }),
    // Reading a memo changes nothing; the apply example is refused after the check (a blocking review mark).
    [`POST ${API}/memo-imports`]: one('memo:import', {
      url: `${API}/memo-imports`,
      body: { text: 'Ikke et notat' },
      on: GLOBAL,
    }),
    [`POST ${API}/memo-imports/file`]: one('memo:import', {
      url: `${API}/memo-imports/file`,
      body: { text: 'Ikke et notat' },
      on: GLOBAL,
    }),
    [`POST ${API}/memo-imports/apply`]: one('memo:import', {
      url: `${API}/memo-imports/apply`,
      body: {
        document: {
          plan: {
            slug: 'fra-notat',
            title: 'Fra notat',
            theme: 'tema',
            periodFrom: '2018-01-01',
            periodTo: '2018-12-31',
          },
        },
        review: [{ path: 'rounds.0.asOf', message: 'Datoen mangler.', blocking: true }],
      },
      on: GLOBAL,
    }),
    [`GET ${API}/audit`]: one('audit:read', { url: `${API}/audit?pageSize=5`, on: GLOBAL }),
    [`GET ${API}/audit.csv`]: one('audit:read', { url: `${API}/audit.csv?entityType=plan`, on: GLOBAL }),
    [`GET ${API}/settings/days-off`]: one('plan:read', { url: `${API}/settings/days-off`, on: GLOBAL }),
    [`PUT ${API}/settings/days-off`]: one('settings:write', {
      url: `${API}/settings/days-off`,
      body: { grundlovsdag: false, juleaftensdag: true, nytaarsaftensdag: true, version: STALE },
      on: GLOBAL,
    }),
    ...resourceRoutes(w),
    ...rounds(w),
  };
}
