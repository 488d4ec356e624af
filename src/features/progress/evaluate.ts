/**
 * One plan evaluation: the engine's results for every initiative and target of a plan (or the whole portfolio) as
 * of a date, each beside the definition it was computed from. The progress view, the round snapshot and the draft
 * text all read figures from here, so a number is computed and paired with its target one way only.
 */
import type { Kysely } from 'kysely';
import { evaluateInitiatives } from '../../domain/engine';
import type { InitiativeResult, Target, TargetResult, TargetStatus } from '../../domain/types';
import type { DB } from '../../store/schema';
import { loadEngineInputs, type EngineInputs, type ProgressInitiative } from './repository';

/** A target and its result. */
export interface EvaluatedTarget {
  target: Target;
  result: TargetResult;
}

/** An initiative, its computed status, the status shown (an assessment's when there is one) and its targets. */
export interface EvaluatedInitiative {
  initiative: ProgressInitiative;
  computedStatus: TargetStatus;
  status: TargetStatus;
  /** The assessment that applies as of the date (the initiative's own may be set aside: see `setAside`). */
  assessment: InitiativeResult['assessment'];
  setAside: InitiativeResult['setAside'];
  targets: EvaluatedTarget[];
}

/** A plan's (or the portfolio's) evaluation as of a date, with the inputs it was computed from. */
export interface PlanEvaluation {
  asOf: string;
  inputs: EngineInputs;
  initiatives: EvaluatedInitiative[];
}

/** Evaluate loaded inputs as of a date (pure). */
export function evaluateInputs(inputs: EngineInputs, asOf: string): PlanEvaluation {
  const results = evaluateInitiatives(
    inputs.initiatives,
    inputs.targets,
    inputs.activities,
    inputs.measurements,
    { venues: inputs.venues, asOf },
  );
  const targetById = new Map(inputs.targets.map((t) => [t.id, t]));
  return {
    asOf,
    inputs,
    initiatives: inputs.initiatives.map((initiative, n) => {
      const r = results[n];
      return {
        initiative,
        computedStatus: r.computedStatus,
        status: r.status,
        assessment: r.assessment,
        setAside: r.setAside,
        targets: r.targets.map((result) => ({ target: targetById.get(result.targetId)!, result })),
      };
    }),
  };
}

/** Load and evaluate a plan (`planId`) or every initiative (`null`) as of a date. */
export async function evaluatePlan(
  db: Kysely<DB>,
  planId: number | null,
  asOf: string,
): Promise<PlanEvaluation> {
  return evaluateInputs(await loadEngineInputs(db, planId), asOf);
}
