/** Assemble a round's snapshot from the live data (for closing, and for an open round's preview). */
import type { Kysely } from 'kysely';
import { assessmentApplies } from '../../domain/engine';
import { joinDanish } from '../../domain/format';
import { DEFAULT_LEAD_IN, splitPlanned } from '../../domain/lead-in';
import { tokenValues } from '../../domain/text-tokens';
import type { Assessment, TargetStatus } from '../../domain/types';
import { leadInFromRow } from './updates';
import { SNAPSHOT_FORMAT_VERSION, type RoundSnapshot, type SnapshotInitiative } from '../../reports/snapshot';
import type { DB } from '../../store/schema';
import { fundingFromRow } from '../../store/rows';
import { evaluatePlan } from '../progress/evaluate';
import type { Round } from '../../schemas/rounds';

/** Which status texts a snapshot takes: only approved ones (closing) or the latest of any state (preview). */
export type TextPolicy = 'approved' | 'latest';

/** Round fields the snapshot needs (a stored round, or an ad-hoc draft for a plan and date). */
export type RoundHeader = Pick<
  Round,
  | 'planId'
  | 'title'
  | 'asOf'
  | 'organisation'
  | 'unitName'
  | 'recipient'
  | 'appendixNumber'
  | 'memoDate'
  | 'caseNumber'
> & { id: number | null };

/** Build the snapshot of a round from the current data. */
export async function assembleSnapshot(
  db: Kysely<DB>,
  round: RoundHeader,
  policy: TextPolicy,
  missing: ReadonlySet<number> = new Set(),
): Promise<RoundSnapshot> {
  const plan = await db
    .selectFrom('plans')
    .selectAll()
    .where('id', '=', round.planId)
    .executeTakeFirstOrThrow();
  const evaluation = await evaluatePlan(db, round.planId, round.asOf);
  const inputs = evaluation.inputs;
  const ids = inputs.initiatives.map((i) => i.id);
  // Texts (purpose, description) are not in the engine inputs; they are read with the rest.
  const [fundingRows, planned, updates, unitRows, textRows, groupRows] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .selectFrom('fundings')
          .selectAll()
          .where('initiativeId', 'in', ids)
          .orderBy('position')
          .orderBy('id')
          .execute(),
    ids.length === 0
      ? []
      : db
          .selectFrom('activities')
          .select(['initiativeId', 'title', 'kind', 'dateFrom', 'dateTo'])
          .where('initiativeId', 'in', ids)
          .where('state', '=', 'planned')
          .orderBy('dateFrom')
          .orderBy('id')
          .execute(),
    round.id === null
      ? []
      : db.selectFrom('statusUpdates').selectAll().where('roundId', '=', round.id).execute(),
    db.selectFrom('units').select(['id', 'name']).execute(),
    db
      .selectFrom('initiatives')
      .select(['id', 'purpose', 'description'])
      .where('planId', '=', round.planId)
      .execute(),
    db.selectFrom('targetGroups').select(['id', 'name']).execute(),
  ]);
  const groupName = new Map(groupRows.map((g) => [g.id, g.name]));
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  const texts = new Map(textRows.map((t) => [t.id, t]));
  const fundingOf = (id: number) => fundingRows.filter((f) => f.initiativeId === id).map(fundingFromRow);

  const initiatives: SnapshotInitiative[] = [];
  const others: RoundSnapshot['others'] = [];
  for (const e of evaluation.initiatives) {
    const i = e.initiative;
    const unit = i.unitId === null ? null : (unitName.get(i.unitId) ?? null);
    if (i.kind === 'other') {
      const row = {
        id: i.id,
        title: i.title,
        unitName: unit,
        description: texts.get(i.id)?.description ?? null,
        fundings: fundingOf(i.id),
      };
      others.push({ ...row, tokenValues: tokenValues({ targets: [], fundings: row.fundings }) });
      continue;
    }
    const update = updates.find((u) => u.initiativeId === i.id);
    const usable = update && (policy === 'latest' || update.state === 'approved') ? update : undefined;
    const override: Assessment | null =
      usable?.assessmentStatus != null
        ? {
            status: usable.assessmentStatus as TargetStatus,
            reason: usable.assessmentReason ?? '',
            by: usable.author,
            at: usable.updatedAt,
          }
        : null;
    const dueDates = e.targets.map((t) => t.target.dueDate);
    // A round's own assessment is written for the round's date; it too ends once every due date has passed.
    const roundAssessment =
      override !== null && assessmentApplies({ ...override, at: round.asOf }, dueDates, round.asOf).applies
        ? override
        : null;
    const assessment = roundAssessment ?? e.assessment;
    const lastDue = dueDates.reduce<string | null>((m, d) => (m === null || d > m ? d : m), null);
    const { upcoming, overdue } = splitPlanned(
      planned
        .filter((a) => a.initiativeId === i.id)
        .map((a) => ({ title: a.title, kind: a.kind, from: a.dateFrom, to: a.dateTo })),
      round.asOf,
      lastDue,
    );
    const fundings = fundingOf(i.id);
    const targets = e.targets.map(({ target: t, result }) => ({
      id: t.id,
      sentence: t.sentence,
      metricKind: t.metric.kind,
      comparator: t.comparator,
      value: t.value,
      unitLabel: t.unitLabel,
      dueDate: t.dueDate,
      populationLabel:
        t.metric.kind === 'share'
          ? joinDanish(t.metric.targetGroupIds.flatMap((g) => groupName.get(g) ?? []))
          : '',
      baseline: t.baseline,
      baselineDate: t.baselineDate ?? null,
      result,
    }));
    initiatives.push({
      id: i.id,
      number: i.number,
      title: i.title,
      purpose: texts.get(i.id)?.purpose ?? null,
      unitName: unit,
      fundings,
      targets,
      computedStatus: e.computedStatus,
      status: assessment?.status ?? e.computedStatus,
      assessment,
      statusText: usable?.text ?? null,
      updateState: update?.state ?? null,
      missing: missing.has(i.id),
      planned: upcoming,
      overdue,
      leadIn: usable ? leadInFromRow(usable) : DEFAULT_LEAD_IN,
      // Frozen with the round: a closed round's memo keeps these whatever the activities do later.
      tokenValues: tokenValues({ targets, fundings }),
    });
  }
  return {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    round: {
      id: round.id,
      title: round.title,
      asOf: round.asOf,
      // Only the header fields the round sets are printed; the plan's organisation is kept apart, for the author.
      organisation: round.organisation,
      unitName: round.unitName,
      recipient: round.recipient,
      appendixNumber: round.appendixNumber,
      memoDate: round.memoDate,
      caseNumber: round.caseNumber,
    },
    plan: {
      id: plan.id,
      slug: plan.slug,
      title: plan.title,
      theme: plan.theme,
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      organisation: plan.organisation,
      area: plan.area,
    },
    initiatives,
    others,
  };
}
