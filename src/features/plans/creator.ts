/**
 * A new plan's first coordinator: whoever creates a plan without being an administrator (a coordinator of another
 * plan, a person or an API token) coordinates the new one from then on, so they can go on setting it up. The role
 * assignment is written and audited in the transaction that creates the plan, like any other change of roles.
 */
import type { Transaction } from 'kysely';
import type { RequestContext } from '../../auth/context';
import type { Assignment, Role } from '../../domain/roles';
import { audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import { versionedUpdate } from '../../store/versioned';

/** Make the creator of plan `planId` its coordinator, unless an administrator (or the CLI's operator) created it. */
export async function makeCreatorCoordinator(
  trx: Transaction<DB>,
  ctx: RequestContext,
  planId: number,
): Promise<void> {
  const p = ctx.principal;
  if (!p || p.kind === 'system' || p.assignments.some((a) => a.role === 'admin')) return;
  const holder = p.kind === 'user' ? ('userId' as const) : ('tokenId' as const);
  const rows = await trx
    .selectFrom('roleAssignments')
    .select(['role', 'planId', 'initiativeId'])
    .where(holder, '=', p.id)
    .orderBy('id')
    .execute();
  const before: Assignment[] = rows.map((r) => ({ ...r, role: r.role as Role }));
  const granted: Assignment = { role: 'coordinator', planId, initiativeId: null };
  const now = new Date().toISOString();
  await trx
    .insertInto('roleAssignments')
    .values({
      userId: holder === 'userId' ? p.id : null,
      tokenId: holder === 'tokenId' ? p.id : null,
      ...granted,
      createdAt: now,
    })
    .execute();
  if (holder === 'userId') {
    // A person's roles are part of their record: an administrator's form read before this change is now stale (409)
    // rather than saving the roles it read over the new one.
    const { version } = await trx
      .selectFrom('users')
      .select('version')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    await versionedUpdate(trx, 'users', { id: p.id, version }, { updatedAt: now });
  }
  await audit(
    trx,
    ctx,
    'update',
    holder === 'userId' ? 'user' : 'apiToken',
    p.id,
    { roles: before },
    { roles: [...before, granted] },
  );
}
