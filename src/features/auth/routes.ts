/** POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me. */
import { z } from 'zod';
import type { App } from '../../api/app-types';
import { endSession, passwordLogin, SESSION_COOKIE, type NewSession } from './sessions';
import { LoginBody, LoginResult, Me } from '../../schemas/auth';

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
      config: {
        permission: 'public',
        problems: {
          401: 'Wrong e-mail or password.',
          429: 'Too many failed attempts for the account or from the address: wait 15 minutes.',
        },
      },
      schema: {
        tags,
        operationId: 'login',
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
    {
      config: { permission: 'self' },
      schema: {
        tags,
        operationId: 'logout',
        summary: 'Sign out (revokes the session)',
        response: { 204: z.undefined().describe('Signed out.') },
      },
    },
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
      schema: {
        tags,
        operationId: 'getMe',
        summary: 'Who is signed in, with roles and CSRF token',
        response: { 200: Me },
      },
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
