/** Who is asking: a signed-in person or an API token, with its role assignments. */
import { Problem } from '../domain/problem';
import type { Permission } from '../domain/permissions';
import { grants, ROLE_PERMISSIONS, type Assignment, type Scope } from '../domain/roles';

/** An authenticated identity. */
export interface Principal {
  kind: 'user' | 'token' | 'system';
  id: number;
  /** "user:5" / "token:2": stable key, e.g. for an activity's creator. */
  key: string;
  /** Shown in the audit log: the person's e-mail, or "token:<name>". */
  label: string;
  name: string;
  assignments: Assignment[];
}

/** 401: no identity. */
export function unauthenticated(): Problem {
  return new Problem(401, 'unauthenticated', 'Du skal logge ind.', 'You must sign in.');
}

/** 403: a known identity without the right. Says nothing about whether the object exists. */
export function forbidden(): Problem {
  return new Problem(
    403,
    'forbidden',
    'Du har ikke rettighed til at gøre dette.',
    'You are not allowed to do this.',
  );
}

/** Throw unless the principal may do `permission` on `scope`; `public` needs no identity. */
export function authorize(principal: Principal | null, permission: Permission, scope: Scope = {}): void {
  if (permission === 'public') return;
  if (!principal) throw unauthenticated();
  if (principal.kind === 'system' || permission === 'self') return;
  if (!principal.assignments.some((a) => grants(a, permission, scope, principal.key))) throw forbidden();
}

/** Whether the principal holds the permission in some scope: the route-level check before any data is read. */
export function mayEver(principal: Principal, permission: Permission): boolean {
  if (principal.kind === 'system' || permission === 'self' || permission === 'public') return true;
  return principal.assignments.some(
    (a) => a.role === 'admin' || ROLE_PERMISSIONS[a.role].includes(permission),
  );
}

/** The CLI's and the loaders' identity: a named local operator holding every permission. */
export function systemPrincipal(label: string): Principal {
  return { kind: 'system', id: 0, key: `system:${label}`, label, name: label, assignments: [] };
}
