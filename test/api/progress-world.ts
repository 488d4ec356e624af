/** A tiny plan built through the API for the progress and assessment tests, and readers for the progress view. */
import type { App } from '../../src/api/app-types';
import {
  makeActivity,
  makeInitiative,
  makeMeasurement,
  makePlan,
  makeTarget,
  makeTargetGroup,
  makeVenue,
} from '../factories';
import { getJson } from './helpers';

export interface TargetProgress {
  id: number;
  actual: number | null;
  expected: number;
  forecast: number | null;
  progress: number | null;
  status: string;
  statusLabel: string;
  reason: string;
  sentence: string;
}
export interface InitiativeProgress {
  id: number;
  computedStatus: string;
  status: string;
  statusLabel: string;
  isAssessment: boolean;
  assessment: { status: string; reason: string; by: string } | null;
  targets: TargetProgress[];
}
export interface ProgressBody {
  asOf: string;
  plan: { id: number; slug: string; title: string } | null;
  summary: Record<string, number>;
  initiatives: InitiativeProgress[];
}

/**
 * Plan 2018 with two initiatives. I1: reach ≥ 100 (group A), venues ≥ 2 (friskoler), count ≥ 3 (kurser), with done,
 * planned and cancelled activities. I2: share ≥ 50 pct. of 200 (group B), manual ≥ 80 pct. with two measurements.
 */
export async function buildPlan(a: App) {
  const [groupA, groupB] = [await makeTargetGroup(a), await makeTargetGroup(a)];
  const v1 = await makeVenue(a, { kind: 'folkeskole' });
  const v2 = await makeVenue(a, { kind: 'friskole' });
  const v3 = await makeVenue(a, { kind: 'friskole' });
  const plan = await makePlan(a);
  const i1 = await makeInitiative(a, { planId: plan.id, number: 1 });
  const i2 = await makeInitiative(a, { planId: plan.id, number: 2 });
  const other = await makeInitiative(a, { planId: null, number: null, kind: 'other' });
  const common = { dueDate: '2018-12-31' };
  const reach = await makeTarget(a, {
    ...common,
    initiativeId: i1.id,
    targetGroupIds: [groupA.id],
    sentence: '{value} børn og unge deltager.',
  });
  const venues = await makeTarget(a, {
    ...common,
    initiativeId: i1.id,
    metricKind: 'venues',
    value: 2,
    venueKinds: ['friskole'],
  });
  const count = await makeTarget(a, {
    ...common,
    initiativeId: i1.id,
    metricKind: 'count',
    value: 3,
    activityKinds: ['kursus'],
  });
  const share = await makeTarget(a, {
    ...common,
    initiativeId: i2.id,
    metricKind: 'share',
    value: 50,
    population: 200,
    targetGroupIds: [groupB.id],
  });
  const manual = await makeTarget(a, {
    ...common,
    initiativeId: i2.id,
    metricKind: 'manual',
    value: 80,
    unitLabel: 'pct.',
  });
  const act = (over: Record<string, unknown>) =>
    makeActivity(a, { initiativeId: i1.id, kind: 'teater', ...over });
  await act({
    state: 'done',
    dateFrom: '2018-03-01',
    dateTo: '2018-03-01',
    venueIds: [v1.id, v2.id],
    reach: [
      { targetGroupId: groupA.id, count: 40 },
      { targetGroupId: groupB.id, count: 10 },
    ],
  });
  await act({
    state: 'planned',
    dateFrom: '2018-09-01',
    dateTo: '2018-09-02',
    venueIds: [v3.id],
    reach: [{ targetGroupId: groupA.id, count: 70 }],
  });
  await act({
    state: 'cancelled',
    dateFrom: '2018-04-01',
    dateTo: '2018-04-01',
    venueIds: [v3.id],
    reach: [{ targetGroupId: groupA.id, count: 1000 }],
  });
  await act({ state: 'done', kind: 'kursus', dateFrom: '2018-02-01', dateTo: '2018-02-10', occurrences: 2 });
  await act({ state: 'planned', kind: 'kursus', dateFrom: '2018-10-01', dateTo: '2018-10-01' });
  await makeActivity(a, {
    initiativeId: i2.id,
    state: 'done',
    kind: 'workshop',
    dateFrom: '2018-05-01',
    dateTo: '2018-05-01',
    reach: [{ targetGroupId: groupB.id, count: 60 }],
  });
  const measured = await makeMeasurement(a, { targetId: manual.id, value: 85, asOf: '2018-05-15' });
  await makeMeasurement(a, { targetId: manual.id, value: 70, asOf: '2018-08-01' });
  return { plan, i1, i2, other, groupB, v3, measured, targets: { reach, venues, count, share, manual } };
}
export type World = Awaited<ReturnType<typeof buildPlan>>;

/** GET a progress view. */
export const progressOf = (app: App, url: string): Promise<ProgressBody> => getJson<ProgressBody>(app, url);
export function initiative(p: ProgressBody, id: number): InitiativeProgress {
  const found = p.initiatives.find((i) => i.id === id);
  if (!found) throw new Error(`initiative ${id} missing from progress`);
  return found;
}
export function target(p: ProgressBody, id: number): TargetProgress {
  const found = p.initiatives.flatMap((i) => i.targets).find((x) => x.id === id);
  if (!found) throw new Error(`target ${id} missing from progress`);
  return found;
}
