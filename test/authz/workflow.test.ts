/**
 * The status-update workflow with real people: the owner drafts and submits, the plan's coordinator returns with a
 * comment or approves, each step recorded with who and when; closing and reopening need the coordinator, and a
 * closed round is read-only for everyone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../api';
import { expectProblem } from '../api/helpers';
import { auditRows, buildWorld, EMAIL, must, send, type Who, type World } from './world';

let t: TestApp;
let w: World;
let base: string;

interface Update {
  initiativeId: number;
  state: string;
  text: string;
  comment: string | null;
  author: string | null;
  submittedBy: string | null;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  version: number;
}
interface Round {
  id: number;
  version: number;
  state: string;
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  base = `/api/v1/rounds/${w.round}`;
});
afterAll(() => t.close());

const as = (who: Who) => w.headers[who];
const updateOf = async (ini: number, who: Who = 'ownerI1') =>
  (await must<Update[]>(send(t, as(who), 'GET', `${base}/updates`))).find((u) => u.initiativeId === ini)!;
const step = (who: Who, ini: number, action: string, body: object) =>
  send(t, as(who), 'POST', `${base}/updates/${ini}/${action}`, body);
const round = () => must<Round>(send(t, as('admin'), 'GET', base));

/** Expect a refusal that leaves the audit log as it was. */
async function refused(res: Promise<Awaited<ReturnType<typeof send>>>, status: number): Promise<void> {
  const before = await auditRows(t);
  expectProblem(await res, status);
  expect(await auditRows(t)).toBe(before);
}

async function lastEntry(): Promise<{ actor: string; action: string; at: string; after: string | null }> {
  return t.database.db
    .selectFrom('auditLog')
    .select(['actor', 'action', 'at', 'after'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

describe('status updates', () => {
  it('lets only the owner and the plan’s coordinator write a status text', async () => {
    const u = await updateOf(w.I1);
    await refused(
      send(t, as('contribI1'), 'PUT', `${base}/updates/${w.I1}`, { text: 'Bidrag', version: u.version }),
      403,
    );
    await refused(
      send(t, as('reader'), 'PUT', `${base}/updates/${w.I1}`, { text: 'Læser', version: u.version }),
      403,
    );
    await refused(
      send(t, as('coordQ'), 'PUT', `${base}/updates/${w.I1}`, { text: 'Andre', version: u.version }),
      403,
    );
    const other = await updateOf(w.I2);
    await refused(
      send(t, as('ownerI1'), 'PUT', `${base}/updates/${w.I2}`, { text: 'Ikke min', version: other.version }),
      403,
    );
    await refused(step('ownerI1', w.I2, 'submit', { version: other.version }), 403);
  });

  it('runs draft → submitted → returned → submitted → approved, recording who and when', async () => {
    const v0 = (await updateOf(w.I1)).version;
    const drafted = await must<Update>(
      send(t, as('ownerI1'), 'PUT', `${base}/updates/${w.I1}`, { text: 'Vi har nået 50 pct.', version: v0 }),
    );
    expect(drafted).toMatchObject({ state: 'draft', author: EMAIL.ownerI1 });

    const submitted = await must<Update>(step('ownerI1', w.I1, 'submit', { version: drafted.version }));
    expect(submitted).toMatchObject({ state: 'submitted', submittedBy: EMAIL.ownerI1, decidedBy: null });
    expect(Date.parse(submitted.submittedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(await lastEntry()).toMatchObject({ actor: EMAIL.ownerI1, action: 'submit' });

    // Neither the owner nor the other plan's coordinator may decide.
    await refused(step('ownerI1', w.I1, 'approve', { version: submitted.version }), 403);
    await refused(step('coordQ', w.I1, 'approve', { version: submitted.version }), 403);
    await refused(step('coordQ', w.I1, 'return', { version: submitted.version, comment: 'Nej' }), 403);
    await refused(step('contribI1', w.I1, 'approve', { version: submitted.version }), 403);
    // Submitted text is locked until returned; returning needs a comment.
    await refused(
      send(t, as('ownerI1'), 'PUT', `${base}/updates/${w.I1}`, {
        text: 'Ændret',
        version: submitted.version,
      }),
      409,
    );
    await refused(step('coordP', w.I1, 'return', { version: submitted.version }), 422);

    const returned = await must<Update>(
      step('coordP', w.I1, 'return', {
        version: submitted.version,
        comment: 'Tilføj tallene for efteråret.',
      }),
    );
    expect(returned).toMatchObject({ state: 'returned', decidedBy: EMAIL.coordP });
    expect(await lastEntry()).toMatchObject({ actor: EMAIL.coordP, action: 'return' });

    const seen = await updateOf(w.I1);
    expect(seen).toMatchObject({ state: 'returned', comment: 'Tilføj tallene for efteråret.' });
    const edited = await must<Update>(
      send(t, as('ownerI1'), 'PUT', `${base}/updates/${w.I1}`, {
        text: 'Vi har nået 60 pct.',
        version: seen.version,
      }),
    );
    const resubmitted = await must<Update>(step('ownerI1', w.I1, 'submit', { version: edited.version }));
    expect(resubmitted).toMatchObject({
      state: 'submitted',
      submittedBy: EMAIL.ownerI1,
      text: 'Vi har nået 60 pct.',
    });

    const approved = await must<Update>(step('coordP', w.I1, 'approve', { version: resubmitted.version }));
    expect(approved).toMatchObject({
      state: 'approved',
      decidedBy: EMAIL.coordP,
      submittedBy: EMAIL.ownerI1,
    });
    expect(Date.parse(approved.decidedAt!)).toBeGreaterThanOrEqual(Date.parse(resubmitted.submittedAt!));

    const trail = await t.database.db
      .selectFrom('auditLog')
      .select(['actor', 'action'])
      .where('entityType', '=', 'statusUpdate')
      .where('actor', '!=', EMAIL.admin)
      .orderBy('id')
      .execute();
    expect(trail).toEqual([
      { actor: EMAIL.ownerI1, action: 'update' },
      { actor: EMAIL.ownerI1, action: 'submit' },
      { actor: EMAIL.coordP, action: 'return' },
      { actor: EMAIL.ownerI1, action: 'update' },
      { actor: EMAIL.ownerI1, action: 'submit' },
      { actor: EMAIL.coordP, action: 'approve' },
    ]);
  });

  it('refuses transitions the state does not allow (409)', async () => {
    const u = await updateOf(w.I1);
    expect(u.state).toBe('approved');
    await refused(step('coordP', w.I1, 'approve', { version: u.version }), 409);
    await refused(step('ownerI1', w.I1, 'submit', { version: u.version }), 409);
    const draft = await updateOf(w.I2);
    await refused(step('coordP', w.I2, 'approve', { version: draft.version }), 409);
  });
});

describe('closing and reopening', () => {
  it('needs the plan’s coordinator to close', async () => {
    const r = await round();
    for (const who of ['ownerI1', 'contribI1', 'coordQ', 'reader', 'readerToken'] as const) {
      await refused(send(t, as(who), 'POST', `${base}/close`, { version: r.version, missing: [w.I2] }), 403);
    }
    const closed = await must<Round>(
      send(t, as('coordP'), 'POST', `${base}/close`, { version: r.version, missing: [w.I2] }),
    );
    expect(closed.state).toBe('closed');
    expect(await lastEntry()).toMatchObject({ actor: EMAIL.coordP, action: 'close' });
  });

  it('keeps a closed round read-only for everyone, the administrator included (409)', async () => {
    const r = await round();
    const u = await updateOf(w.I1);
    for (const who of ['admin', 'coordP', 'ownerI1'] as const) {
      await refused(
        send(t, as(who), 'PUT', `${base}/updates/${w.I1}`, { text: 'Sent', version: u.version }),
        409,
      );
      await refused(step(who, w.I2, 'submit', { version: 1 }), who === 'ownerI1' ? 403 : 409);
      await refused(
        step(who, w.I1, 'return', { version: u.version, comment: 'Sent' }),
        who === 'ownerI1' ? 403 : 409,
      );
    }
    for (const who of ['admin', 'coordP'] as const) {
      await refused(send(t, as(who), 'PATCH', base, { title: 'Ny titel', version: r.version }), 409);
      await refused(send(t, as(who), 'DELETE', `${base}?version=${r.version}`), 409);
      await refused(send(t, as(who), 'POST', `${base}/close`, { version: r.version }), 409);
    }
  });

  it('needs the plan’s coordinator and a reason to reopen; the reason is audited', async () => {
    const r = await round();
    for (const who of ['ownerI1', 'coordQ', 'reader'] as const) {
      await refused(
        send(t, as(who), 'POST', `${base}/reopen`, { version: r.version, reason: 'Fejl i tal' }),
        403,
      );
    }
    await refused(send(t, as('coordP'), 'POST', `${base}/reopen`, { version: r.version, reason: ' ' }), 422);
    const reopened = await must<Round>(
      send(t, as('coordP'), 'POST', `${base}/reopen`, {
        version: r.version,
        reason: 'Fejl i tallene for I1',
      }),
    );
    expect(reopened.state).toBe('open');
    const entry = await lastEntry();
    expect(entry).toMatchObject({ actor: EMAIL.coordP, action: 'reopen' });
    expect(JSON.parse(entry.after!)).toMatchObject({ state: 'open', reason: 'Fejl i tallene for I1' });
    // Open again: the coordinator may return the approved text.
    const u = await updateOf(w.I1);
    const back = await must<Update>(
      step('coordP', w.I1, 'return', { version: u.version, comment: 'Ret tallet.' }),
    );
    expect(back.state).toBe('returned');
  });
});
