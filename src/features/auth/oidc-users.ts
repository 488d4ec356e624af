/**
 * The person behind a single sign-on: found by the identity provider's subject (or linked by e-mail at the first
 * sign-in), created when new, and given exactly the roles their groups map to. For single sign-on users the groups
 * are the source of truth: the assignments are replaced at every sign-in, so roles an administrator set by hand
 * last until the next sign-in.
 */
import type { Kysely, Transaction } from 'kysely';
import { contextFor, type RequestContext } from '../../auth/context';
import { conflict, Problem } from '../../domain/problem';
import type { MappedRole, OidcConfig } from '../../auth/oidc-config';
import { systemPrincipal } from '../../auth/principal';
import type { Assignment } from '../../domain/roles';
import { audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import { versionedUpdate } from '../../store/versioned';
import { writeTx } from '../../store/write';
import { claimAt } from './oidc-client';

/** The person as the identity provider describes them. */
export interface OidcIdentity {
  subject: string;
  email: string;
  name: string;
  /** The values of the roles claim (groups or roles). */
  groups: string[];
  /** False only when the provider says outright that the e-mail is unverified. */
  emailVerified: boolean;
}

const refused = (da: string, en: string): Problem => new Problem(403, 'oidc_refused', da, en);

/** Read sub, e-mail, name and the roles claim; refuses a sign-in without an e-mail address. */
export function identityFromClaims(claims: Record<string, unknown>, rolesClaim: string): OidcIdentity {
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  const upn = str(claims.preferred_username);
  const email = (str(claims.email) ?? (upn?.includes('@') ? upn : undefined))?.toLowerCase();
  if (!email) {
    throw refused(
      'Identitetsudbyderen sendte ingen e-mailadresse, så du kan ikke logges ind. Kontakt IT-support.',
      'The identity provider sent no e-mail address.',
    );
  }
  // Entra ID leaves the groups out ("group overage") when a person has too many; better refuse than strip roles.
  const overage = claims._claim_names as Record<string, unknown> | undefined;
  if (overage && typeof overage === 'object' && rolesClaim in overage) {
    throw refused(
      'Identitetsudbyderen sendte ikke dine grupper (for mange grupper). Bed IT om kun at sende grupper, der er tildelt indsats.',
      'The identity provider left out the groups claim (group overage).',
    );
  }
  const raw = claimAt(claims, rolesClaim);
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const given = [str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ');
  return {
    subject: String(claims.sub),
    email,
    name: (str(claims.name) ?? (given || email)).slice(0, 300),
    groups: list
      .filter((g): g is string | number => typeof g === 'string' || typeof g === 'number')
      .map(String),
    emailVerified: claims.email_verified !== false,
  };
}

async function planIdOf(db: Kysely<DB>, ref: NonNullable<MappedRole['plan']>): Promise<number | null> {
  const q = db.selectFrom('plans').select('id');
  const row = await (
    'slug' in ref ? q.where('slug', '=', ref.slug) : q.where('id', '=', ref.id)
  ).executeTakeFirst();
  return row?.id ?? null;
}

async function resolveOne(db: Kysely<DB>, m: MappedRole): Promise<Assignment | null> {
  const planId = m.plan ? await planIdOf(db, m.plan) : null;
  if (m.plan && planId === null) return null;
  if (!m.initiative) return { role: m.role, planId, initiativeId: null };
  const q = db.selectFrom('initiatives').select('id');
  const row = await (
    'id' in m.initiative
      ? q.where('id', '=', m.initiative.id)
      : q.where('planId', '=', planId).where('number', '=', m.initiative.number)
  ).executeTakeFirst();
  return row ? { role: m.role, planId: null, initiativeId: row.id } : null;
}

/**
 * The assignments a person's groups map to. A group not in the map grants nothing; an entry whose plan or
 * initiative does not exist (yet) is left out and reported, so one stale entry does not block every sign-in.
 */
export async function resolveRoles(
  db: Kysely<DB>,
  roleMap: OidcConfig['roleMap'],
  groups: string[],
): Promise<{ assignments: Assignment[]; unresolved: string[] }> {
  const assignments = new Map<string, Assignment>();
  const unresolved: string[] = [];
  for (const group of new Set(groups)) {
    for (const mapped of roleMap[group] ?? []) {
      const a = await resolveOne(db, mapped);
      if (a) assignments.set(`${a.role}:${a.planId}:${a.initiativeId}`, a);
      else unresolved.push(group);
    }
  }
  return { assignments: [...assignments.values()], unresolved: [...new Set(unresolved)] };
}

const sameRoles = (a: Assignment[], b: Assignment[]): boolean => {
  const key = (x: Assignment[]) =>
    JSON.stringify(x.map((r) => `${r.role}:${r.planId}:${r.initiativeId}`).sort());
  return key(a) === key(b);
};

type UserRow = {
  id: number;
  email: string;
  name: string;
  oidcSubject: string | null;
  active: number;
  version: number;
};

/** Find the user by subject, else link the account with the same e-mail, else create one. */
async function findOrCreate(trx: Transaction<DB>, ctx: RequestContext, who: OidcIdentity): Promise<UserRow> {
  const columns = ['id', 'email', 'name', 'oidcSubject', 'active', 'version'] as const;
  const bySubject = await trx
    .selectFrom('users')
    .select(columns)
    .where('oidcSubject', '=', who.subject)
    .executeTakeFirst();
  if (bySubject) return bySubject;
  const byEmail = await trx
    .selectFrom('users')
    .select(columns)
    .where('email', '=', who.email)
    .executeTakeFirst();
  const now = new Date().toISOString();
  if (!byEmail) {
    const row = await trx
      .insertInto('users')
      .values({
        email: who.email,
        name: who.name,
        unitId: null,
        passwordHash: null,
        oidcSubject: who.subject,
        createdAt: now,
        updatedAt: now,
      })
      .returning(columns)
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, 'create', 'user', row.id, null, {
      email: who.email,
      name: who.name,
      singleSignOn: true,
    });
    return row;
  }
  if (byEmail.oidcSubject !== null || !who.emailVerified) {
    throw conflict(
      `Der findes allerede en bruger med e-mailadressen ${who.email}, og den kan ikke knyttes til dette login. Kontakt en administrator.`,
      `A user with the e-mail ${who.email} exists and cannot be linked to this sign-in.`,
    );
  }
  await versionedUpdate(
    trx,
    'users',
    { id: byEmail.id, version: byEmail.version },
    { oidcSubject: who.subject, updatedAt: now },
  );
  await audit(trx, ctx, 'link_oidc', 'user', byEmail.id, { singleSignOn: false }, { singleSignOn: true });
  return { ...byEmail, oidcSubject: who.subject, version: byEmail.version + 1 };
}

/** Keep e-mail and name as the identity provider has them, unless another account already has that e-mail. */
async function refreshProfile(
  trx: Transaction<DB>,
  ctx: RequestContext,
  user: UserRow,
  who: OidcIdentity,
): Promise<void> {
  if (user.email === who.email && user.name === who.name) return;
  const taken = await trx
    .selectFrom('users')
    .select('id')
    .where('email', '=', who.email)
    .where('id', '<>', user.id)
    .executeTakeFirst();
  const email = taken ? user.email : who.email;
  await versionedUpdate(
    trx,
    'users',
    { id: user.id, version: user.version },
    { email, name: who.name, updatedAt: new Date().toISOString() },
  );
  await audit(
    trx,
    ctx,
    'update',
    'user',
    user.id,
    { email: user.email, name: user.name },
    { email, name: who.name },
  );
}

/**
 * Upsert the person and replace their role assignments with the mapped ones, in one audited transaction.
 * Returns the user id and the groups whose mapping could not be resolved.
 */
export async function syncOidcUser(
  db: Kysely<DB>,
  settings: OidcConfig,
  who: OidcIdentity,
  requestId: string | null,
): Promise<{ userId: number; unresolved: string[] }> {
  const ctx = contextFor(systemPrincipal('oidc'), requestId, 'da');
  const { assignments, unresolved } = await resolveRoles(db, settings.roleMap, who.groups);
  const userId = await writeTx(db, async (trx) => {
    const user = await findOrCreate(trx, ctx, who);
    if (user.active !== 1) {
      throw refused(
        'Din konto i indsats er deaktiveret. Kontakt en administrator.',
        'Your account is deactivated.',
      );
    }
    await refreshProfile(trx, ctx, user, who);
    const rows = await trx
      .selectFrom('roleAssignments')
      .select(['role', 'planId', 'initiativeId'])
      .where('userId', '=', user.id)
      .execute();
    const before = rows as Assignment[];
    if (!sameRoles(before, assignments)) {
      await trx.deleteFrom('roleAssignments').where('userId', '=', user.id).execute();
      const now = new Date().toISOString();
      if (assignments.length > 0) {
        await trx
          .insertInto('roleAssignments')
          .values(assignments.map((a) => ({ ...a, userId: user.id, tokenId: null, createdAt: now })))
          .execute();
      }
      await audit(
        trx,
        ctx,
        'sync_roles',
        'user',
        user.id,
        { roles: before },
        { roles: assignments, groups: who.groups },
      );
    }
    return user.id;
  });
  return { userId, unresolved };
}
