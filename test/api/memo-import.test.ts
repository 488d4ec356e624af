/**
 * Importing a status memo over the API, on SQLite and PostgreSQL: a memo file becomes a proposal and nothing is
 * saved; a confirmed proposal becomes the plan with opening balances (the computed figures continue from the
 * memo's) and a closed historical round with the memo's status texts, in one audited transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildMemoModel } from '../../src/reports/build-model';
import { renderDocx } from '../../src/reports/render/docx';
import type { MemoProposal } from '../../src/schemas/memo-import';
import type { Progress } from '../../src/schemas/progress';
import { authHeaders, call, create, startTestApp, TEST_ADMIN, type TestApp } from '../api';
import { demoRoundSnapshot } from '../demo-round';
import { seedMemoText } from '../seed-memo';
import {
  auditCount,
  expectProblem,
  expectRefused,
  getJson,
  lastAudit,
  type PageBody,
  type Stored,
} from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const FILE = '/api/v1/memo-imports/file';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const WATCH = ['/api/v1/plans', '/api/v1/units', '/api/v1/rounds', '/api/v1/target-groups'];

function upload(body: Buffer | string, type: string, query = ''): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: `${FILE}${query}`,
    headers: { ...authHeaders(t.app), 'content-type': type },
    payload: body,
  });
}

/** The seed memo's proposal with its one blocking mark resolved as a person would: 36 relevant people in all. */
async function confirmedSeedProposal(slug: string): Promise<MemoProposal> {
  const res = await upload(seedMemoText(), 'text/plain; charset=utf-8', `?asOf=2018-09-01&slug=${slug}`);
  expect(res.statusCode, res.body).toBe(200);
  const p = res.json<MemoProposal>();
  const at = p.review.find((m) => m.blocking)!.path;
  expect(at).toBe('initiatives.4.targets.0.population');
  p.document.initiatives[4].targets[0].population = 36;
  p.review = p.review.filter((m) => !m.blocking);
  return p;
}

describe('reading a memo over the API saves nothing', () => {
  it('proposes the plan from the seed text', async () => {
    const audits = await auditCount(t);
    const res = await upload(seedMemoText(), 'text/plain', '?asOf=2018-09-01');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<MemoProposal>();
    expect(p.document.initiatives.map((i) => i.kind)).toEqual([
      ...Array<string>(6).fill('recommendation'),
      ...Array<string>(5).fill('other'),
    ]);
    expect(p.review.filter((m) => m.blocking).map((m) => m.path)).toEqual([
      'initiatives.4.targets.0.population',
    ]);
    expect(await auditCount(t)).toBe(audits);
    expect((await getJson<PageBody>(t.app, '/api/v1/plans')).total).toBe(0);
  });

  it('reads a Word file of the demo memo (the committee version, given its as-of date)', async () => {
    const docx = await renderDocx(buildMemoModel(await demoRoundSnapshot(), { draft: false }));
    const res = await upload(docx, DOCX, '?asOf=2018-09-01');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<MemoProposal>();
    expect(p.document.rounds[0]).toMatchObject({ asOf: '2018-09-01' });
    expect(p.document.initiatives[0].activities[0]).toMatchObject({
      imported: true,
      reach: { 'børn og unge': 980 },
    });
  });

  it('takes the text as JSON too', async () => {
    const res = await call(t.app, 'POST', '/api/v1/memo-imports', {
      text: seedMemoText(),
      asOf: '2018-09-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<MemoProposal>().document.plan.slug).toBe('integrationshandleplan-2017-18');
  });

  it('refuses, in Danish, a file that is not a memo', async () => {
    for (const [body, type] of [
      ['Kære alle\n\nHusk mødet torsdag.\n', 'text/plain'],
      [
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        'application/octet-stream',
      ],
      [Buffer.from('%PDF-1.7\nikke en rigtig pdf'), 'application/pdf'],
      [Buffer.from('PK\u0003\u0004ikke en rigtig docx'), DOCX],
    ] as const) {
      const problem = await expectRefused(t, WATCH, () => upload(body, type), 422, 'file');
      expect(problem.detail).toMatch(/^Filen kunne ikke læses som et notat/);
    }
  });

  it('refuses a file over 20 MB', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x61);
    expectProblem(await upload(big, 'text/plain'), 413);
  });
});

describe('applying a confirmed proposal', () => {
  it('refuses a proposal with a blocking review mark, changing nothing', async () => {
    const res = await upload(seedMemoText(), 'text/plain', '?asOf=2018-09-01');
    const problem = await expectRefused(
      t,
      WATCH,
      () => call(t.app, 'POST', '/api/v1/memo-imports/apply', res.json()),
      422,
      'document.initiatives.4.targets.0.population',
    );
    expect(problem.detail).toMatch(/^Forslaget kan ikke gemmes endnu: Målet er en andel/);
  });

  it('loads nothing of a proposal the loader refuses part-way', async () => {
    const proposal = await confirmedSeedProposal('kk-halvt');
    // The last initiative's activity names a target group the document does not declare.
    const last = proposal.document.initiatives[5];
    last.activities[0].reach = { 'ukendt målgruppe': 1 };
    await expectRefused(
      t,
      WATCH,
      () => call(t.app, 'POST', '/api/v1/memo-imports/apply', proposal),
      422,
      'initiatives.5.activities',
    );
  });

  let planId = 0;
  it('creates the plan, matching units by name, in one audited transaction', async () => {
    // A unit the municipality already has, under its own code: the import must use it, not add a second one.
    const sof = await create(t.app, 'units', { code: 'SOCF', name: 'Socialforvaltningen' });
    const res = await call(
      t.app,
      'POST',
      '/api/v1/memo-imports/apply',
      await confirmedSeedProposal('kk-2017-18'),
    );
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json<{
      planId: number;
      slug: string;
      initiatives: number;
      targets: number;
      activities: number;
    }>();
    expect(r).toMatchObject({ slug: 'kk-2017-18', initiatives: 11, targets: 7 });
    planId = r.planId;
    const audit = await lastAudit(t);
    expect(audit).toMatchObject({
      action: 'import',
      entityType: 'plan',
      entityId: planId,
      actor: TEST_ADMIN.email,
    });
    const units = await getJson<PageBody<Stored & { code: string; name: string }>>(
      t.app,
      '/api/v1/units?q=social',
    );
    expect(units.items.map((u) => u.code)).toEqual(['SOCF']);
    const others = await getJson<PageBody<Stored & { title: string; unitId: number }>>(
      t.app,
      `/api/v1/initiatives?planId=${planId}&kind=other`,
    );
    expect(others.items.find((i) => i.title === 'Etnisk Konsulentteam')?.unitId).toBe(sof.id);
  });

  it('makes the computed progress continue from the memo: 980 of 2.000 as of its date', async () => {
    const p = await getJson<Progress>(t.app, `/api/v1/plans/${planId}/progress?asOf=2018-09-01`);
    const target = (n: number, k = 0) => p.initiatives.find((i) => i.number === n)!.targets[k];
    expect([target(1).actual, target(1).value, target(1).unitLabel]).toEqual([980, 2000, 'børn og unge']);
    expect([target(2).actual, target(2).value]).toEqual([3, 5]);
    expect([target(3).actual, target(3).forecast]).toEqual([240, 740]);
    expect(target(5).actual).toBeCloseTo((30 * 100) / 36, 6);
    expect([target(6, 0).status, target(6, 1).actual, target(6, 1).forecast]).toEqual(['met', 4, 8]);
    // The day before, the memo's figures are not yet there.
    const before = await getJson<Progress>(t.app, `/api/v1/plans/${planId}/progress?asOf=2018-08-31`);
    expect(before.initiatives.find((i) => i.number === 1)!.targets[0].actual).toBe(0);
  });

  it('marks the opening balances as imported, and an activity registered afterwards adds to them', async () => {
    const init = (
      await getJson<PageBody<Stored & { number: number }>>(t.app, `/api/v1/initiatives?planId=${planId}`)
    ).items.find((i) => i.number === 1)!;
    const acts = await getJson<
      PageBody<Stored & { imported: boolean; state: string; reach: { count: number }[] }>
    >(t.app, `/api/v1/activities?initiativeId=${init.id}`);
    expect(acts.items.filter((a) => a.imported).map((a) => [a.state, a.reach.map((r) => r.count)])).toEqual([
      ['done', [980]],
    ]);
    const groups = await getJson<PageBody<Stored & { name: string }>>(
      t.app,
      '/api/v1/target-groups?q=børn og unge',
    );
    await create(t.app, 'activities', {
      initiativeId: init.id,
      state: 'done',
      kind: 'workshop',
      title: 'Workshop på Sundby Skole',
      dateFrom: '2018-09-20',
      dateTo: '2018-09-20',
      reach: [{ targetGroupId: groups.items[0].id, count: 60 }],
    });
    const p = await getJson<Progress>(t.app, `/api/v1/plans/${planId}/progress?asOf=2018-10-01`);
    expect(p.initiatives.find((i) => i.number === 1)!.targets[0].actual).toBe(1040);
  });

  it('makes the status texts the approved texts of a closed historical round', async () => {
    const rounds = await getJson<PageBody<Stored & { state: string; asOf: string }>>(
      t.app,
      `/api/v1/rounds?planId=${planId}`,
    );
    expect(rounds.items.map((r) => [r.state, r.asOf])).toEqual([['closed', '2018-09-01']]);
    const updates = await getJson<{ state: string; text: string }[]>(
      t.app,
      `/api/v1/rounds/${rounds.items[0].id}/updates`,
    );
    expect(updates.map((u) => u.state)).toEqual(Array(6).fill('approved'));
    expect(updates[0].text).toMatch(/^Indsatsen har samlet nået 980 børn og unge/);
    const memo = await call(t.app, 'GET', `/api/v1/rounds/${rounds.items[0].id}/memo.html`);
    expect(memo.statusCode).toBe(200);
    expect(memo.body).toContain('Indsatsen har samlet nået 980 børn og unge');
  });

  it('refuses a second plan with the same slug, changing nothing', async () => {
    const proposal = await confirmedSeedProposal('kk-2017-18');
    await expectRefused(
      t,
      WATCH,
      () => call(t.app, 'POST', '/api/v1/memo-imports/apply', proposal),
      409,
      'document.plan.slug',
    );
  });
});
