/** Demo accounts, one per role, for trying the demo plan. Their password is printed by `indsats demo` and `npm start`. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/context';
import type { Role } from '../domain/roles';
import { resourceService } from '../features/shared/service';
import { createAccount, findUserByEmail } from '../features/users/accounts';
import { users } from '../features/users/resource';
import { RoleInput } from '../schemas/users';
import type { DB } from '../store/schema';

/** The demo password (demo data only; never used for real accounts). */
export const DEMO_PASSWORD = 'indsats-demo-2018';

/** A demo account and what it may do. */
export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** For scoped roles: the initiative number in the demo plan (owner, contributor) or the plan (coordinator). */
  initiativeNumber?: number;
  description: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@demo.indsats.dk',
    name: 'Ada Administrator',
    role: 'admin',
    description: 'alt, også brugere og referencelister',
  },
  {
    email: 'koordinator@demo.indsats.dk',
    name: 'Karen Koordinator',
    role: 'coordinator',
    description: 'handleplanen, statusrunder, godkendelse, notat',
  },
  {
    email: 'ejer@demo.indsats.dk',
    name: 'Omar Ejer',
    role: 'owner',
    initiativeNumber: 1,
    description: 'indsats 1: aktiviteter, målinger, statustekst',
  },
  {
    email: 'bidragyder@demo.indsats.dk',
    name: 'Clara Bidragyder',
    role: 'contributor',
    initiativeNumber: 1,
    description: 'egne aktiviteter i indsats 1',
  },
  { email: 'laeser@demo.indsats.dk', name: 'Lars Læser', role: 'reader', description: 'læser alt' },
];

/** Create the demo accounts for the demo plan (skipping those that exist). */
export async function createDemoUsers(db: Kysely<DB>, ctx: RequestContext, planId: number): Promise<void> {
  const initiatives = await db
    .selectFrom('initiatives')
    .select(['id', 'number'])
    .where('planId', '=', planId)
    .where('kind', '=', 'recommendation')
    .execute();
  for (const u of DEMO_USERS) {
    const initiativeId = initiatives.find((i) => i.number === u.initiativeNumber)?.id ?? null;
    const role =
      u.role === 'coordinator'
        ? { role: u.role, planId }
        : u.role === 'owner' || u.role === 'contributor'
          ? { role: u.role, initiativeId }
          : { role: u.role };
    const existing = await findUserByEmail(db, u.email);
    if (!existing) {
      await createAccount(db, ctx, { email: u.email, name: u.name, roles: [role], password: DEMO_PASSWORD });
      continue;
    }
    // After `demo --force` the plan is new: point the existing demo account's role at it.
    const svc = resourceService(users);
    const current = await svc.get(db, ctx, existing.id);
    await svc.update(db, ctx, existing.id, { roles: [RoleInput.parse(role)], version: current.version });
  }
}

/** Lines describing the demo logins, for the terminal. */
export function demoLoginLines(): string[] {
  return [
    `Demo-logins (adgangskode: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((u) => `  ${u.email.padEnd(30)} ${u.role.padEnd(12)} ${u.description}`),
  ];
}
