/** People: accounts with e-mail, name, unit and role assignments. Administered by admins. */
import { ruleViolation } from '../../domain/problem';
import { patchOf } from '../../schemas/common';
import { ROLE_SCOPE, type Role } from '../../domain/roles';
import { recordMetaOf, type ResourceDef } from '../shared/resource';
import { checkRefs } from '../shared/service';
import { RoleInput, UserInput, User, UserQuery } from '../../schemas/users';

interface Extra {
  roles: RoleInput[];
}

/** Check that each assignment has exactly the scope its role needs. */
export function checkRoles(roles: RoleInput[], field = 'roles'): void {
  roles.forEach((r, n) => {
    const scope = ROLE_SCOPE[r.role];
    const ok =
      scope === 'global'
        ? r.planId === null && r.initiativeId === null
        : scope === 'plan'
          ? r.planId !== null && r.initiativeId === null
          : r.initiativeId !== null && r.planId === null;
    if (!ok) {
      const need =
        scope === 'global'
          ? 'hverken plan eller indsats'
          : scope === 'plan'
            ? 'en plan (planId)'
            : 'en indsats (initiativeId)';
      throw ruleViolation(
        `${field}.${n}`,
        `Rollen ${r.role} skal have ${need}.`,
        `Role ${r.role} needs ${scope} scope.`,
      );
    }
  });
}

export const users: ResourceDef<'users', User, UserInput, Extra> = {
  path: 'users',
  table: 'users',
  entity: 'user',
  label: { da: 'Bruger', en: 'User' },
  names: { one: 'user', many: 'users', a: 'a user' },
  permission: { read: 'user:admin', write: 'user:admin' },
  schemas: {
    create: UserInput,
    update: patchOf(UserInput),
    out: User,
    query: UserQuery,
  },
  filters: [{ param: 'email', column: 'email', op: '=' }],
  order: ['email'],
  refs: [{ field: 'unitId', table: 'units', labelDa: 'Forvaltning', labelEn: 'Unit' }],
  toRow: (i) => ({ email: i.email, name: i.name, unitId: i.unitId, active: i.active ? 1 : 0 }),
  fromRow: (r, extra) => ({
    ...recordMetaOf(r),
    email: r.email,
    name: r.name,
    unitId: r.unitId,
    active: r.active === 1,
    roles: extra?.roles ?? [],
    hasPassword: r.passwordHash !== null,
    singleSignOn: r.oidcSubject !== null,
  }),
  children: {
    async load(db, ids) {
      const map = new Map<number, Extra>();
      for (const i of ids) map.set(i, { roles: [] });
      if (ids.length === 0) return map;
      const rows = await db
        .selectFrom('roleAssignments')
        .selectAll()
        .where('userId', 'in', ids)
        .orderBy('id')
        .execute();
      for (const r of rows)
        map
          .get(r.userId!)
          ?.roles.push({ role: r.role as Role, planId: r.planId, initiativeId: r.initiativeId });
      return map;
    },
    async save(trx, userId, input, fresh) {
      if (!fresh) {
        await trx.deleteFrom('roleAssignments').where('userId', '=', userId).execute();
      }
      const now = new Date().toISOString();
      if (input.roles.length > 0) {
        await trx
          .insertInto('roleAssignments')
          .values(input.roles.map((r) => ({ userId, tokenId: null, ...r, createdAt: now })))
          .execute();
      }
    },
  },
  async check(db, input) {
    checkRoles(input.roles);
    await checkRefs(
      db,
      { refs: [{ field: 'roles', table: 'plans', labelDa: 'Handleplan', labelEn: 'Plan' }] },
      {
        roles: input.roles.map((r) => r.planId).filter((v) => v !== null),
      },
    );
    await checkRefs(
      db,
      { refs: [{ field: 'roles', table: 'initiatives', labelDa: 'Indsats', labelEn: 'Initiative' }] },
      {
        roles: input.roles.map((r) => r.initiativeId).filter((v) => v !== null),
      },
    );
  },
};
