/** API tokens for integrations: created by an admin, shown once, stored hashed, scoped to roles, revocable. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { RequestContext } from '../../auth/context';
import { conflict, notFound } from '../../domain/problem';
import { randomSecret, sha256 } from '../../auth/crypto';
import { audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import { writeTx } from '../../store/write';
import { checkRoles } from '../users/resource';
import { RoleInput } from '../../schemas/users';
import { TokenInput, Token } from '../../schemas/tokens';

async function present(db: Kysely<DB>, ids?: number[]): Promise<Token[]> {
  let q = db.selectFrom('apiTokens').selectAll().orderBy('id');
  if (ids) q = q.where('id', 'in', ids);
  const rows = await q.execute();
  const roles = rows.length
    ? await db
        .selectFrom('roleAssignments')
        .selectAll()
        .where(
          'tokenId',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    roles: roles
      .filter((a) => a.tokenId === r.id)
      .map((a) => ({ role: a.role as RoleInput['role'], planId: a.planId, initiativeId: a.initiativeId })),
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    lastUsedAt: r.lastUsedAt,
    revokedAt: r.revokedAt,
  }));
}

/** Every token (never the secret). */
export async function listTokens(db: Kysely<DB>, ctx: RequestContext): Promise<Token[]> {
  ctx.authorize('user:admin');
  return present(db);
}

/** Create a token; the secret is returned once and only its hash is stored. */
export async function createToken(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: z.infer<typeof TokenInput>,
): Promise<Token & { token: string }> {
  ctx.authorize('user:admin');
  checkRoles(input.roles);
  const secret = `ind_${randomSecret(24)}`;
  const id = await writeTx(db, async (trx) => {
    const now = new Date().toISOString();
    const row = await trx
      .insertInto('apiTokens')
      .values({
        name: input.name,
        tokenHash: sha256(secret),
        prefix: secret.slice(0, 8),
        createdBy: ctx.actor,
        createdAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('roleAssignments')
      .values(input.roles.map((r) => ({ userId: null, tokenId: row.id, ...r, createdAt: now })))
      .execute();
    await audit(trx, ctx, 'create', 'apiToken', row.id, null, { name: input.name, roles: input.roles });
    return row.id;
  });
  const [token] = await present(db, [id]);
  return { ...token, token: secret };
}

/** Revoke a token; it stops working at once. */
export async function revokeToken(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<Token> {
  ctx.authorize('user:admin');
  const [existing] = await present(db, [id]);
  if (!existing) throw notFound('API-nøgle', 'API token', id);
  const alreadyRevoked = () =>
    conflict('API-nøglen er allerede tilbagekaldt.', 'The token is already revoked.');
  if (existing.revokedAt) throw alreadyRevoked();
  await writeTx(db, async (trx) => {
    // Tokens carry no version; the state read above (not revoked) is the guard, so a concurrent revoke loses.
    const res = await trx
      .updateTable('apiTokens')
      .set({ revokedAt: new Date().toISOString() })
      .where('id', '=', id)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw alreadyRevoked();
    await audit(trx, ctx, 'revoke', 'apiToken', id, { revokedAt: null }, { revoked: true });
  });
  return (await present(db, [id]))[0];
}
