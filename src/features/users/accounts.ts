/** Creating accounts outside the HTTP API (CLI, demo, tests): a user with roles and, optionally, a password. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import type { DB } from '../../store/schema';
import { resourceService } from '../shared/service';
import { setPassword } from './password';
import { users } from './resource';
import { UserInput, type RoleInput, type User } from '../../schemas/users';

const svc = resourceService(users);

/** Create a user with roles and set the password when one is given. */
export async function createAccount(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: {
    email: string;
    name: string;
    roles: Partial<RoleInput>[];
    password?: string;
    unitId?: number | null;
  },
): Promise<User> {
  const parsed = UserInput.parse({
    email: input.email,
    name: input.name,
    unitId: input.unitId ?? null,
    roles: input.roles,
  });
  const user = await svc.create(db, ctx, parsed);
  if (input.password) await setPassword(db, ctx, user.id, input.password);
  return user;
}

/** Find a user by e-mail (lower-cased). */
export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<{ id: number } | undefined> {
  return db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}
