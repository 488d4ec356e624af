/**
 * Setting a user's password: admins for anyone, a person for themselves — with their current password, so a
 * session left open (or taken over) cannot be turned into the account. Audited without the password.
 */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { notFound, ruleViolation } from '../../domain/problem';
import { forbidden } from '../../auth/principal';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../auth/passwords';
import type { DB } from '../../store/schema';
import { writeTx } from '../../store/write';
import { audit } from '../../store/audit';

/**
 * Set the password of user `id`; existing sessions of the user are revoked. Changing one's own password needs the
 * current one (`currentPassword`); an administrator setting someone else's does not.
 */
export async function setPassword(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  password: string,
  currentPassword?: string,
): Promise<void> {
  const p = ctx.principal;
  const self = p?.kind === 'user' && p.id === id;
  if (!self) ctx.authorize('user:admin');
  else if (!p) throw forbidden();
  const user = await db
    .selectFrom('users')
    .select(['id', 'passwordHash'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!user) throw notFound('Bruger', 'User', id);
  if (
    self &&
    !(currentPassword !== undefined && (await verifyPassword(user.passwordHash, currentPassword)))
  ) {
    throw ruleViolation(
      'currentPassword',
      'Den nuværende adgangskode mangler eller er forkert.',
      'The current password is missing or wrong.',
    );
  }
  checkPasswordPolicy(password);
  const passwordHash = await hashPassword(password);
  await writeTx(db, async (trx) => {
    const now = new Date().toISOString();
    await trx.updateTable('users').set({ passwordHash, updatedAt: now }).where('id', '=', id).execute();
    await trx
      .updateTable('sessions')
      .set({ revokedAt: now })
      .where('userId', '=', id)
      .where('revokedAt', 'is', null)
      .execute();
    await audit(trx, ctx, 'set_password', 'user', id, null, { password: '(ændret)' });
  });
}
