/**
 * The identity provider as indsats talks to it (openid-client): discovery, the authorization URL with state, nonce
 * and PKCE, and the code exchange with every check of the response. Failures become Danish problems.
 */
import * as oidc from 'openid-client';
import { Problem } from '../../domain/problem';
import type { OidcConfig } from '../../auth/oidc-config';

/** What one sign-in must remember between the redirect and the callback. */
export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The identity provider of a configuration. */
export interface IdentityProvider {
  readonly settings: OidcConfig;
  /** A fresh authorization request (random state, nonce and PKCE verifier). */
  authorizationRequest(): Promise<AuthorizationRequest>;
  /**
   * Exchange the code of a callback (its query string) and return the person's claims: the verified ID token's,
   * completed from the userinfo endpoint when the ID token lacks the e-mail or the roles claim.
   */
  exchange(query: string, checks: Omit<AuthorizationRequest, 'url'>): Promise<Record<string, unknown>>;
}

/** A claim by name, or by dotted path ("realm_access.roles") when no claim has the whole name. */
export function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims || !name.includes('.')) return claims[name];
  let v: unknown = claims;
  for (const part of name.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

const invalidResponse = (): Problem =>
  new Problem(
    401,
    'oidc_invalid',
    'Svaret fra identitetsudbyderen kunne ikke godkendes. Start login forfra.',
    'The identity provider’s response could not be validated. Start the sign-in again.',
  );

/** Turn an openid-client failure into a problem the person can act on (and that reveals no internals). */
export function idpProblem(err: unknown): Problem {
  if (err instanceof Problem) return err;
  if (err instanceof oidc.AuthorizationResponseError || err instanceof oidc.ResponseBodyError) {
    return new Problem(
      401,
      'oidc_refused',
      `Identitetsudbyderen afviste login (${err.error}). Prøv igen, eller kontakt IT-support.`,
      `The identity provider refused the sign-in (${err.error}).`,
    );
  }
  if (err instanceof oidc.ClientError && err.code?.startsWith('OAUTH_')) return invalidResponse();
  return new Problem(
    502,
    'oidc_unavailable',
    'Identitetsudbyderen kan ikke nås lige nu. Prøv igen om lidt.',
    'The identity provider cannot be reached right now.',
  );
}

/** The identity provider of a configuration; its metadata is discovered at the first sign-in and then kept. */
export function identityProvider(settings: OidcConfig): IdentityProvider {
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
        execute: settings.allowHttp ? [oidc.allowInsecureRequests] : [],
      })
      .catch((err: unknown) => {
        // Try again at the next sign-in rather than keeping a failed discovery for the life of the process.
        discovered = null;
        throw err;
      });
    return discovered;
  };
  const rolesClaim = settings.rolesClaim;

  return {
    settings,
    async authorizationRequest() {
      try {
        const config = await configuration();
        const state = oidc.randomState();
        const nonce = oidc.randomNonce();
        const codeVerifier = oidc.randomPKCECodeVerifier();
        const url = oidc.buildAuthorizationUrl(config, {
          redirect_uri: settings.redirectUrl.href,
          scope: settings.scopes,
          state,
          nonce,
          code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
          code_challenge_method: 'S256',
        });
        return { url, state, nonce, codeVerifier };
      } catch (err) {
        throw idpProblem(err);
      }
    },
    async exchange(query, checks) {
      try {
        const config = await configuration();
        // The configured URL, not the request's: behind a proxy the request URL differs from the registered one.
        const current = new URL(settings.redirectUrl);
        current.search = query;
        const tokens = await oidc.authorizationCodeGrant(config, current, {
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          pkceCodeVerifier: checks.codeVerifier,
        });
        const idToken = tokens.claims();
        if (!idToken) throw invalidResponse();
        const claims: Record<string, unknown> = { ...idToken };
        const incomplete = claims.email === undefined || claimAt(claims, rolesClaim) === undefined;
        if (incomplete && config.serverMetadata().userinfo_endpoint) {
          const info = await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
          // The signed ID token wins where both carry a claim.
          return { ...info, ...claims };
        }
        return claims;
      } catch (err) {
        throw idpProblem(err);
      }
    },
  };
}
