/**
 * Merging two near-duplicate entries of a reference list ("N. Fælled Skole" and "Nørre Fælled Skole"): everything
 * that names the duplicate is moved to the survivor, then the duplicate is deleted — in one transaction, audited.
 * Venues: the activities' venue rows (an activity at both keeps one), so the venues metric, which counts distinct
 * venues, stops counting one place twice. Partners: the activities' partner and the initiatives' partner rows.
 * Target groups: the activities' reach rows (an activity with both gets the sum) and the targets' group lists.
 * Every activity and target whose content changes gets a new version, so an edit based on the old one is refused.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { RequestContext } from '../../auth/context';
import { notFound, ruleViolation, staleVersion } from '../../domain/problem';
import type { MergeResult } from '../../schemas/reference';
import { audit } from '../../store/audit';
import type { DB } from '../../store/schema';
import { versionedDelete } from '../../store/versioned';
import { writeTx } from '../../store/write';

/** The lists that can be merged. */
export type MergeableList = 'venues' | 'partners' | 'targetGroups';

const LABELS: Record<MergeableList, { da: string; en: string; entity: string }> = {
  venues: { da: 'Sted', en: 'Venue', entity: 'venue' },
  partners: { da: 'Partner', en: 'Partner', entity: 'partner' },
  targetGroups: { da: 'Målgruppe', en: 'Target group', entity: 'targetGroup' },
};

interface Entry {
  id: number;
  version: number;
  name: string;
  kind?: string;
}

async function entry(db: Kysely<DB>, list: MergeableList, id: number): Promise<Entry> {
  const row =
    list === 'venues'
      ? await db
          .selectFrom('venues')
          .select(['id', 'version', 'name', 'kind'])
          .where('id', '=', id)
          .executeTakeFirst()
      : await db.selectFrom(list).select(['id', 'version', 'name']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(LABELS[list].da, LABELS[list].en, id);
  return row;
}

/** Give the activities (or targets) a new version: their content changed under them. */
async function touchVersions(
  trx: Transaction<DB>,
  table: 'activities' | 'targets',
  ids: readonly number[],
  now: string,
): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable(table)
    .set({ version: sql<number>`version + 1`, updatedAt: now })
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

async function mergeVenues(
  trx: Transaction<DB>,
  from: number,
  into: number,
  now: string,
): Promise<MergeResult['moved']> {
  const rows = await trx
    .selectFrom('activityVenues')
    .select('activityId')
    .where('venueId', '=', from)
    .execute();
  const activityIds = rows.map((r) => r.activityId);
  // An activity at both places keeps one row.
  await trx
    .deleteFrom('activityVenues')
    .where('venueId', '=', from)
    .where(
      'activityId',
      'in',
      trx.selectFrom('activityVenues').select('activityId').where('venueId', '=', into),
    )
    .execute();
  await trx.updateTable('activityVenues').set({ venueId: into }).where('venueId', '=', from).execute();
  await touchVersions(trx, 'activities', activityIds, now);
  return { activities: activityIds.length, targets: 0, initiatives: 0 };
}

async function mergePartners(
  trx: Transaction<DB>,
  from: number,
  into: number,
  now: string,
): Promise<MergeResult['moved']> {
  const acts = await trx.selectFrom('activities').select('id').where('partnerId', '=', from).execute();
  await trx
    .updateTable('activities')
    .set({ partnerId: into, version: sql<number>`version + 1`, updatedAt: now })
    .where('partnerId', '=', from)
    .execute();
  const inits = await trx
    .selectFrom('initiativePartners')
    .select('initiativeId')
    .where('partnerId', '=', from)
    .execute();
  await trx
    .deleteFrom('initiativePartners')
    .where('partnerId', '=', from)
    .where(
      'initiativeId',
      'in',
      trx.selectFrom('initiativePartners').select('initiativeId').where('partnerId', '=', into),
    )
    .execute();
  await trx
    .updateTable('initiativePartners')
    .set({ partnerId: into })
    .where('partnerId', '=', from)
    .execute();
  return { activities: acts.length, targets: 0, initiatives: inits.length };
}

async function mergeTargetGroups(
  trx: Transaction<DB>,
  from: number,
  into: number,
  now: string,
): Promise<MergeResult['moved']> {
  const rows = await trx
    .selectFrom('activityReach')
    .select(['activityId', 'count'])
    .where('targetGroupId', '=', from)
    .execute();
  const both = new Map<number, number>();
  if (rows.length > 0) {
    const overlapping = await trx
      .selectFrom('activityReach')
      .select(['activityId', 'count'])
      .where('targetGroupId', '=', into)
      .where(
        'activityId',
        'in',
        rows.map((r) => r.activityId),
      )
      .execute();
    for (const r of overlapping) both.set(r.activityId, r.count);
  }
  // An activity that reached both groups reached their sum in the survivor.
  for (const r of rows) {
    const existing = both.get(r.activityId);
    if (existing === undefined) continue;
    await trx
      .updateTable('activityReach')
      .set({ count: existing + r.count })
      .where('activityId', '=', r.activityId)
      .where('targetGroupId', '=', into)
      .execute();
  }
  if (both.size > 0)
    await trx
      .deleteFrom('activityReach')
      .where('targetGroupId', '=', from)
      .where('activityId', 'in', [...both.keys()])
      .execute();
  await trx
    .updateTable('activityReach')
    .set({ targetGroupId: into })
    .where('targetGroupId', '=', from)
    .execute();
  await touchVersions(
    trx,
    'activities',
    rows.map((r) => r.activityId),
    now,
  );

  // Targets name their groups in a JSON list.
  const targets = await trx.selectFrom('targets').select(['id', 'targetGroupIds']).execute();
  const changed: number[] = [];
  for (const t of targets) {
    const ids = JSON.parse(t.targetGroupIds) as number[];
    if (!ids.includes(from)) continue;
    const next = [...new Set(ids.map((g) => (g === from ? into : g)))];
    await trx
      .updateTable('targets')
      .set({ targetGroupIds: JSON.stringify(next) })
      .where('id', '=', t.id)
      .execute();
    changed.push(t.id);
  }
  await touchVersions(trx, 'targets', changed, now);
  return { activities: rows.length, targets: changed.length, initiatives: 0 };
}

/** Merge entry `id` of a list into entry `into`; `version` is the duplicate's, as the caller read it. */
export async function mergeReference(
  db: Kysely<DB>,
  ctx: RequestContext,
  list: MergeableList,
  id: number,
  body: { into: number; version: number },
): Promise<MergeResult> {
  ctx.authorize('reference:write');
  const label = LABELS[list];
  if (body.into === id)
    throw ruleViolation(
      'into',
      'Vælg en anden post at lægge sammen med.',
      'Choose another entry to merge into.',
    );
  const duplicate = await entry(db, list, id);
  const survivor = await entry(db, list, body.into);
  if (duplicate.version !== body.version) throw staleVersion(duplicate.version, body.version);
  if (list === 'venues' && duplicate.kind !== survivor.kind)
    throw ruleViolation(
      'into',
      `"${duplicate.name}" og "${survivor.name}" er ikke samme type sted. Ret typen først, hvis de er samme sted.`,
      `"${duplicate.name}" and "${survivor.name}" are not the same kind of venue. Correct the kind first if they are one place.`,
    );
  return writeTx(db, async (trx) => {
    const now = new Date().toISOString();
    const merge = list === 'venues' ? mergeVenues : list === 'partners' ? mergePartners : mergeTargetGroups;
    const moved = await merge(trx, id, body.into, now);
    await versionedDelete(trx, list, { id, version: body.version });
    await audit(trx, ctx, 'merge', label.entity, id, duplicate, { mergedInto: survivor.id, moved });
    return { into: survivor.id, removed: id, moved };
  });
}
