/** Who may use the administration: the permissions its pages need (the server still refuses the rest). */
import type { Permission } from '../../../../src/domain/permissions';
import type { Me } from '../../api/types';
import { may } from '../auth/permissions';

/** The permission each part of the administration needs. */
export const ADMIN_PERMISSIONS = {
  people: 'user:admin',
  lists: 'reference:write',
  tokens: 'user:admin',
  audit: 'audit:read',
  daysOff: 'settings:write',
} as const satisfies Record<string, Permission>;

export type AdminPart = keyof typeof ADMIN_PERMISSIONS;

/** Whether the person may use this part of the administration. */
export const mayAdminister = (me: Me | null | undefined, part: AdminPart): boolean =>
  may(me, ADMIN_PERMISSIONS[part], {});

/** Whether the person may use any part of it (the navigation's "Administration"). */
export const mayAdministerAny = (me: Me | null | undefined): boolean =>
  (Object.keys(ADMIN_PERMISSIONS) as AdminPart[]).some((p) => mayAdminister(me, p));
