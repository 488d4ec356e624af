/** POST …/draft-text: a proposed status paragraph for an initiative in a round, composed from the data. */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { notFound } from '../../domain/problem';
import { composeStatusDraft, type DraftActivity } from '../../domain/draft-text';
import { isDoneBy } from '../../domain/engine';
import { joinDanish } from '../../domain/format';
import type { VenueKind } from '../../domain/types';
import type { DB } from '../../store/schema';
import { evaluatePlan } from '../progress/evaluate';
import { previousClosedRound } from './close';
import { loadRound } from './updates';

/** Compose the draft text; nothing is stored. */
export async function draftText(
  db: Kysely<DB>,
  ctx: RequestContext,
  roundId: number,
  initiativeId: number,
): Promise<{ text: string }> {
  const round = await loadRound(db, roundId);
  ctx.authorize('status:write', { planId: round.planId, initiativeId });
  const { inputs, initiatives } = await evaluatePlan(db, round.planId, round.asOf);
  const evaluated = initiatives.find(
    (e) => e.initiative.id === initiativeId && e.initiative.kind === 'recommendation',
  );
  if (!evaluated) {
    throw notFound('Anbefaling i rundens handleplan', 'Recommendation of the round’s plan', initiativeId);
  }
  const done = inputs.activities.filter((a) => a.initiativeId === initiativeId && isDoneBy(a, round.asOf));
  const partnerIds = [...new Set(done.map((a) => a.partnerId).filter((p): p is number => p !== null))];
  const partners =
    partnerIds.length === 0
      ? []
      : await db.selectFrom('partners').select(['id', 'name']).where('id', 'in', partnerIds).execute();
  const activities: DraftActivity[] = done.map((a) => ({
    kind: a.kind,
    venueKinds: a.venueIds
      .map((v) => inputs.venues.get(v)?.kind)
      .filter((k): k is VenueKind => k !== undefined),
    partner: partners.find((p) => p.id === a.partnerId)?.name ?? null,
  }));
  const groupIds = [...new Set(evaluated.targets.flatMap(({ target: t }) => t.metric.targetGroupIds))];
  const groups =
    groupIds.length === 0
      ? []
      : await db.selectFrom('targetGroups').select(['id', 'name']).where('id', 'in', groupIds).execute();
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const previousRound = await previousClosedRound(db, round.planId, round.asOf);
  const prevTargets = previousRound?.snapshot.initiatives.find((i) => i.id === initiativeId)?.targets ?? [];
  const text = composeStatusDraft({
    targets: evaluated.targets.map(({ target: t, result }) => ({
      id: t.id,
      metricKind: t.metric.kind,
      unitLabel: t.unitLabel,
      population: t.metric.population,
      populationLabel: joinDanish(t.metric.targetGroupIds.flatMap((g) => groupName.get(g) ?? [])),
      result,
    })),
    activities,
    previous: previousRound
      ? { asOf: previousRound.asOf, actual: new Map(prevTargets.map((t) => [t.id, t.result.actual])) }
      : null,
  });
  return { text };
}
