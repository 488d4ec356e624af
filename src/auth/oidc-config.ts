/**
 * Single sign-on (OpenID Connect) configuration, read from the environment and validated at start-up, so a
 * misconfigured server refuses to start with a Danish message that names the variable (and group) at fault.
 *
 * INDSATS_OIDC_ROLE_MAP maps a value of the roles claim (an Entra ID group id, an OS2faktor role, …) to one role
 * assignment or a list of them:
 *
 *   {"indsats-admins": {"role": "admin"},
 *    "bif-integration": {"role": "coordinator", "plan": "integrationshandleplan-2017-18"},
 *    "ssp": [{"role": "owner", "plan": "integrationshandleplan-2017-18", "initiative": 1}, {"role": "reader"}]}
 *
 * A plan is named by its slug ("plan") or id ("planId"); an initiative by its number within the plan
 * ("plan"/"planId" + "initiative") or by id ("initiativeId"). Slugs and numbers are resolved at each sign-in, so the
 * map may name plans that are imported later.
 */
import { z } from 'zod';
import { ROLE_SCOPE, ROLES, type Role } from '../domain/roles';

/** The path the callback route answers on; the redirect URL must end with it. */
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/** A plan named in the role map. */
export type PlanRef = { slug: string } | { id: number };

/** One role assignment a group maps to, before plan slugs and initiative numbers are resolved to ids. */
export interface MappedRole {
  role: Role;
  /** Set for coordinators, and for owners/contributors whose initiative is named by number. */
  plan: PlanRef | null;
  /** Set for owners and contributors: by number within `plan`, or by id. */
  initiative: { number: number } | { id: number } | null;
}

/** The validated single sign-on configuration. */
export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The callback URL registered at the identity provider, exactly as the browser reaches it. */
  redirectUrl: URL;
  scopes: string;
  /** The claim that carries groups or roles (a top-level name, or a dotted path such as "realm_access.roles"). */
  rolesClaim: string;
  /** Claim value → assignments. Values not in the map grant nothing. */
  roleMap: Record<string, MappedRole[]>;
  /** Plain http to the identity provider: for local test issuers only. */
  allowHttp: boolean;
}

/** A configuration error; the message is Danish and names the variable at fault. */
export class OidcConfigError extends Error {
  constructor(message: string) {
    super(`Ugyldig opsætning af single sign-on: ${message}`);
    this.name = 'OidcConfigError';
  }
}

const positive = z.number().int().positive().max(2_147_483_647);

const RoleEntry = z.strictObject({
  role: z.enum(ROLES, {
    error: (iss) => `ukendt rolle ${JSON.stringify(iss.input)} (gyldige roller: ${ROLES.join(', ')})`,
  }),
  plan: z.string().trim().min(1).optional().describe('The plan by slug.'),
  planId: positive.optional(),
  initiative: positive.optional().describe("The initiative's number within the plan."),
  initiativeId: positive.optional(),
});
type RoleEntry = z.infer<typeof RoleEntry>;

/** Check that an entry names exactly the scope its role needs; returns a Danish complaint or null. */
function scopeProblem(e: RoleEntry): string | null {
  const plans = Number(e.plan !== undefined) + Number(e.planId !== undefined);
  const byNumber = e.initiative !== undefined;
  const byId = e.initiativeId !== undefined;
  switch (ROLE_SCOPE[e.role]) {
    case 'global':
      return plans + Number(byNumber) + Number(byId) > 0
        ? `rollen ${e.role} gælder alle planer og må hverken have plan eller indsats`
        : null;
    case 'plan':
      if (plans === 0) return `rollen ${e.role} kræver en plan ("plan": slug eller "planId": id)`;
      if (plans > 1) return 'angiv planen med enten "plan" eller "planId", ikke begge';
      return byNumber || byId ? `rollen ${e.role} gælder en hel plan og må ikke have en indsats` : null;
    case 'initiative':
      if (byId)
        return plans > 0 || byNumber ? 'med "initiativeId" må der ikke også stå plan eller nummer' : null;
      if (!byNumber)
        return `rollen ${e.role} kræver en indsats ("plan" + "initiative": nummer, eller "initiativeId": id)`;
      if (plans === 0) return `rollen ${e.role} kræver en plan ("plan" eller "planId") til indsatsnummeret`;
      return plans > 1 ? 'angiv planen med enten "plan" eller "planId", ikke begge' : null;
  }
}

function toMapped(e: RoleEntry): MappedRole {
  const plan: PlanRef | null =
    e.plan !== undefined ? { slug: e.plan } : e.planId !== undefined ? { id: e.planId } : null;
  const initiative =
    e.initiativeId !== undefined
      ? { id: e.initiativeId }
      : e.initiative !== undefined
        ? { number: e.initiative }
        : null;
  return { role: e.role, plan, initiative };
}

const daErrors = z.locales.da().localeError;

/** Parse INDSATS_OIDC_ROLE_MAP; throws an OidcConfigError naming the group (and entry) at fault. */
export function parseRoleMap(raw: string | undefined): Record<string, MappedRole[]> {
  if (raw === undefined || raw.trim() === '') return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new OidcConfigError(`INDSATS_OIDC_ROLE_MAP er ikke gyldig JSON (${(err as Error).message}).`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new OidcConfigError(
      'INDSATS_OIDC_ROLE_MAP skal være et JSON-objekt fra gruppe til rolle, fx {"indsats-admins": {"role": "admin"}}.',
    );
  }
  const map: Record<string, MappedRole[]> = {};
  for (const [group, value] of Object.entries(json as Record<string, unknown>)) {
    const entries = Array.isArray(value) ? (value as unknown[]) : [value];
    if (group.trim() === '' || entries.length === 0) {
      throw new OidcConfigError(
        `INDSATS_OIDC_ROLE_MAP: gruppen "${group}" skal have et navn og mindst én rolle.`,
      );
    }
    map[group] = entries.map((entry, n) => {
      const where = `INDSATS_OIDC_ROLE_MAP, gruppen "${group}"${Array.isArray(value) ? ` (rolle nr. ${n + 1})` : ''}`;
      const parsed = RoleEntry.safeParse(entry, { error: daErrors });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue.path.length > 0 ? `, feltet "${issue.path.join('.')}"` : '';
        throw new OidcConfigError(`${where}${field}: ${issue.message}.`);
      }
      const problem = scopeProblem(parsed.data);
      if (problem) throw new OidcConfigError(`${where}: ${problem}.`);
      return toMapped(parsed.data);
    });
  }
  return map;
}

function url(name: string, value: string, allowHttp: boolean): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new OidcConfigError(`${name} er ikke en gyldig URL: "${value}".`);
  }
  if (parsed.protocol !== 'https:' && !(allowHttp && parsed.protocol === 'http:')) {
    throw new OidcConfigError(
      `${name} skal bruge https (http kun til lokale test-udbydere med INDSATS_OIDC_ALLOW_HTTP=1).`,
    );
  }
  return parsed;
}

const VARIABLES = [
  'INDSATS_OIDC_ISSUER',
  'INDSATS_OIDC_CLIENT_ID',
  'INDSATS_OIDC_CLIENT_SECRET',
  'INDSATS_OIDC_REDIRECT_URL',
  'INDSATS_OIDC_SCOPES',
  'INDSATS_OIDC_ROLES_CLAIM',
  'INDSATS_OIDC_ROLE_MAP',
] as const;

/**
 * The single sign-on configuration, or null when none of the INDSATS_OIDC_* variables is set. Issuer, client id,
 * client secret and redirect URL are required once any is set.
 */
export function readOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  if (VARIABLES.every((name) => get(name) === undefined)) return null;
  const required = (name: string): string => {
    const v = get(name);
    if (v === undefined) throw new OidcConfigError(`${name} mangler.`);
    return v;
  };
  const allowHttp = get('INDSATS_OIDC_ALLOW_HTTP') === '1';
  const issuer = url('INDSATS_OIDC_ISSUER', required('INDSATS_OIDC_ISSUER'), allowHttp);
  const clientId = required('INDSATS_OIDC_CLIENT_ID');
  const clientSecret = required('INDSATS_OIDC_CLIENT_SECRET');
  const redirectUrl = url('INDSATS_OIDC_REDIRECT_URL', required('INDSATS_OIDC_REDIRECT_URL'), allowHttp);
  if (
    !redirectUrl.pathname.endsWith(OIDC_CALLBACK_PATH) ||
    redirectUrl.search !== '' ||
    redirectUrl.hash !== ''
  ) {
    throw new OidcConfigError(
      `INDSATS_OIDC_REDIRECT_URL skal pege på ${OIDC_CALLBACK_PATH} uden parametre, fx https://indsats.kk.dk${OIDC_CALLBACK_PATH}.`,
    );
  }
  const scopes = (get('INDSATS_OIDC_SCOPES') ?? 'openid email profile').split(/\s+/);
  if (!scopes.includes('openid')) throw new OidcConfigError('INDSATS_OIDC_SCOPES skal indeholde "openid".');
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUrl,
    scopes: scopes.join(' '),
    rolesClaim: get('INDSATS_OIDC_ROLES_CLAIM') ?? 'groups',
    roleMap: parseRoleMap(get('INDSATS_OIDC_ROLE_MAP')),
    allowHttp,
  };
}
