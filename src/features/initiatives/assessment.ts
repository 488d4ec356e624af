/** A person's assessment of an initiative's status, overriding the computation; it keeps reason, author, time. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { RequestContext } from '../../auth/context';
import { staleVersion } from '../../domain/problem';
import { audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import { versionedUpdate } from '../../store/versioned';
import { writeTx } from '../../store/write';
import { resourceService } from '../shared/service';
import { initiatives } from './resource';
import { AssessmentInput, Initiative } from '../../schemas/initiatives';

const svc = resourceService(initiatives);

/** Set (or with `null`, clear) the assessment of an initiative at a known version. */
export async function setAssessment(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  input: z.infer<typeof AssessmentInput> | null,
  atVersion: number,
): Promise<Initiative> {
  const existing = await svc.get(db, ctx, id);
  ctx.authorize('assessment:write', { planId: existing.planId, initiativeId: id });
  if (existing.version !== atVersion) throw staleVersion(existing.version, atVersion);
  return writeTx(db, async (trx) => {
    const now = new Date().toISOString();
    await versionedUpdate(
      trx,
      'initiatives',
      { id, version: atVersion },
      {
        assessmentStatus: input?.status ?? null,
        assessmentReason: input?.reason ?? null,
        assessmentBy: input ? ctx.actor : null,
        assessmentAt: input ? now : null,
        updatedAt: now,
      },
    );
    const updated = (await svc.find(trx, id))!;
    await audit(trx, ctx, input ? 'assess' : 'clear_assessment', 'initiative', id, existing, updated, {
      touches: [id],
    });
    return updated;
  });
}
