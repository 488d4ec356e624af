/** GET /api/v1/auth/oidc/login and GET /api/v1/auth/oidc/callback: single sign-on through the municipality's IdP. */
import { z } from 'zod';
import type { App } from '../../api/app-types';
import { Problem } from '../../domain/problem';
import { SingleSignOnStatus } from '../../schemas/auth';
import { msg } from '../../schemas/common';
import { OIDC_CALLBACK_PATH, readOidcConfig } from '../../auth/oidc-config';
import { identityProvider } from './oidc-client';
import { beginOidcLogin, completeOidcLogin, OIDC_LOGIN_TTL_MS, OIDC_STATE_COOKIE } from './oidc';
import { setSessionCookie } from './routes';
import { SESSION_COOKIE } from './sessions';

/** Where to go after sign-in: a path on this site only ("/plans/3"), never another site ("//evil.example"). */
const ReturnTo = z
  .string()
  .max(2000)
  .refine(
    (s) => /^\/(?![/\\])/.test(s) && [...s].every((c) => c > ' ' && c !== '\\'),
    msg(
      'returnTo skal være en sti på dette websted, der begynder med "/".',
      'returnTo must be a path on this site starting with "/".',
    ),
  );

const LoginQuery = z.object({ returnTo: ReturnTo.optional() });
const CallbackQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  error: z.string().optional(),
});

const NOT_CONFIGURED = 'Single sign-on is not set up.';
const notConfigured = (): Problem =>
  new Problem(
    404,
    'oidc_not_configured',
    'Single sign-on er ikke sat op.',
    'Single sign-on is not configured.',
  );

/** Register the single sign-on routes; the configuration is read (and validated) from the environment here. */
export function registerOidcRoutes(app: App, env: NodeJS.ProcessEnv = process.env): void {
  const settings = readOidcConfig(env);
  const idp = settings ? identityProvider(settings) : null;
  // Cookies follow the public callback URL (TLS may end at a proxy in front of the server).
  const secure = settings?.redirectUrl.protocol === 'https:';
  const cookiePath = settings
    ? settings.redirectUrl.pathname.slice(0, -OIDC_CALLBACK_PATH.length) + '/api/v1/auth/oidc/'
    : '/';
  const tags = ['auth'];

  app.get(
    '/api/v1/auth/oidc/status',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        operationId: 'getSingleSignOnStatus',
        summary: 'Whether single sign-on is set up (the sign-in page offers it only then)',
        response: { 200: SingleSignOnStatus },
      },
    },
    () => ({ enabled: idp !== null }),
  );

  app.get(
    '/api/v1/auth/oidc/login',
    {
      config: { permission: 'public', problems: { 404: NOT_CONFIGURED } },
      schema: {
        tags,
        operationId: 'startSingleSignOn',
        summary: 'Sign in with single sign-on (redirects to the identity provider)',
        querystring: LoginQuery,
        response: { 302: z.undefined().describe("To the identity provider's sign-in page.") },
      },
    },
    async (req, reply) => {
      if (!idp) throw notConfigured();
      const { url, state } = await beginOidcLogin(app.db, idp, req.query.returnTo ?? null);
      reply.setCookie(OIDC_STATE_COOKIE, state, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secure || req.protocol === 'https',
        path: cookiePath,
        maxAge: OIDC_LOGIN_TTL_MS / 1000,
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    {
      config: {
        permission: 'public',
        problems: {
          400: 'The sign-in request is unknown or has expired (state): start the sign-in again.',
          401: 'The identity provider refused the sign-in, or its answer could not be verified.',
          403: 'The identity provider sent no e-mail address or left out the groups, or the account is deactivated.',
          404: NOT_CONFIGURED,
          409: 'A user with the e-mail address exists and cannot be linked to this sign-in.',
          502: 'The identity provider did not answer as expected.',
        },
      },
      schema: {
        tags,
        operationId: 'completeSingleSignOn',
        summary: 'Return from the identity provider: starts a session',
        querystring: CallbackQuery,
        response: { 302: z.undefined().describe('Signed in: to the page the sign-in started from.') },
      },
    },
    async (req, reply) => {
      if (!idp) throw notConfigured();
      // The cookie has served its purpose whatever the outcome.
      reply.clearCookie(OIDC_STATE_COOKIE, { path: cookiePath });
      const result = await completeOidcLogin(app.db, idp, {
        query: new URL(req.url, 'http://callback').search,
        stateCookie: req.cookies[OIDC_STATE_COOKIE],
        requestId: req.id,
        previousSecret: req.cookies[SESSION_COOKIE],
      });
      if (result.unresolved.length > 0) {
        req.log.warn(
          { groups: result.unresolved },
          'INDSATS_OIDC_ROLE_MAP names a plan or initiative that does not exist',
        );
      }
      setSessionCookie(reply, result.session, secure || req.protocol === 'https');
      return reply.redirect(result.returnTo, 302);
    },
  );
}
