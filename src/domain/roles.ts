/**
 * Roles and what they may do. A person (or an API token) holds role assignments; coordinator assignments are scoped
 * to a plan, owner and contributor assignments to an initiative; admin and reader are global.
 */
import type { Permission } from './permissions';

export const ROLES = ['admin', 'coordinator', 'owner', 'contributor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** What the scope of an assignment is: nothing (global), a plan, or an initiative. */
export const ROLE_SCOPE: Record<Role, 'global' | 'plan' | 'initiative'> = {
  admin: 'global',
  coordinator: 'plan',
  owner: 'initiative',
  contributor: 'initiative',
  reader: 'global',
};

/** Reading is open to every signed-in role: the plan, its figures, reference lists and memos are not restricted. */
const READ: Permission[] = ['plan:read', 'reference:read', 'memo:read'];
/**
 * What a role grants wherever it holds it, whatever the scope of its assignment: reading, creating a new plan (a
 * coordinator of any plan may set up another; the plan does not exist yet, so no scope can name it), and adding a
 * venue (a place belongs to no plan or initiative; whoever registers activities may name a new one).
 */
const UNSCOPED: readonly Permission[] = [...READ, 'plan:create', 'venue:create'];

/** The permissions each role grants within its scope. `admin` holds every permission everywhere. */
export const ROLE_PERMISSIONS: Record<Exclude<Role, 'admin'>, readonly Permission[]> = {
  coordinator: [
    ...READ,
    'plan:create',
    'plan:write',
    'initiative:write',
    'target:write',
    'funding:write',
    'activity:write',
    'venue:create',
    'measurement:write',
    'assessment:write',
    'round:write',
    'status:write',
    'status:approve',
    'history:read',
  ],
  owner: [...READ, 'activity:write', 'venue:create', 'measurement:write', 'status:write', 'history:read'],
  contributor: [...READ, 'activity:write', 'venue:create'],
  reader: READ,
};

/** One assignment as authorization sees it. */
export interface Assignment {
  role: Role;
  planId: number | null;
  initiativeId: number | null;
}

/** The object a request acts on, as far as authorization needs it. */
export interface Scope {
  planId?: number | null;
  initiativeId?: number | null;
  /** For activities: who registered it (contributors may change only their own). */
  createdBy?: string | null;
}

/** Whether one assignment grants a permission on a scope. */
export function grants(a: Assignment, permission: Permission, scope: Scope, principalKey: string): boolean {
  if (a.role === 'admin') return true;
  if (!ROLE_PERMISSIONS[a.role].includes(permission)) return false;
  if (UNSCOPED.includes(permission)) return true;
  switch (ROLE_SCOPE[a.role]) {
    case 'global':
      return true;
    case 'plan':
      return scope.planId != null && scope.planId === a.planId;
    case 'initiative': {
      if (scope.initiativeId == null || scope.initiativeId !== a.initiativeId) return false;
      if (a.role !== 'contributor' || permission !== 'activity:write') return true;
      // A contributor registers new activities and edits only those it registered.
      return scope.createdBy === undefined || scope.createdBy === principalKey;
    }
  }
}
