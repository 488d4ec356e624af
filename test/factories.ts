/**
 * Small factories for API tests: each creates one valid record through the API (so the same rules apply as for a
 * caller) with unique defaults, and takes overrides for what the test is about.
 */
import type { App } from '../src/api/app-types';
import type { Activity } from '../src/schemas/activities';
import type { Expenditure, Funding } from '../src/schemas/funding';
import type { Initiative } from '../src/schemas/initiatives';
import type { Measurement } from '../src/schemas/measurements';
import type { Plan } from '../src/schemas/plans';
import type { Partner, TargetGroup, Unit, Venue } from '../src/schemas/reference';
import type { Target } from '../src/schemas/targets';
import { create } from './api';

type Body = Record<string, unknown>;

let counter = 0;
/** A number unique within the test file, for codes, names and slugs. */
export function unique(): number {
  counter += 1;
  return counter;
}

/** A valid unit body. */
export const unitBody = (n = unique()): Body => ({ code: `U${n}`, name: `Forvaltning ${n}` });
/** A valid plan body (2018). */
export const planBody = (n = unique()): Body => ({
  slug: `plan-${n}`,
  title: `Handleplan ${n}`,
  theme: 'forebyggelse af social kontrol',
  periodFrom: '2018-01-01',
  periodTo: '2018-12-31',
});

export const makeUnit = (app: App, over: Body = {}): Promise<Unit> =>
  create<Unit>(app, 'units', { ...unitBody(), ...over });

export const makePartner = (app: App, over: Body = {}): Promise<Partner> =>
  create<Partner>(app, 'partners', { name: `Partner ${unique()}`, ...over });

export const makeTargetGroup = (app: App, over: Body = {}): Promise<TargetGroup> =>
  create<TargetGroup>(app, 'target-groups', { name: `målgruppe ${unique()}`, ...over });

export const makeVenue = (app: App, over: Body = {}): Promise<Venue> =>
  create<Venue>(app, 'venues', { name: `Skole ${unique()}`, kind: 'folkeskole', ...over });

export const makePlan = (app: App, over: Body = {}): Promise<Plan> =>
  create<Plan>(app, 'plans', { ...planBody(), ...over });

/** An initiative; a new plan is made for it unless `planId` is given. */
export async function makeInitiative(app: App, over: Body = {}): Promise<Initiative> {
  const planId = 'planId' in over ? over.planId : (await makePlan(app)).id;
  const n = unique();
  return create<Initiative>(app, 'initiatives', { planId, number: n, title: `Indsats ${n}`, ...over });
}

/** Resolve the initiative a child record belongs to: the given one or a new one. */
async function initiativeOf(app: App, over: Body): Promise<number> {
  return typeof over.initiativeId === 'number' ? over.initiativeId : (await makeInitiative(app)).id;
}

/** A reach target of 100, due at the end of 2018. */
export async function makeTarget(app: App, over: Body = {}): Promise<Target> {
  const initiativeId = await initiativeOf(app, over);
  return create<Target>(app, 'targets', {
    metricKind: 'reach',
    value: 100,
    unitLabel: 'børn og unge',
    dueDate: '2018-12-31',
    ...over,
    initiativeId,
  });
}

export async function makeFunding(app: App, over: Body = {}): Promise<Funding> {
  const initiativeId = await initiativeOf(app, over);
  return create<Funding>(app, 'funding', {
    kind: 'money',
    amount: 500_000,
    yearFrom: 2018,
    yearTo: 2019,
    ...over,
    initiativeId,
  });
}

export async function makeExpenditure(app: App, over: Body = {}): Promise<Expenditure> {
  const initiativeId = await initiativeOf(app, over);
  return create<Expenditure>(app, 'expenditures', { year: 2018, amount: 120_000, ...over, initiativeId });
}

/** A one-day done activity ("teater") without venues or reach. */
export async function makeActivity(app: App, over: Body = {}): Promise<Activity> {
  const initiativeId = await initiativeOf(app, over);
  return create<Activity>(app, 'activities', {
    state: 'done',
    kind: 'teater',
    title: `Aktivitet ${unique()}`,
    dateFrom: '2018-03-01',
    dateTo: '2018-03-01',
    ...over,
    initiativeId,
  });
}

/** A measurement; a new manual target is made for it unless `targetId` is given. */
export async function makeMeasurement(app: App, over: Body = {}): Promise<Measurement> {
  const targetId =
    typeof over.targetId === 'number'
      ? over.targetId
      : (await makeTarget(app, { metricKind: 'manual', value: 80 })).id;
  return create<Measurement>(app, 'measurements', { value: 42, asOf: '2018-06-01', ...over, targetId });
}
