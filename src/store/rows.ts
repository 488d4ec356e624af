/**
 * Stored rows mapped to the domain's types, in one place: the JSON-list columns, the assessment columns, money as a
 * number. Features map rows to their API shapes; the engine's inputs and the memo snapshot use these.
 */
import type { Selectable } from 'kysely';
import type {
  AmountBasis,
  Assessment,
  Comparator,
  Funding,
  FundingKind,
  MetricKind,
  Target,
  TargetStatus,
} from '../domain/types';
import type { FundingTable, TargetTable } from './schema';

/** A list stored as a JSON text column. */
export function parseList<T>(json: string): T[] {
  return JSON.parse(json) as T[];
}

/** The assessment stored on an initiative row (or a status update), or null when there is none. */
export function assessmentFromRow(r: {
  assessmentStatus: string | null;
  assessmentReason: string | null;
  assessmentBy: string | null;
  assessmentAt: string | null;
}): Assessment | null {
  if (r.assessmentStatus === null) return null;
  return {
    status: r.assessmentStatus as TargetStatus,
    reason: r.assessmentReason ?? '',
    by: r.assessmentBy ?? '',
    at: r.assessmentAt ?? '',
  };
}

/** A stored target as the engine sees it. */
export function targetFromRow(r: Selectable<TargetTable>): Target {
  return {
    id: r.id,
    initiativeId: r.initiativeId,
    metric: {
      kind: r.metricKind as MetricKind,
      targetGroupIds: parseList(r.targetGroupIds),
      activityKinds: parseList(r.activityKinds),
      venueKinds: parseList(r.venueKinds),
      population: r.population,
    },
    comparator: r.comparator as Comparator,
    value: r.value,
    unitLabel: r.unitLabel,
    dueDate: r.dueDate,
    baseline: r.baseline,
    baselineDate: r.baselineDate,
    sentence: r.sentence,
  };
}

/** A stored funding row as the memo renders it. */
export function fundingFromRow(r: Selectable<FundingTable>): Funding {
  return {
    kind: r.kind as FundingKind,
    // PostgreSQL returns bigint columns as strings.
    amount: r.amount === null ? null : Number(r.amount),
    amountBasis: r.amountBasis as AmountBasis,
    staffYears: r.staffYears,
    yearFrom: r.yearFrom,
    yearTo: r.yearTo,
    source: r.source,
    fundedUntil: r.fundedUntil,
  };
}
