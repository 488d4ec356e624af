/**
 * Example requests for the five routes of every resource (see routes-table.ts): reads of stored records, updates
 * and deletes at a stale version (409 once through the check), and creations that mostly break a rule checked
 * after it (422); the few that succeed add records nothing else relies on.
 */
import type { Permission } from '../../src/domain/permissions';
import { GLOBAL, ON_I1, ON_I2, ON_J1, ON_P, ON_Q, type On, type RouteSpec } from './rules';
import type { World } from './world';

/** A version no record has. */
export const STALE = 999;
/** An id no record has. */
export const MISSING = 999_999;
export const API = '/api/v1';

interface ResourceSpec {
  path: string;
  read: Permission;
  write: Permission;
  /** What creating needs, where it is not `write`. */
  create?: Permission;
  /** Stored records to read, update and delete, with what each belongs to. */
  objects: { id: number; on: On }[];
  /** Bodies to create with, with what each would belong to. */
  creates: { body: unknown; on: On }[];
}

/** The five routes of a resource. */
function resource(r: ResourceSpec): Record<string, RouteSpec> {
  const base = `${API}/${r.path}`;
  return {
    [`GET ${base}`]: { permission: r.read, cases: [{ url: `${base}?pageSize=5`, on: GLOBAL }] },
    [`GET ${base}/:id`]: {
      permission: r.read,
      cases: r.objects.map((o) => ({ url: `${base}/${o.id}`, on: o.on })),
    },
    [`POST ${base}`]: {
      permission: r.create ?? r.write,
      cases: r.creates.map((c) => ({ url: base, body: c.body, on: c.on })),
    },
    [`PATCH ${base}/:id`]: {
      permission: r.write,
      cases: r.objects.map((o) => ({ url: `${base}/${o.id}`, body: { version: STALE }, on: o.on })),
    },
    [`DELETE ${base}/:id`]: {
      permission: r.write,
      cases: r.objects.map((o) => ({ url: `${base}/${o.id}?version=${STALE}`, on: o.on })),
    },
  };
}

function activity(initiativeId: number): unknown {
  return {
    initiativeId,
    state: 'done',
    kind: 'teater',
    title: 'Forestilling',
    dateFrom: '2018-05-01',
    dateTo: '2018-05-01',
    partnerId: MISSING,
  };
}

/** The example requests of every resource's routes. */
export function resourceRoutes(w: World): Record<string, RouteSpec> {
  const ref = (path: string, id: number, body: unknown): ResourceSpec => ({
    path,
    read: 'reference:read',
    write: 'reference:write',
    objects: [{ id, on: GLOBAL }],
    creates: [{ body, on: GLOBAL }],
  });
  const specs: ResourceSpec[] = [
    ref('units', w.unit, { code: 'NY', name: 'Ny forvaltning' }),
    ref('partners', w.partner, { name: 'Ny partner' }),
    ref('target-groups', w.targetGroup, { name: 'ny målgruppe' }),
    {
      ...ref('venues', w.venue, { name: 'Ny skole', kind: 'folkeskole', unitId: MISSING }),
      create: 'venue:create',
    },
    {
      path: 'plans',
      read: 'plan:read',
      write: 'plan:write',
      create: 'plan:create',
      objects: [
        { id: w.P, on: ON_P },
        { id: w.Q, on: ON_Q },
      ],
      creates: [
        {
          body: {
            slug: 'ny',
            title: 'Ny',
            theme: 'tema',
            periodFrom: '2018-01-01',
            periodTo: '2018-12-31',
            unitId: MISSING,
          },
          on: GLOBAL,
        },
      ],
    },
    {
      path: 'initiatives',
      read: 'plan:read',
      write: 'initiative:write',
      objects: [
        { id: w.I1, on: ON_I1 },
        { id: w.J1, on: ON_J1 },
      ],
      creates: [
        { body: { planId: w.P, number: 9, title: 'Ny', unitId: MISSING }, on: ON_P },
        { body: { planId: null, kind: 'other', title: 'Uden plan', unitId: MISSING }, on: GLOBAL },
      ],
    },
    {
      path: 'targets',
      read: 'plan:read',
      write: 'target:write',
      objects: [
        { id: w.T1, on: ON_I1 },
        { id: w.TJ, on: ON_J1 },
      ],
      creates: [
        {
          body: {
            initiativeId: w.I1,
            metricKind: 'manual',
            value: 1,
            unitLabel: 'x',
            dueDate: '2018-12-31',
            targetGroupIds: [MISSING],
          },
          on: ON_I1,
        },
      ],
    },
    {
      path: 'funding',
      read: 'plan:read',
      write: 'funding:write',
      objects: [{ id: w.F1, on: ON_I1 }],
      creates: [{ body: { initiativeId: w.I1, amount: 1000, yearFrom: 2018, yearTo: 2018 }, on: ON_I1 }],
    },
    {
      path: 'expenditures',
      read: 'plan:read',
      write: 'funding:write',
      objects: [{ id: w.E1, on: ON_I1 }],
      creates: [{ body: { initiativeId: w.I1, year: 2019, amount: 1000 }, on: ON_I1 }],
    },
    {
      path: 'activities',
      read: 'plan:read',
      write: 'activity:write',
      objects: [
        { id: w.A1own, on: { ...ON_I1, createdBy: 'contribI1' } },
        { id: w.A1other, on: { ...ON_I1, createdBy: 'admin' } },
        { id: w.A2, on: { ...ON_I2, createdBy: 'admin' } },
      ],
      creates: [
        { body: activity(w.I1), on: ON_I1 },
        { body: activity(w.I2), on: ON_I2 },
        { body: activity(w.J1), on: ON_J1 },
      ],
    },
    {
      path: 'measurements',
      read: 'plan:read',
      write: 'measurement:write',
      objects: [{ id: w.M1, on: ON_I1 }],
      creates: [
        { body: { targetId: w.T1, value: 50, asOf: '2018-07-01' }, on: ON_I1 },
        { body: { targetId: w.T2, value: 50, asOf: '2018-07-01' }, on: ON_I2 },
      ],
    },
    {
      path: 'users',
      read: 'user:admin',
      write: 'user:admin',
      objects: [{ id: w.victim, on: GLOBAL }],
      creates: [{ body: { email: 'ny@kk.dk', name: 'Ny', unitId: MISSING }, on: GLOBAL }],
    },
    {
      path: 'rounds',
      read: 'plan:read',
      write: 'round:write',
      objects: [{ id: w.round, on: ON_P }],
      creates: [{ body: { planId: w.Q, title: 'Runde på Q', asOf: '2018-09-01' }, on: ON_Q }],
    },
  ];
  return Object.assign({}, ...specs.map(resource)) as Record<string, RouteSpec>;
}
