/** What the signed-in person may do, with the server's own role rules (the server still decides). */
import { grants, type Scope } from '../../../../src/domain/roles';
import type { Permission } from '../../../../src/domain/permissions';
import type { Me } from '../../api/types';

/** Whether the person holds the permission on the scope. */
export function may(me: Me | null | undefined, permission: Permission, scope: Scope): boolean {
  if (!me) return false;
  return me.roles.some((a) => grants(a, permission, scope, `${me.kind}:${me.id}`));
}

/** The initiatives the person works on as owner or contributor. */
export function myInitiativeIds(me: Me | null | undefined): number[] {
  return (me?.roles ?? [])
    .filter((a) => (a.role === 'owner' || a.role === 'contributor') && a.initiativeId !== null)
    .map((a) => a.initiativeId as number);
}
