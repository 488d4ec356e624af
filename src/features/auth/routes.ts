/** POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me. */
import { z } from 'zod';
import type { App } from '../../api/app-types';
import { ROLES } from '../../domain/roles';
import { endSession, passwordLogin, SESSION_COOKIE, type NewSession } from './sessions';

const Me = z.object({
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

const LoginBody = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});
const LoginResult = z.object({
  user: z.object({ id: z.number().int(), email: z.string(), name: z.string() }),
  csrfToken: z.string(),
});

/** Set the session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS, expiring with the session. */
export function setSessionCookie(
  reply: { setCookie(name: string, value: string, opts: object): unknown },
  session: NewSession,
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, session.secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
}

/** Register the sign-in routes. */
export function registerAuthRoutes(app: App): void {
  const tags = ['auth'];
  app.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: LoginBody,
        response: { 200: LoginResult },
      },
    },
    async (req, reply) => {
      const session = await passwordLogin(app.db, req.body, req.ip, req.id, req.cookies[SESSION_COOKIE]);
      setSessionCookie(reply, session, req.protocol === 'https');
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );
  app.post(
    '/api/v1/auth/logout',
    { config: { permission: 'self' }, schema: { tags, summary: 'Sign out (revokes the session)' } },
    async (req, reply) => {
      const secret = req.cookies[SESSION_COOKIE];
      if (secret) await endSession(app.db, secret, req.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'self' },
      schema: { tags, summary: 'Who is signed in, with roles and CSRF token', response: { 200: Me } },
    },
    (req) => {
      const p = req.ctx.principal!;
      return {
        kind: p.kind,
        id: p.id,
        name: p.name,
        label: p.label,
        roles: p.assignments,
        csrfToken: req.identity?.csrfToken ?? null,
      };
    },
  );
}
