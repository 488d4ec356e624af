/**
 * Evaluate a target before it is saved: the set-up form shows what the target would read today (figure, forecast,
 * status and reason) from the initiative's data, computed by the same engine and view as the progress route.
 */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { notFound } from '../../domain/problem';
import type { TargetProgress } from '../../schemas/progress';
import type { TargetEvaluationInput } from '../../schemas/targets';
import type { DB } from '../../store/schema';
import { targetFromRow } from '../../store/rows';
import { loadEngineInputs } from '../progress/repository';
import { computeProgress, todayInCopenhagen } from '../progress/service';
import { initiativeScope } from '../shared/resource';
import { targets } from './resource';
import type { z } from 'zod';

/** The progress view of an unsaved target of an initiative, as of a date. */
export async function evaluateUnsavedTarget(
  db: Kysely<DB>,
  ctx: RequestContext,
  body: TargetEvaluationInput,
): Promise<z.infer<typeof TargetProgress>> {
  const { targetId, asOf = todayInCopenhagen(), ...input } = body;
  const scope = await initiativeScope(db, input.initiativeId);
  // The preview belongs to the set-up form: those who may write the initiative's targets.
  ctx.authorize('target:write', scope);
  const inputs = await loadEngineInputs(db, null, input.initiativeId);
  if (inputs.initiatives.length === 0) throw notFound('Indsats', 'Initiative', input.initiativeId);
  // The same checks as saving it (references, rules): a form gets the same 422 before and on save.
  await targets.check!(db, input, null);
  if (targetId !== undefined && !inputs.targets.some((t) => t.id === targetId))
    throw notFound('Mål i indsatsen', 'Target of the initiative', targetId);
  const now = new Date().toISOString();
  const row = targets.toRow(input);
  const target = targetFromRow({
    ...row,
    baseline: row.baseline ?? null,
    population: row.population ?? null,
    baselineDate: row.baselineDate ?? null,
    id: targetId ?? 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  const view = computeProgress(
    {
      ...inputs,
      // The target alone, without the initiative's assessment: the figure is the computation's.
      initiatives: inputs.initiatives.map((i) => ({ ...i, assessment: null })),
      targets: [target],
      measurements: inputs.measurements.filter((m) => targetId !== undefined && m.targetId === targetId),
    },
    asOf,
    null,
    ctx.lang,
  );
  return view.initiatives[0].targets[0];
}
