/** Sign-in: what a client sends and receives. */
import { z } from 'zod';
import { ROLES } from '../domain/roles';

export const Me = z.object({
  kind: z.enum(['user', 'token', 'system']),
  id: z.number().int(),
  name: z.string(),
  label: z.string(),
  roles: z.array(
    z.object({
      role: z.enum(ROLES),
      planId: z.number().int().nullable(),
      initiativeId: z.number().int().nullable(),
    }),
  ),
  /** Echo this in the X-CSRF-Token header of every state-changing request made with the session cookie. */
  csrfToken: z.string().nullable(),
});

export const LoginBody = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});
export const LoginResult = z.object({
  user: z.object({ id: z.number().int(), email: z.string(), name: z.string() }),
  csrfToken: z.string(),
});

/** Whether single sign-on is set up, so the sign-in page offers "Log ind med organisationens login". */
export const SingleSignOnStatus = z.object({ enabled: z.boolean() });
