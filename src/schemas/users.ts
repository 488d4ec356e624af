/** People and their role assignments: what a client sends and receives. */
import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { id, recordMeta, title } from './common';

/** One role assignment: coordinator needs a plan, owner and contributor an initiative, admin and reader neither. */
export const RoleInput = z.object({
  role: z.enum(ROLES),
  planId: id.nullable().default(null),
  initiativeId: id.nullable().default(null),
});
export type RoleInput = z.infer<typeof RoleInput>;

export const UserInput = z.object({
  email: z
    .email()
    .max(320)
    .transform((e) => e.toLowerCase()),
  name: title,
  unitId: id.nullable().default(null),
  active: z
    .boolean()
    .default(true)
    .describe('Deactivated users cannot sign in; their sessions stop working.'),
  roles: z.array(RoleInput).max(200).default([]),
});
export type UserInput = z.infer<typeof UserInput>;

export const User = UserInput.extend({
  // The input's lower-casing transform cannot run when a response is encoded; stored e-mails are lower-case.
  email: z.string(),
  ...recordMeta,
  hasPassword: z.boolean(),
  singleSignOn: z.boolean(),
});
export type User = z.infer<typeof User>;

/** Filters of the list endpoint. */
export const UserQuery = z.object({ email: z.string().optional() });
