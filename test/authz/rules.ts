/**
 * The expected permissions, written from the issue's role rules (not imported from src/auth, so a change there
 * must be made on purpose here too):
 * - admin: everything, users, reference lists;
 * - coordinator of a plan: the plan's set-up, rounds, approve/return, close, memo, its initiatives' history; and,
 *   coordinating any plan, creating a new plan (whose coordinator it then becomes);
 * - owner of an initiative: its activities, its targets' measurements, its status text, its history;
 * - contributor on an initiative: registers activities there, and changes only those it registered;
 * - coordinators, owners and contributors: add a venue while registering an activity (changing, deleting and
 *   merging venues is the administrators');
 * - reader (a person or an API token): reads everything not restricted (users, tokens and the audit log are).
 */
import type { Permission } from '../../src/domain/permissions';
import type { Who } from './world';

/** What a request's object belongs to; `createdBy` is the person who registered an activity. */
export interface On {
  plan?: 'P' | 'Q';
  initiative?: 'I1' | 'I2' | 'J1';
  createdBy?: Who;
}

export const GLOBAL: On = {};
export const ON_P: On = { plan: 'P' };
export const ON_Q: On = { plan: 'Q' };
export const ON_I1: On = { plan: 'P', initiative: 'I1' };
export const ON_I2: On = { plan: 'P', initiative: 'I2' };
export const ON_J1: On = { plan: 'Q', initiative: 'J1' };

/** Open to every signed-in role. */
const READS: Permission[] = ['plan:read', 'reference:read', 'memo:read'];
/** A coordinator's rights inside its plan. */
const COORDINATOR: Permission[] = [
  'plan:write',
  'initiative:write',
  'target:write',
  'funding:write',
  'activity:write',
  'measurement:write',
  'assessment:write',
  'round:write',
  'status:write',
  'status:approve',
  'history:read',
];
/** What coordinating any plan grants outside it: setting up a new plan. */
const ANY_COORDINATOR: Permission[] = ['plan:create'];
/** What everyone who registers activities may do anywhere: add a venue (it belongs to no plan). */
const ANY_REGISTRAR: Permission[] = ['venue:create'];
/** An owner's rights on its initiative. */
const OWNER: Permission[] = ['activity:write', 'measurement:write', 'status:write', 'history:read'];

/** One example request of a route. */
export interface Case {
  /** The concrete URL (with a query where the route needs one); may depend on who asks. */
  url: string | ((who: Who) => string);
  body?: unknown;
  on: On;
  /** For `self` routes: who the service lets through (the route lets every identity in). */
  may?: (who: Who) => boolean;
}

/** A route's declared permission and its example requests. */
export interface RouteSpec {
  permission: Permission;
  cases: Case[];
}

function contributes(on: On, initiative: On['initiative'], who: Who): boolean {
  return on.initiative === initiative && (on.createdBy === undefined || on.createdBy === who);
}

/** Whether `who` may send this request, by the rules above. */
export function expectAllowed(who: Who, permission: Permission, c: Case): boolean {
  if (permission === 'public') return true;
  if (who === 'anonymous') return false;
  if (c.may) return c.may(who);
  if (permission === 'self' || who === 'admin' || READS.includes(permission)) return true;
  if (ANY_REGISTRAR.includes(permission)) return who !== 'reader' && who !== 'readerToken';
  switch (who) {
    case 'coordP':
      return ANY_COORDINATOR.includes(permission) || (COORDINATOR.includes(permission) && c.on.plan === 'P');
    case 'coordQ':
      return ANY_COORDINATOR.includes(permission) || (COORDINATOR.includes(permission) && c.on.plan === 'Q');
    case 'ownerI1':
      return OWNER.includes(permission) && c.on.initiative === 'I1';
    case 'contribI1':
      return permission === 'activity:write' && contributes(c.on, 'I1', who);
    case 'contribI2':
      return permission === 'activity:write' && contributes(c.on, 'I2', who);
    case 'reader':
    case 'readerToken':
      return false;
  }
}
