/**
 * Load a plan document into the database in one transaction: reference data is found by name (or unit code) or
 * created, then the plan with its initiatives, targets, funding, expenditure, activities and measurements.
 * Rows are inserted in batches so that large portfolios load quickly.
 */
import type { Kysely, Transaction } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { ruleViolation } from '../../domain/problem';
import { audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import { refreshStatistics } from '../../store/dialect';
import { writeTx } from '../../store/write';
import { PlanDocument, type PlanDocumentInput } from '../../schemas/plan-document';
import { loadRounds } from './rounds-loader';
import { assertNoIssues } from '../../domain/rules/issue';
import { documentIssues } from './rules';

/** What a load created. */
export interface LoadResult {
  planId: number;
  slug: string;
  initiatives: number;
  targets: number;
  activities: number;
}

type Trx = Transaction<DB>;
const BATCH = 500;

async function insertBatched<T extends keyof DB>(
  trx: Trx,
  table: T,
  rows: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
  }
}

/** Find-or-create by a unique key; returns name → id. */
async function ensure(
  trx: Trx,
  table: 'units' | 'partners' | 'targetGroups' | 'venues',
  key: 'code' | 'name',
  rows: Record<string, unknown>[],
  now: string,
): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  for (const row of rows) {
    const value = row[key] as string;
    const found = await trx
      .selectFrom(table)
      .select('id')
      .where(key as never, '=', value as never)
      .executeTakeFirst();
    const id =
      found?.id ??
      (
        await trx
          .insertInto(table)
          .values({ ...row, createdAt: now, updatedAt: now } as never)
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    map.set(value, id);
  }
  return map;
}

function lookup(map: Map<string, number>, name: string, field: string, what: string): number {
  const id = map.get(name);
  if (id === undefined)
    throw ruleViolation(
      field,
      `${what} "${name}" er ikke beskrevet i dokumentet.`,
      `${what} "${name}" is not declared.`,
    );
  return id;
}

/** Validate and load a plan document; everything commits together or nothing does. */
export async function loadPlanDocument(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: PlanDocumentInput,
): Promise<LoadResult> {
  ctx.authorize('plan:write');
  const doc = PlanDocument.parse(input);
  assertNoIssues(documentIssues(doc));
  const result = await writeTx(db, async (trx) => {
    const now = new Date().toISOString();
    const units = await ensure(trx, 'units', 'code', doc.units, now);
    const partners = await ensure(trx, 'partners', 'name', doc.partners, now);
    const groups = await ensure(
      trx,
      'targetGroups',
      'name',
      doc.targetGroups.map((name) => ({ name })),
      now,
    );
    const venues = await ensure(
      trx,
      'venues',
      'name',
      doc.venues.map((v) => ({
        name: v.name,
        kind: v.kind,
        unitId: v.unit === null ? null : lookup(units, v.unit, 'venues.unit', 'Forvaltning'),
      })),
      now,
    );
    const p = doc.plan;
    const plan = await trx
      .insertInto('plans')
      .values({
        slug: p.slug,
        title: p.title,
        theme: p.theme,
        periodFrom: p.periodFrom,
        periodTo: p.periodTo,
        unitId: p.unit === null ? null : lookup(units, p.unit, 'plan.unit', 'Forvaltning'),
        organisation: p.organisation,
        area: p.area,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    let targetCount = 0;
    let activityCount = 0;
    const numbered = new Map<number, number>();
    for (const [n, init] of doc.initiatives.entries()) {
      const field = `initiatives.${n}`;
      const { id: initiativeId } = await trx
        .insertInto('initiatives')
        .values({
          planId: plan.id,
          number: init.number,
          kind: init.kind,
          title: init.title,
          purpose: init.purpose,
          description: init.description,
          unitId: init.unit === null ? null : lookup(units, init.unit, `${field}.unit`, 'Forvaltning'),
          assessmentStatus: init.assessment?.status ?? null,
          assessmentReason: init.assessment?.reason ?? null,
          assessmentBy: init.assessment?.by ?? null,
          assessmentAt: init.assessment?.at ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (init.number !== null && init.kind === 'recommendation') numbered.set(init.number, initiativeId);
      const partnerIds = [
        ...new Set(init.partners.map((name) => lookup(partners, name, `${field}.partners`, 'Partner'))),
      ];
      await insertBatched(
        trx,
        'initiativePartners',
        partnerIds.map((partnerId) => ({ initiativeId, partnerId })),
      );

      for (const [pos, t] of init.targets.entries()) {
        const { id: targetId } = await trx
          .insertInto('targets')
          .values({
            initiativeId,
            position: pos,
            metricKind: t.metricKind,
            comparator: t.comparator,
            value: t.value,
            unitLabel: t.unitLabel,
            dueDate: t.dueDate,
            baseline: t.baseline,
            sentence: t.sentence,
            targetGroupIds: JSON.stringify(
              t.targetGroups.map((g) => lookup(groups, g, `${field}.targets`, 'Målgruppe')),
            ),
            activityKinds: JSON.stringify(t.activityKinds),
            venueKinds: JSON.stringify(t.venueKinds),
            population: t.population,
            createdAt: now,
            updatedAt: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        targetCount += 1;
        await insertBatched(
          trx,
          'measurements',
          t.measurements.map((m) => ({ targetId, ...m, createdAt: now, updatedAt: now })),
        );
      }
      await insertBatched(
        trx,
        'fundings',
        init.funding.map((f, position) => ({ initiativeId, position, ...f, createdAt: now, updatedAt: now })),
      );
      await insertBatched(
        trx,
        'expenditures',
        init.expenditures.map((e) => ({ initiativeId, ...e, createdAt: now, updatedAt: now })),
      );
      activityCount += await insertActivities(
        trx,
        initiativeId,
        init.activities,
        { partners, venues, groups },
        field,
        now,
      );
    }
    const roundCount = await loadRounds(trx, plan.id, numbered, doc, now);
    await audit(trx, ctx, 'import', 'plan', plan.id, null, {
      rounds: roundCount,
      slug: p.slug,
      initiatives: doc.initiatives.length,
      targets: targetCount,
      activities: activityCount,
    });
    return {
      planId: plan.id,
      slug: p.slug,
      initiatives: doc.initiatives.length,
      targets: targetCount,
      activities: activityCount,
    };
  });
  await refreshStatistics(db);
  return result;
}

interface Lookups {
  partners: Map<string, number>;
  venues: Map<string, number>;
  groups: Map<string, number>;
}

async function insertActivities(
  trx: Trx,
  initiativeId: number,
  list: PlanDocument['initiatives'][number]['activities'],
  l: Lookups,
  field: string,
  now: string,
): Promise<number> {
  for (let i = 0; i < list.length; i += BATCH) {
    const chunk = list.slice(i, i + BATCH);
    const ids = await trx
      .insertInto('activities')
      .values(
        chunk.map((a) => ({
          initiativeId,
          state: a.state,
          kind: a.kind,
          title: a.title,
          description: a.description,
          dateFrom: a.dateFrom,
          dateTo: a.dateTo ?? a.dateFrom,
          occurrences: a.occurrences,
          imported: a.imported ? 1 : 0,
          unnamedVenues: a.unnamedVenues,
          partnerId:
            a.partner === null ? null : lookup(l.partners, a.partner, `${field}.activities`, 'Partner'),
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning('id')
      .execute();
    const venueRows = chunk.flatMap((a, n) =>
      [...new Set(a.venues)].map((v) => ({
        activityId: ids[n].id,
        venueId: lookup(l.venues, v, `${field}.activities`, 'Sted'),
      })),
    );
    const reachRows = chunk.flatMap((a, n) =>
      Object.entries(a.reach).map(([g, count]) => ({
        activityId: ids[n].id,
        targetGroupId: lookup(l.groups, g, `${field}.activities`, 'Målgruppe'),
        count,
      })),
    );
    await insertBatched(trx, 'activityVenues', venueRows);
    await insertBatched(trx, 'activityReach', reachRows);
  }
  return list.length;
}
