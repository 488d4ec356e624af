/**
 * Issue 10 over the API: the status text's lead-in choice and free bullets (stored, validated, frozen), the memo's
 * lead-in by rule with overdue plans left out, a share's count and population in the progress view, and a
 * baseline with its date where the target is described.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/schemas/progress';
import { call, create, startTestApp, type TestApp } from '../api';
import { callEn, expectProblem } from '../api/helpers';

let t: TestApp;
let planId: number;
let share: number;
let counted: number;

type LeadIn = { kind: string | null; withPeriod: boolean; bullets: string[] };
type Update = { initiativeId: number; state: string; version: number; text: string; leadIn: LeadIn };

const OVERDUE = 'Efteruddannelse i foråret, der aldrig blev registreret som gennemført';
const PLANNED = 'Endnu et efteruddannelsesforløb i oktober 2018';
const FREE = 'Måltallet, om at mindst 80 pct. af disse gennemgår efteruddannelsen, er indfriet';

beforeAll(async () => {
  t = await startTestApp();
  planId = (
    await create(t.app, 'plans', {
      slug: 'leadin',
      title: 'Handleplan 2017-18',
      theme: 'forebyggelse af social kontrol',
      periodFrom: '2017-01-01',
      periodTo: '2018-12-31',
    })
  ).id;
  const group = (await create(t.app, 'target-groups', { name: 'støttekontaktpersoner' })).id;
  share = (await create(t.app, 'initiatives', { planId, number: 5, title: 'Opfølgning efter krisecenter' }))
    .id;
  counted = (await create(t.app, 'initiatives', { planId, number: 6, title: 'Sager' })).id;
  await create(t.app, 'targets', {
    initiativeId: share,
    metricKind: 'share',
    value: 80,
    unitLabel: 'pct.',
    dueDate: '2018-12-31',
    targetGroupIds: [group],
    population: 36,
    sentence: 'Minimum {value} pct. af de relevante støttekontaktpersoner efteruddannes.',
  });
  await create(t.app, 'targets', {
    initiativeId: counted,
    metricKind: 'manual',
    comparator: '<=',
    value: 80,
    baseline: 120,
    baselineDate: '2017-01-01',
    unitLabel: 'sager',
    dueDate: '2018-12-31',
    sentence: 'Antallet af sager nedbringes til højst {value}.',
  });
  const activity = (over: Record<string, unknown>) =>
    create(t.app, 'activities', { initiativeId: share, kind: 'efteruddannelse', ...over });
  await activity({
    state: 'done',
    title: '2-dages efteruddannelse',
    dateFrom: '2018-04-17',
    dateTo: '2018-04-18',
    reach: [{ targetGroupId: group, count: 30 }],
  });
  await activity({
    state: 'planned',
    title: OVERDUE,
    dateFrom: '2018-05-01',
    dateTo: '2018-05-31',
    reach: [{ targetGroupId: group, count: 10 }],
  });
  await activity({
    state: 'planned',
    title: PLANNED,
    dateFrom: '2018-10-01',
    dateTo: '2018-10-31',
    reach: [{ targetGroupId: group, count: 30 }],
  });
});
afterAll(() => t.close());

async function round(asOf: string, title: string): Promise<{ id: number; version: number }> {
  return create(t.app, 'rounds', { planId, title, asOf });
}

describe('the lead-in choice of a status text', () => {
  it('is stored with the text and returned; left out, the rule decides with the period', async () => {
    const r = await round('2018-09-01', 'Valg');
    const url = `/api/v1/rounds/${r.id}/updates/${share}`;
    const plain = await call(t.app, 'PUT', url, { text: 'Status.' });
    expect(plain.json<Update>().leadIn).toEqual({ kind: null, withPeriod: true, bullets: [] });
    const chosen = await call(t.app, 'PUT', url, {
      text: '30 relevante fagpersoner har gennemgået en 2-dages efteruddannelse.',
      leadIn: { kind: 'on_track', withPeriod: false, bullets: [`  ${FREE} `] },
      version: plain.json<Update>().version,
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json<Update>().leadIn).toEqual({ kind: 'on_track', withPeriod: false, bullets: [FREE] });
    const listed = (await call(t.app, 'GET', `/api/v1/rounds/${r.id}/updates`)).json<Update[]>();
    expect(listed.find((u) => u.initiativeId === share)?.leadIn.kind).toBe('on_track');
  });

  it.each([
    ['an unknown lead-in', { kind: 'maybe' }, 'leadIn.kind', 'Vælg en af: met, on_track, planned.'],
    ['a blank bullet', { bullets: ['  '] }, 'leadIn.bullets.0', 'Feltet skal udfyldes.'],
    [
      'too many bullets',
      { bullets: Array.from({ length: 21 }, (_, i) => `Punkt ${i}`) },
      'leadIn.bullets',
      'Angiv højst 20 elementer.',
    ],
    [
      'a bullet of two lines',
      { bullets: ['Første linje\nanden linje'] },
      'leadIn.bullets.0',
      'Et punkt skal stå på én linje; skriv flere punkter som hver sin linje i listen.',
    ],
    [
      'the same bullet twice',
      { bullets: ['Et punkt', 'et punkt '] },
      'leadIn.bullets.1',
      'Det samme punkt står der allerede; fjern det ene.',
    ],
    [
      'a period that is not true or false',
      { withPeriod: 'ja' },
      'leadIn.withPeriod',
      'Angiv true eller false.',
    ],
  ])('refuses %s with a Danish 422 and stores nothing', async (_name, leadIn, field, message) => {
    const r = await round('2018-09-02', `Afvist ${field} ${_name}`);
    const url = `/api/v1/rounds/${r.id}/updates/${share}`;
    const res = await call(t.app, 'PUT', url, { text: 'Status.', leadIn });
    const problem = expectProblem(res, 422, field);
    expect(problem.errors?.[0]?.message ?? problem.detail).toContain(message);
    const listed = (await call(t.app, 'GET', `/api/v1/rounds/${r.id}/updates`)).json<Update[]>();
    expect(listed.find((u) => u.initiativeId === share)?.state).toBe('missing');
  });

  it('says the rule violations in English when asked', async () => {
    const r = await round('2018-09-03', 'English');
    const res = await callEn(t.app, 'PUT', `/api/v1/rounds/${r.id}/updates/${share}`, {
      text: 'Status.',
      leadIn: { bullets: ['a', 'A'] },
    });
    expect(expectProblem(res, 422, 'leadIn.bullets.1').detail).toContain('The same bullet is already listed');
  });
});

describe('the memo prints the lead-in by rule, with the author’s word last', () => {
  it('lists the planned activity under the rule’s lead-in, never the overdue one', async () => {
    const r = await round('2018-09-01', 'Regel');
    await call(t.app, 'PUT', `/api/v1/rounds/${r.id}/updates/${share}`, { text: 'Status.' });
    const html = (await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.html?variant=working`)).body;
    // 30 of 36 is 83,3 pct.: met, so "Samlet mål er opfyldt:" over the planned activity.
    expect(html).toContain('Samlet mål er opfyldt:');
    expect(html).toContain(PLANNED);
    // The working version lists the overdue activity as overdue only; the committee version not at all.
    expect(html).toContain(`Overskredet: &quot;${OVERDUE}&quot;`);
    expect(html.split(OVERDUE)).toHaveLength(2);
    const committee = (await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.html`)).body;
    expect(committee).toContain(PLANNED);
    expect(committee).not.toContain(OVERDUE);
    expect(html).toContain('30 af 36\u00a0støttekontaktpersoner (83,3\u00a0pct.; mål: mindst 80\u00a0pct.)');
    expect(html).toContain(
      'Antallet af sager nedbringes til højst 80. Udgangspunkt: 120\u00a0sager pr. 1. januar 2017.',
    );
  });

  it('freezes the author’s lead-in, free bullets first, and the overdue list in the closed round’s snapshot', async () => {
    const r = await round('2018-09-01', 'Frosset');
    const url = `/api/v1/rounds/${r.id}/updates/${share}`;
    let u = (
      await call(t.app, 'PUT', url, {
        text: 'Status.',
        leadIn: { kind: 'on_track', withPeriod: false, bullets: [FREE] },
      })
    ).json<Update>();
    u = (await call(t.app, 'POST', `${url}/submit`, { version: u.version })).json<Update>();
    expect((await call(t.app, 'POST', `${url}/approve`, { version: u.version })).statusCode).toBe(200);
    const closed = await call(t.app, 'POST', `/api/v1/rounds/${r.id}/close`, {
      version: r.version,
      missing: [counted],
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const html = (await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.html?variant=working`)).body;
    expect(html).toContain('Samlet mål forventes opfyldt gennem følgende aktiviteter:');
    expect(html.indexOf(FREE)).toBeGreaterThan(-1);
    expect(html.indexOf(FREE)).toBeLessThan(html.indexOf(PLANNED));
    const row = await t.database.db
      .selectFrom('roundSnapshots')
      .selectAll()
      .where('roundId', '=', r.id)
      .executeTakeFirstOrThrow();
    const snap = JSON.parse(row.data) as {
      initiatives: {
        id: number;
        leadIn: LeadIn;
        overdue: { title: string }[];
        planned: { title: string }[];
      }[];
    };
    const ini = snap.initiatives.find((i) => i.id === share)!;
    expect(ini.leadIn).toEqual({ kind: 'on_track', withPeriod: false, bullets: [FREE] });
    expect(ini.overdue.map((a) => a.title)).toEqual([OVERDUE]);
    expect(ini.planned.map((a) => a.title)).toEqual([PLANNED]);
  });
});

describe('progress shows a share as people of a population', () => {
  const shareTarget = async (asOf: string) => {
    const p = (await call(t.app, 'GET', `/api/v1/plans/${planId}/progress?asOf=${asOf}`)).json<Progress>();
    return p.initiatives.find((i) => i.id === share)!.targets[0];
  };
  it('gives the count and the population, and caps the forecast at 100 pct.', async () => {
    const tg = await shareTarget('2018-09-01');
    expect(tg).toMatchObject({ shareCount: 30, population: 36, status: 'met' });
    expect(tg.forecast).toBeCloseTo(100, 6);
  });
  it('forecasts nothing from plans that should have ended, and nothing after the due date', async () => {
    const may = await shareTarget('2018-05-15');
    expect(may.expected).toBeCloseTo((6 * 100) / 36, 6);
    const later = await shareTarget('2026-11-25');
    expect(later).toMatchObject({ shareCount: 30, population: 36, expected: 0 });
  });
  it('has no count or population for other metrics', async () => {
    const p = (await call(t.app, 'GET', `/api/v1/plans/${planId}/progress?asOf=2018-09-01`)).json<Progress>();
    expect(p.initiatives.find((i) => i.id === counted)!.targets[0]).toMatchObject({
      shareCount: null,
      population: null,
    });
  });
});
