/** PUT and DELETE /api/v1/initiatives/:id/assessment: a person's status overrides the computed one, visibly. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Initiative } from '../../src/schemas/initiatives';
import { call, startTestApp, type TestApp } from '../api';
import { makeInitiative } from '../factories';
import { afterCommit, bumpRevision } from '../../src/store/audit';
import { auditCount, expectRefused, lastAudit } from './helpers';
import { buildPlan, initiative, progressOf as readProgress } from './progress-world';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;
const progressOf = (url: string) => readProgress(app(), url);

describe('PUT and DELETE /api/v1/initiatives/:id/assessment', () => {
  it('overrides the shown status, keeps the computed one, and is audited; DELETE restores the computation', async () => {
    const w = await buildPlan(app());
    const progressUrl = `/api/v1/plans/${w.plan.id}/progress?asOf=2018-06-01`;
    const url = `/api/v1/initiatives/${w.i2.id}/assessment`;
    const before = await auditCount(t);
    const res = await call(app(), 'PUT', url, {
      status: 'on_track',
      reason: 'Ny kampagne er aftalt med skolerne.',
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    const assessed = res.json<Initiative>();
    expect(assessed.version).toBe(2);
    expect(assessed.assessment).toMatchObject({
      status: 'on_track',
      reason: 'Ny kampagne er aftalt med skolerne.',
      by: 'test@kk.dk',
    });
    expect(await auditCount(t)).toBe(before + 1);
    const entry = await lastAudit(t);
    expect(entry).toMatchObject({
      action: 'assess',
      entityType: 'initiative',
      entityId: w.i2.id,
      before: { assessment: null },
    });
    expect(entry.after).toEqual({ assessment: assessed.assessment });

    // An assessment applies from its date: set today, it does not apply as of 1 June 2018.
    expect(initiative(await progressOf(progressUrl), w.i2.id)).toMatchObject({
      isAssessment: false,
      status: 'at_risk',
      assessment: null,
    });
    // Dated 1 May 2018 (as an imported or earlier assessment is), it applies as of 1 June 2018.
    await t.database.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('initiatives')
        .set({ assessmentAt: '2018-05-01T09:00:00.000Z' })
        .where('id', '=', w.i2.id)
        .execute();
      await bumpRevision(trx, [w.i2.id]);
    });
    afterCommit(t.database.db);
    const p = await progressOf(progressUrl);
    expect(initiative(p, w.i2.id)).toMatchObject({
      isAssessment: true,
      computedStatus: 'at_risk',
      status: 'on_track',
      statusLabel: 'Forventes opfyldt',
      assessment: { status: 'on_track', by: 'test@kk.dk' },
    });
    expect(p.summary).toMatchObject({ at_risk: 0, on_track: 2 });

    const cleared = await call(app(), 'DELETE', `${url}?version=2`);
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<Initiative>()).toMatchObject({ version: 3, assessment: null });
    expect((await lastAudit(t)).action).toBe('clear_assessment');
    expect(initiative(await progressOf(progressUrl), w.i2.id)).toMatchObject({
      isAssessment: false,
      status: 'at_risk',
      assessment: null,
    });
  });

  it('refuses a stale version (409), a bad status or reason (422), an unknown or malformed id, and changes nothing', async () => {
    const i = await makeInitiative(app());
    const url = `/api/v1/initiatives/${i.id}/assessment`;
    const watch = [`/api/v1/initiatives/${i.id}`];
    const ok = { status: 'not_met', reason: 'Skolerne har meldt fra.', version: 1 };
    expect((await call(app(), 'PUT', url, ok)).statusCode).toBe(200);
    const stale = await expectRefused(t, watch, () => call(app(), 'PUT', url, ok), 409, 'version');
    expect(stale.code).toBe('stale_version');
    await expectRefused(t, watch, () => call(app(), 'DELETE', `${url}?version=1`), 409, 'version');
    await expectRefused(
      t,
      watch,
      () => call(app(), 'PUT', url, { ...ok, status: 'great', version: 2 }),
      422,
      'status',
    );
    await expectRefused(
      t,
      watch,
      () => call(app(), 'PUT', url, { ...ok, reason: '  ', version: 2 }),
      422,
      'reason',
    );
    await expectRefused(
      t,
      watch,
      () => call(app(), 'PUT', url, { status: 'met', reason: 'x' }),
      422,
      'version',
    );
    const unknown = await expectRefused(
      t,
      watch,
      () => call(app(), 'PUT', '/api/v1/initiatives/424242/assessment', ok),
      404,
    );
    expect(unknown.detail).toBe('Indsats med id 424242 findes ikke.');
    await expectRefused(
      t,
      watch,
      () => call(app(), 'PUT', '/api/v1/initiatives/abc/assessment', ok),
      400,
      'id',
    );
    await expectRefused(t, watch, () => call(app(), 'DELETE', url), 400, 'version');
  });
});
