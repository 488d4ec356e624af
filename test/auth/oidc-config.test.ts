/** The single sign-on configuration: read from the environment, refused with a Danish message naming the fault. */
import { describe, expect, it } from 'vitest';
import { parseRoleMap, readOidcConfig } from '../../src/auth/oidc-config';

const BASE = {
  INDSATS_OIDC_ISSUER: 'https://login.microsoftonline.com/0b3c1c5e-tenant/v2.0',
  INDSATS_OIDC_CLIENT_ID: 'indsats',
  INDSATS_OIDC_CLIENT_SECRET: 'hemmelig',
  INDSATS_OIDC_REDIRECT_URL: 'https://indsats.kk.dk/api/v1/auth/oidc/callback',
};

/** The message of the error a call throws. */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

describe('readOidcConfig', () => {
  it('is null when no INDSATS_OIDC_* variable is set', () => {
    expect(readOidcConfig({ INDSATS_OIDC_ALLOW_HTTP: '1', DATABASE_URL: 'x' })).toBeNull();
  });

  it('reads a full configuration with defaults for scopes and roles claim', () => {
    const config = readOidcConfig({
      ...BASE,
      INDSATS_OIDC_ROLE_MAP: JSON.stringify({
        'indsats-admins': { role: 'admin' },
        'bif-integration': { role: 'coordinator', plan: 'integrationshandleplan-2017-18' },
        ssp: [
          { role: 'owner', plan: 'integrationshandleplan-2017-18', initiative: 1 },
          { role: 'contributor', initiativeId: 12 },
          { role: 'coordinator', planId: 3 },
        ],
      }),
    })!;
    expect(config.issuer.href).toBe(BASE.INDSATS_OIDC_ISSUER);
    expect(config.scopes).toBe('openid email profile');
    expect(config.rolesClaim).toBe('groups');
    expect(config.allowHttp).toBe(false);
    expect(config.roleMap).toEqual({
      'indsats-admins': [{ role: 'admin', plan: null, initiative: null }],
      'bif-integration': [
        { role: 'coordinator', plan: { slug: 'integrationshandleplan-2017-18' }, initiative: null },
      ],
      ssp: [
        { role: 'owner', plan: { slug: 'integrationshandleplan-2017-18' }, initiative: { number: 1 } },
        { role: 'contributor', plan: null, initiative: { id: 12 } },
        { role: 'coordinator', plan: { id: 3 }, initiative: null },
      ],
    });
  });

  it('names a missing required variable', () => {
    const withoutSecret = { ...BASE, INDSATS_OIDC_CLIENT_SECRET: undefined };
    expect(messageOf(() => readOidcConfig(withoutSecret))).toBe(
      'Ugyldig opsætning af single sign-on: INDSATS_OIDC_CLIENT_SECRET mangler.',
    );
    expect(messageOf(() => readOidcConfig({ INDSATS_OIDC_CLIENT_ID: 'indsats' }))).toContain(
      'INDSATS_OIDC_ISSUER mangler',
    );
  });

  it('requires https unless INDSATS_OIDC_ALLOW_HTTP=1', () => {
    const env = { ...BASE, INDSATS_OIDC_ISSUER: 'http://127.0.0.1:4000' };
    expect(messageOf(() => readOidcConfig(env))).toContain('INDSATS_OIDC_ISSUER skal bruge https');
    expect(readOidcConfig({ ...env, INDSATS_OIDC_ALLOW_HTTP: '1' })?.allowHttp).toBe(true);
  });

  it('requires the redirect URL to point at the callback route', () => {
    const env = { ...BASE, INDSATS_OIDC_REDIRECT_URL: 'https://indsats.kk.dk/callback' };
    expect(messageOf(() => readOidcConfig(env))).toContain(
      'INDSATS_OIDC_REDIRECT_URL skal pege på /api/v1/auth/oidc/callback',
    );
    expect(messageOf(() => readOidcConfig({ ...BASE, INDSATS_OIDC_REDIRECT_URL: 'ikke en url' }))).toContain(
      'INDSATS_OIDC_REDIRECT_URL er ikke en gyldig URL',
    );
  });

  it('requires the openid scope', () => {
    expect(messageOf(() => readOidcConfig({ ...BASE, INDSATS_OIDC_SCOPES: 'email profile' }))).toContain(
      'INDSATS_OIDC_SCOPES skal indeholde "openid"',
    );
  });
});

describe('parseRoleMap', () => {
  it('is empty when not set', () => {
    expect(parseRoleMap(undefined)).toEqual({});
    expect(parseRoleMap('  ')).toEqual({});
  });

  it('refuses text that is not JSON', () => {
    expect(messageOf(() => parseRoleMap('{"indsats-admins": {role: admin}}'))).toMatch(
      /^Ugyldig opsætning af single sign-on: INDSATS_OIDC_ROLE_MAP er ikke gyldig JSON \(.+\)\.$/,
    );
  });

  it('refuses JSON that is not an object', () => {
    expect(messageOf(() => parseRoleMap('[{"role": "admin"}]'))).toContain(
      'skal være et JSON-objekt fra gruppe til rolle',
    );
  });

  it('names the group of an unknown role and lists the valid ones', () => {
    expect(messageOf(() => parseRoleMap('{"it-chefer": {"role": "superuser"}}'))).toBe(
      'Ugyldig opsætning af single sign-on: INDSATS_OIDC_ROLE_MAP, gruppen "it-chefer", feltet "role": ' +
        'ukendt rolle "superuser" (gyldige roller: admin, coordinator, owner, contributor, reader).',
    );
  });

  it('names the group of a coordinator without a plan', () => {
    expect(messageOf(() => parseRoleMap('{"bif-integration": {"role": "coordinator"}}'))).toBe(
      'Ugyldig opsætning af single sign-on: INDSATS_OIDC_ROLE_MAP, gruppen "bif-integration": ' +
        'rollen coordinator kræver en plan ("plan": slug eller "planId": id).',
    );
  });

  it('names the entry of a list that is wrong', () => {
    const raw = JSON.stringify({ ssp: [{ role: 'reader' }, { role: 'owner', initiative: 1 }] });
    expect(messageOf(() => parseRoleMap(raw))).toBe(
      'Ugyldig opsætning af single sign-on: INDSATS_OIDC_ROLE_MAP, gruppen "ssp" (rolle nr. 2): ' +
        'rollen owner kræver en plan ("plan" eller "planId") til indsatsnummeret.',
    );
  });

  it('refuses scopes the role does not have, unknown fields and bad numbers', () => {
    const cases: [unknown, string][] = [
      [{ role: 'owner', plan: 'p' }, 'rollen owner kræver en indsats'],
      [{ role: 'admin', plan: 'p' }, 'rollen admin gælder alle planer og må hverken have plan eller indsats'],
      [{ role: 'coordinator', plan: 'p', initiative: 2 }, 'rollen coordinator gælder en hel plan'],
      [{ role: 'coordinator', plan: 'p', planId: 2 }, 'enten "plan" eller "planId", ikke begge'],
      [
        { role: 'owner', initiativeId: 4, plan: 'p' },
        'med "initiativeId" må der ikke også stå plan eller nummer',
      ],
      [{ role: 'coordinator', planSlug: 'p' }, 'Ukendt nøgle: "planSlug"'],
      [{ role: 'owner', plan: 'p', initiative: 0 }, 'feltet "initiative"'],
      [[], 'gruppen "g" skal have et navn og mindst én rolle'],
    ];
    for (const [entry, expected] of cases) {
      const message = messageOf(() => parseRoleMap(JSON.stringify({ g: entry })));
      expect(message).toContain('INDSATS_OIDC_ROLE_MAP');
      expect(message).toContain(expected);
    }
  });
});
