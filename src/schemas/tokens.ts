/** API tokens for integrations: what a client sends and receives. */
import { z } from 'zod';
import { title } from './common';
import { RoleInput } from './users';

export const TokenInput = z.object({ name: title, roles: z.array(RoleInput).min(1).max(50) });
export const Token = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  roles: z.array(RoleInput),
  createdBy: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Token = z.infer<typeof Token>;
/** The created token: `token` is shown this once. */
export const CreatedToken = Token.extend({ token: z.string() });
