/**
 * The memo as it was sent: closing a round stores its documents (DOCX, PDF, HTML), a download of a closed round's
 * memo returns exactly those bytes, a render of the same snapshot repeats them byte for byte, and reopening
 * discards them.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedSnapshot } from '../../src/features/rounds/close';
import { renderRoundDocuments } from '../../src/features/memo/documents';
import { PRODUCT_VERSION } from '../../src/version';
import { call, create, startTestApp, type TestApp } from '../api';

let t: TestApp;
let planId: number;
let initiativeId: number;
let group: number;
type Round = { id: number; version: number; state: string };

beforeAll(async () => {
  t = await startTestApp();
  planId = (
    await create(t.app, 'plans', {
      slug: 'dok',
      title: 'Handleplan med dokumenter',
      theme: 'dokumenter',
      periodFrom: '2018-01-01',
      periodTo: '2018-12-31',
    })
  ).id;
  group = (await create(t.app, 'target-groups', { name: 'elever' })).id;
  initiativeId = (await create(t.app, 'initiatives', { planId, number: 1, title: 'Skoler' })).id;
  await create(t.app, 'targets', {
    initiativeId,
    metricKind: 'reach',
    value: 100,
    unitLabel: 'elever',
    dueDate: '2018-12-31',
    targetGroupIds: [group],
    sentence: 'Minimum {value} elever.',
  });
  await create(t.app, 'activities', {
    initiativeId,
    state: 'done',
    kind: 'workshop',
    title: 'Workshop',
    dateFrom: '2018-03-01',
    dateTo: '2018-03-01',
    reach: [{ targetGroupId: group, count: 48 }],
  });
});
afterAll(() => t.close());

async function closedRound(title: string): Promise<Round> {
  const r = await create<Round>(t.app, 'rounds', {
    planId,
    title,
    asOf: '2018-09-01',
    memoDate: '2018-09-14',
  });
  const url = `/api/v1/rounds/${r.id}/updates/${initiativeId}`;
  let u = (await call(t.app, 'PUT', url, { text: 'Workshops på skolerne.' })).json<{ version: number }>();
  u = (await call(t.app, 'POST', `${url}/submit`, { version: u.version })).json<{ version: number }>();
  expect((await call(t.app, 'POST', `${url}/approve`, { version: u.version })).statusCode).toBe(200);
  const closed = await call(t.app, 'POST', `/api/v1/rounds/${r.id}/close`, { version: r.version });
  expect(closed.statusCode).toBe(200);
  return closed.json<Round>();
}

const stored = (roundId: number) =>
  t.database.db
    .selectFrom('roundDocuments')
    .selectAll()
    .where('roundId', '=', roundId)
    .orderBy('format')
    .execute();

describe('the documents of a closed round', () => {
  it('are stored when the round closes, one per format, with checksum and product version', async () => {
    const r = await closedRound('Status 1');
    const rows = await stored(r.id);
    expect(rows.map((d) => d.format)).toEqual(['docx', 'html', 'pdf']);
    for (const d of rows) {
      const body = Buffer.from(d.body, 'base64');
      expect(body.length).toBeGreaterThan(1000);
      expect(d.sha256).toBe(createHash('sha256').update(body).digest('hex'));
      expect(d.productVersion).toBe(PRODUCT_VERSION);
    }
    expect(Buffer.from(rows[2].body, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('are what a download of the closed round returns, byte for byte', async () => {
    const r = await closedRound('Status 2');
    for (const d of await stored(r.id)) {
      const res = await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.${d.format}`);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(Buffer.from(d.body, 'base64'))).toBe(true);
    }
    // Served from storage, not rendered again: a stored document (here replaced) is returned as stored.
    const replaced = Buffer.from('<!doctype html><p>Som sendt til udvalget.</p>');
    await t.database.db
      .updateTable('roundDocuments')
      .set({ body: replaced.toString('base64'), sha256: createHash('sha256').update(replaced).digest('hex') })
      .where('roundId', '=', r.id)
      .where('format', '=', 'html')
      .execute();
    expect((await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.html`)).body).toBe(replaced.toString());
  });

  it('render again from the same snapshot to identical bytes (dates come from the snapshot)', async () => {
    const r = await closedRound('Status 3');
    const snapshot = (await storedSnapshot(t.database.db, r.id))!;
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a second later: no clock in the files
    const again = await renderRoundDocuments(snapshot);
    const rows = await stored(r.id);
    for (const d of again) {
      const row = rows.find((x) => x.format === d.format)!;
      expect(d.body.equals(Buffer.from(row.body, 'base64'))).toBe(true);
    }
  });

  it('are discarded when the round is reopened, and stored anew when it closes again', async () => {
    const r = await closedRound('Status 4');
    const reopened = await call(t.app, 'POST', `/api/v1/rounds/${r.id}/reopen`, {
      version: r.version,
      reason: 'Et tal skal rettes.',
    });
    expect(reopened.statusCode).toBe(200);
    expect(await stored(r.id)).toEqual([]);
    const open = reopened.json<Round>();
    const again = await call(t.app, 'POST', `/api/v1/rounds/${r.id}/close`, { version: open.version });
    expect(again.statusCode).toBe(200);
    expect((await stored(r.id)).length).toBe(3);
  });
});
