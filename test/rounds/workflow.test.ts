/** Reporting rounds: status-update workflow, closing with a frozen snapshot, reopening with a reason. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/schemas/progress';
import { call, create, startTestApp, type TestApp } from '../api';

let t: TestApp;
let planId: number;
let ini1: number;
let ini2: number;
let activityId: number;
let group: number;

type Update = {
  initiativeId: number;
  state: string;
  version: number;
  text: string;
  comment: string | null;
  submittedBy: string | null;
  decidedBy: string | null;
};
type Round = { id: number; version: number; state: string };

const auditCount = async (action?: string) => {
  let q = t.database.db.selectFrom('auditLog').select((eb) => eb.fn.countAll<number>().as('n'));
  if (action) q = q.where('action', '=', action);
  return Number((await q.executeTakeFirstOrThrow()).n);
};

async function newRound(asOf = '2018-09-01', title = 'Status efterår 2018'): Promise<Round> {
  return create<Round>(t.app, 'rounds', { planId, title, asOf, appendixNumber: 1 });
}

async function updates(roundId: number): Promise<Update[]> {
  return (await call(t.app, 'GET', `/api/v1/rounds/${roundId}/updates`)).json<Update[]>();
}

async function approveAll(roundId: number): Promise<void> {
  for (const ini of [ini1, ini2]) {
    let u = (
      await call(t.app, 'PUT', `/api/v1/rounds/${roundId}/updates/${ini}`, { text: `Status for ${ini}.` })
    ).json<Update>();
    u = (
      await call(t.app, 'POST', `/api/v1/rounds/${roundId}/updates/${ini}/submit`, { version: u.version })
    ).json<Update>();
    const res = await call(t.app, 'POST', `/api/v1/rounds/${roundId}/updates/${ini}/approve`, {
      version: u.version,
    });
    expect(res.statusCode).toBe(200);
  }
}

/** The working version of a round's memo (HTML): the memo with its computed figures and notes. */
async function memoText(roundId: number): Promise<string> {
  const res = await call(t.app, 'GET', `/api/v1/rounds/${roundId}/memo.html?variant=working`);
  expect(res.statusCode).toBe(200);
  return res.body;
}

beforeAll(async () => {
  t = await startTestApp();
  planId = (
    await create(t.app, 'plans', {
      slug: 'p',
      title: 'Handleplan 2018',
      theme: 'forebyggelse af social kontrol',
      periodFrom: '2018-01-01',
      periodTo: '2018-12-31',
    })
  ).id;
  group = (await create(t.app, 'target-groups', { name: 'børn og unge' })).id;
  ini1 = (await create(t.app, 'initiatives', { planId, number: 1, title: 'Unge', purpose: 'Oplyse unge.' }))
    .id;
  ini2 = (await create(t.app, 'initiatives', { planId, number: 2, title: 'Forældre' })).id;
  await create(t.app, 'targets', {
    initiativeId: ini1,
    metricKind: 'reach',
    value: 100,
    unitLabel: 'børn og unge',
    dueDate: '2018-12-31',
    targetGroupIds: [group],
    sentence: 'Minimum {value} børn og unge.',
  });
  activityId = (
    await create(t.app, 'activities', {
      initiativeId: ini1,
      state: 'done',
      kind: 'teater',
      title: 'Teater',
      dateFrom: '2018-03-01',
      dateTo: '2018-03-01',
      reach: [{ targetGroupId: group, count: 40 }],
    })
  ).id;
});
afterAll(() => t.close());

describe('status updates', () => {
  it('lists every recommendation, missing until written', async () => {
    const r = await newRound('2018-06-01', 'Status forår 2018');
    expect((await updates(r.id)).map((u) => [u.initiativeId, u.state])).toEqual([
      [ini1, 'missing'],
      [ini2, 'missing'],
    ]);
  });

  it('goes draft → submitted → returned with a comment → draft → submitted → approved, recording who', async () => {
    const r = await newRound('2018-06-02', 'Workflow');
    const url = `/api/v1/rounds/${r.id}/updates/${ini1}`;
    let u = (await call(t.app, 'PUT', url, { text: 'Første udkast.' })).json<Update>();
    expect(u).toMatchObject({ state: 'draft', version: 1 });
    u = (await call(t.app, 'POST', `${url}/submit`, { version: u.version })).json<Update>();
    expect(u).toMatchObject({ state: 'submitted', submittedBy: 'test@kk.dk' });
    const noComment = await call(t.app, 'POST', `${url}/return`, { version: u.version });
    expect(noComment.statusCode).toBe(422);
    u = (
      await call(t.app, 'POST', `${url}/return`, { version: u.version, comment: 'Tilføj tallet.' })
    ).json<Update>();
    expect(u).toMatchObject({ state: 'returned', comment: 'Tilføj tallet.', decidedBy: 'test@kk.dk' });
    u = (await call(t.app, 'PUT', url, { text: 'Andet udkast med 40.', version: u.version })).json<Update>();
    expect(u.state).toBe('draft');
    u = (await call(t.app, 'POST', `${url}/submit`, { version: u.version })).json<Update>();
    u = (await call(t.app, 'POST', `${url}/approve`, { version: u.version })).json<Update>();
    expect(u).toMatchObject({ state: 'approved', text: 'Andet udkast med 40.' });
  });

  it('refuses transitions that the state does not allow, and stale versions', async () => {
    const r = await newRound('2018-06-03', 'Forbudt');
    const url = `/api/v1/rounds/${r.id}/updates/${ini1}`;
    expect((await call(t.app, 'POST', `${url}/approve`, { version: 1 })).statusCode).toBe(409);
    const u = (await call(t.app, 'PUT', url, { text: '' })).json<Update>();
    const empty = await call(t.app, 'POST', `${url}/submit`, { version: u.version });
    expect(empty.statusCode).toBe(422);
    expect(empty.json<{ field: string }>().field).toBe('text');
    const before = await auditCount();
    expect((await call(t.app, 'POST', `${url}/approve`, { version: u.version })).statusCode).toBe(409);
    expect((await call(t.app, 'PUT', url, { text: 'x', version: 99 })).statusCode).toBe(409);
    expect(await auditCount()).toBe(before);
    const submitted = (await call(t.app, 'PUT', url, { text: 'ok', version: u.version })).json<Update>();
    const s = (await call(t.app, 'POST', `${url}/submit`, { version: submitted.version })).json<Update>();
    const edit = await call(t.app, 'PUT', url, { text: 'ændret', version: s.version });
    expect(edit.statusCode).toBe(409);
  });

  it('rejects an initiative outside the round’s plan', async () => {
    const r = await newRound('2018-06-04', 'Fremmed');
    const other = await create(t.app, 'initiatives', { kind: 'other', title: 'Uden plan' });
    expect(
      (await call(t.app, 'PUT', `/api/v1/rounds/${r.id}/updates/${other.id}`, { text: 'x' })).statusCode,
    ).toBe(404);
  });
});

describe('closing and the snapshot', () => {
  it('cannot close while an update is not approved, unless it is listed as missing', async () => {
    const r = await newRound('2018-07-01', 'Mangler');
    const res = await call(t.app, 'POST', `/api/v1/rounds/${r.id}/close`, { version: r.version });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ detail: string }>().detail).toContain('Unge');
    const closed = await call(t.app, 'POST', `/api/v1/rounds/${r.id}/close`, {
      version: r.version,
      missing: [ini1, ini2],
    });
    expect(closed.statusCode).toBe(200);
    expect(await memoText(r.id)).toContain('Statustekst mangler');
    // The committee version leaves the status empty rather than print a system line.
    const committee = (await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.html`)).body;
    expect(committee).not.toContain('mangler');
  });

  it('renders a closed round from its snapshot: later changes to activities do not change the memo', async () => {
    const r = await newRound('2018-09-01', 'Status efterår 2018');
    await approveAll(r.id);
    const open = await memoText(r.id);
    expect(open).toContain('UDKAST');
    const closed = (
      await call(t.app, 'POST', `/api/v1/rounds/${r.id}/close`, { version: r.version })
    ).json<Round>();
    expect(closed.state).toBe('closed');
    const before = await memoText(r.id);
    expect(before).not.toContain('UDKAST');
    expect(before).toContain('40 af 100\u00a0børn og unge');

    const act = (await call(t.app, 'GET', `/api/v1/activities/${activityId}`)).json<{ version: number }>();
    const changed = await call(t.app, 'PATCH', `/api/v1/activities/${activityId}`, {
      version: act.version,
      reach: [{ targetGroupId: group, count: 90 }],
    });
    expect(changed.statusCode).toBe(200);
    const live = (
      await call(t.app, 'GET', `/api/v1/plans/${planId}/progress?asOf=2018-09-01`)
    ).json<Progress>();
    expect(live.initiatives[0].targets[0].actual).toBe(90);

    const after = await memoText(r.id);
    expect(after).toBe(before);
    const pdfA = await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.docx`);
    expect(pdfA.statusCode).toBe(200);
    // A closed round is read-only.
    expect(
      (await call(t.app, 'PUT', `/api/v1/rounds/${r.id}/updates/${ini1}`, { text: 'x', version: 3 }))
        .statusCode,
    ).toBe(409);
    expect(
      (await call(t.app, 'PATCH', `/api/v1/rounds/${r.id}`, { title: 'Ny', version: closed.version }))
        .statusCode,
    ).toBe(409);
    expect((await call(t.app, 'DELETE', `/api/v1/rounds/${r.id}?version=${closed.version}`)).statusCode).toBe(
      409,
    );

    // Reopening needs a reason and is audited; the memo is then live again.
    const noReason = await call(t.app, 'POST', `/api/v1/rounds/${r.id}/reopen`, {
      version: closed.version,
      reason: '',
    });
    expect(noReason.statusCode).toBe(422);
    const reopens = await auditCount('reopen');
    const reopened = await call(t.app, 'POST', `/api/v1/rounds/${r.id}/reopen`, {
      version: closed.version,
      reason: 'Forkert tal i status',
    });
    expect(reopened.json<Round>().state).toBe('open');
    expect(await auditCount('reopen')).toBe(reopens + 1);
    const entry = await t.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'reopen')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor: 'test@kk.dk', entityType: 'round', entityId: r.id });
    expect(entry.after).toContain('Forkert tal i status');
    expect(await memoText(r.id)).toContain('90 af 100\u00a0børn og unge');
  });
});

describe('draft text', () => {
  it('composes a Danish paragraph from the data and reports the change since the last closed round', async () => {
    const first = await newRound('2018-04-01', 'Status forår');
    await approveAll(first.id);
    await call(t.app, 'POST', `/api/v1/rounds/${first.id}/close`, { version: first.version });
    await create(t.app, 'activities', {
      initiativeId: ini1,
      state: 'done',
      kind: 'workshop',
      title: 'Workshop',
      dateFrom: '2018-05-01',
      dateTo: '2018-05-01',
      reach: [{ targetGroupId: group, count: 25 }],
    });
    const second = await newRound('2018-10-01', 'Status efterår');
    const before = await auditCount();
    const res = await call(t.app, 'POST', `/api/v1/rounds/${second.id}/updates/${ini1}/draft-text`);
    expect(res.statusCode).toBe(200);
    const { text } = res.json<{ text: string }>();
    // The figure is a reference, filled in from the data wherever the text is shown.
    expect(text).toContain('Indsatsen har samlet nået {{faktisk}}\u00a0børn og unge');
    expect(text).not.toContain('115');
    expect(text).toContain('gennem teater og workshops');
    // The latest closed round before 1 October is "Mangler" (1 July), frozen at 40 before the activity grew to 90.
    expect(text).toContain('+75 siden sidste status pr. 1. juli 2018');
    // It is only a proposal: nothing is stored.
    expect((await updates(second.id))[0].state).toBe('missing');
    expect(await auditCount()).toBe(before);
    const saved = await call(t.app, 'PUT', `/api/v1/rounds/${second.id}/updates/${ini1}`, { text });
    expect(saved.statusCode).toBe(200);
    const memo = await memoText(second.id);
    expect(memo).toContain('Indsatsen har samlet nået 115\u00a0børn og unge');
    expect(memo).not.toContain('{{');
  });
});
