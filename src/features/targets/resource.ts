/** Targets ("samlede mål") of an initiative, with the metric that computes them. */
import { patchOf } from '../../schemas/common';
import { ruleViolation } from '../../domain/problem';
import { checkRefs } from '../shared/service';
import { parseList } from '../../store/rows';
import { initiativeScope, recordMetaOf, type ResourceDef } from '../shared/resource';
import { TargetInput, Target, TargetQuery } from '../../schemas/targets';

export const targets: ResourceDef<'targets', Target, TargetInput> = {
  path: 'targets',
  table: 'targets',
  entity: 'target',
  label: { da: 'Mål', en: 'Target' },
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
    if (i.metricKind === 'share' && i.population === null) {
      throw ruleViolation(
        'population',
        'Et andelsmål (share) kræver en registreret population, fx antallet af relevante støttekontaktpersoner.',
        'A share target needs a registered population.',
      );
    }
    if (i.metricKind === 'share' && i.value > 100) {
      throw ruleViolation(
        'value',
        'Et andelsmål angives i procent (højst 100).',
        'A share target is a percentage (at most 100).',
      );
    }
    if (i.metricKind === 'milestone' && i.value !== 1) {
      throw ruleViolation(
        'value',
        'Et milepælsmål har værdien 1 (nået).',
        'A milestone target has the value 1 (reached).',
      );
    }
    if (i.comparator === '<=' && i.baseline !== null && i.baseline < i.value) {
      throw ruleViolation(
        'baseline',
        'For et "højst"-mål skal udgangspunktet være større end eller lig målet.',
        'For an at-most target the baseline must be at least the target value.',
      );
    }
  },
};
