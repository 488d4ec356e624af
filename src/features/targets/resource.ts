/** Targets ("samlede mål") of an initiative, with the metric that computes them. */
import { patchOf } from '../../schemas/common';
import { checkRefs } from '../shared/service';
import { parseList } from '../../store/rows';
import { initiativeScope, recordMetaOf, type ResourceDef } from '../shared/resource';
import { TargetInput, Target, TargetQuery } from '../../schemas/targets';
import { assertNoIssues } from '../../domain/rules/issue';
import { targetRules } from '../../domain/rules/target';

export const targets: ResourceDef<'targets', Target, TargetInput> = {
  path: 'targets',
  table: 'targets',
  entity: 'target',
  label: { da: 'Mål', en: 'Target' },
  names: { one: 'target', many: 'targets', a: 'a target' },
  permission: { read: 'plan:read', write: 'target:write' },
  schemas: {
    create: TargetInput,
    update: patchOf(TargetInput),
    out: Target,
    query: TargetQuery,
  },
  filters: [{ param: 'initiativeId', column: 'initiativeId', op: '=' }],
  order: ['initiativeId', 'position', 'id'],
  refs: [{ field: 'initiativeId', table: 'initiatives', labelDa: 'Indsats', labelEn: 'Initiative' }],
  scope: (db, r) => initiativeScope(db, r.initiativeId),
  withinInitiative: true,
  toRow: (i) => ({
    ...i,
    targetGroupIds: JSON.stringify(i.targetGroupIds),
    activityKinds: JSON.stringify(i.activityKinds),
    venueKinds: JSON.stringify(i.venueKinds),
  }),
  fromRow: (r) => ({
    ...recordMetaOf(r),
    initiativeId: r.initiativeId,
    position: r.position,
    metricKind: r.metricKind as Target['metricKind'],
    comparator: r.comparator as Target['comparator'],
    value: r.value,
    unitLabel: r.unitLabel,
    dueDate: r.dueDate,
    baseline: r.baseline,
    baselineDate: r.baselineDate,
    sentence: r.sentence,
    targetGroupIds: parseList(r.targetGroupIds),
    activityKinds: parseList(r.activityKinds),
    venueKinds: parseList(r.venueKinds),
    population: r.population,
  }),
  async check(db, i) {
    await checkRefs(
      db,
      {
        refs: [
          { field: 'targetGroupIds', table: 'targetGroups', labelDa: 'Målgruppe', labelEn: 'Target group' },
        ],
      },
      i,
    );
    assertNoIssues(targetRules(i));
  },
};
