/**
 * Figures as references (issue 10, point 2): texts refuse unknown tokens when saved, the memo fills tokens from the
 * data as of the round's date, and closing a round freezes their values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMemoModel } from '../../src/reports/build-model';
import type { RoundSnapshot } from '../../src/reports/snapshot';
import { flat, pdfPages, unzip, wordText } from '../../src/reports/render/render-test-utils';
import type { TextTokens } from '../../src/schemas/rounds';
import { authHeaders, call, create, startTestApp, type TestApp } from '../api';

let t: TestApp;
let planId: number;
let ini: number;
let other: number;
let group: number;

type Problem = {
  status: number;
  title: string;
  detail?: string;
  errors?: { field: string; message: string }[];
};
type Update = { version: number; state: string };
type Round = { id: number; version: number };

const nbsp = (s: string): string => s.replace(/\u00a0/g, ' ');

beforeAll(async () => {
  t = await startTestApp();
  planId = (
    await create(t.app, 'plans', {
      slug: 'tok',
      title: 'Handleplan 2018',
      theme: 'forebyggelse af social kontrol',
      periodFrom: '2018-01-01',
      periodTo: '2018-12-31',
    })
  ).id;
  group = (await create(t.app, 'target-groups', { name: 'børn og unge' })).id;
  ini = (await create(t.app, 'initiatives', { planId, number: 1, title: 'Unge' })).id;
  other = (
    await create(t.app, 'initiatives', { planId, kind: 'other', title: 'Samarbejde med civile aktører' })
  ).id;
  await create(t.app, 'targets', {
    initiativeId: ini,
    metricKind: 'reach',
    value: 2000,
    unitLabel: 'børn og unge',
    dueDate: '2018-12-31',
    targetGroupIds: [group],
    sentence: 'Indsatsen når ud til minimum {value} børn og unge.',
  });
  await create(t.app, 'funding', {
    initiativeId: other,
    kind: 'money',
    amount: 200_000,
    amountBasis: 'per_year',
    yearFrom: 2016,
    yearTo: 2019,
    source: 'Budget 2016',
  });
  await create(t.app, 'activities', {
    initiativeId: ini,
    state: 'done',
    kind: 'teater',
    title: 'Teater',
    dateFrom: '2018-03-01',
    dateTo: '2018-03-01',
    reach: [{ targetGroupId: group, count: 980 }],
  });
});
afterAll(() => t.close());

async function en(method: 'PUT' | 'PATCH', url: string, body: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { ...authHeaders(t.app), 'accept-language': 'en' },
    payload: body as object,
  });
}

describe('saving a text with a wrong token', () => {
  it('refuses a status text with an unknown token: 422 naming it, in Danish and in English', async () => {
    const r = await create<Round>(t.app, 'rounds', { planId, title: 'Forkert', asOf: '2018-09-01' });
    const url = `/api/v1/rounds/${r.id}/updates/${ini}`;
    const res = await call(t.app, 'PUT', url, { text: 'Indsatsen har nået {{fakstisk}} børn og unge.' });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json<Problem>();
    expect(body.title).toContain('Ukendt henvisning {{fakstisk}}');
    expect(body.errors?.[0]?.field).toBe('text');
    const english = await en('PUT', url, { text: 'Indsatsen har nået {{fakstisk}} børn og unge.' });
    expect(english.statusCode).toBe(422);
    expect(english.json<Problem>().title).toContain('Unknown reference {{fakstisk}}');
    // Nothing was stored.
    const updates = (await call(t.app, 'GET', `/api/v1/rounds/${r.id}/updates`)).json<Update[]>();
    expect(updates[0]?.state).toBe('missing');
  });

  it('refuses a target the initiative lacks, in the text and in a bullet, and lists them all', async () => {
    const r = await create<Round>(t.app, 'rounds', { planId, title: 'Mål 2', asOf: '2018-09-02' });
    const res = await call(t.app, 'PUT', `/api/v1/rounds/${r.id}/updates/${ini}`, {
      text: '{{mål2.faktisk}} møder.',
      leadIn: { kind: null, withPeriod: true, bullets: ['Yderligere {{prognoze}} børn'] },
    });
    expect(res.statusCode).toBe(422);
    const body = res.json<Problem>();
    expect(body.title).toBe('{{mål2.faktisk}} henviser til mål 2, men indsatsen har kun ét mål.');
    expect(body.errors?.map((e) => e.field)).toEqual(['text', 'leadIn.bullets.0']);
  });

  it("refuses an initiative's purpose and an other initiative's text with an unknown token", async () => {
    const created = await call(t.app, 'POST', '/api/v1/initiatives', {
      planId,
      number: 9,
      title: 'Ny',
      purpose: 'Nå {{mange}} unge.',
    });
    expect(created.statusCode).toBe(422);
    expect(created.json<Problem>().errors?.[0]?.field).toBe('purpose');
    expect(created.json<Problem>().title).toContain('{{mange}}');

    const o = (await call(t.app, 'GET', `/api/v1/initiatives/${other}`)).json<{ version: number }>();
    const patch = await en('PATCH', `/api/v1/initiatives/${other}`, {
      description: 'Med Budget 2016 blev der udmøntet {{midel}} til samarbejde.',
      version: o.version,
    });
    expect(patch.statusCode).toBe(422);
    expect(patch.json<Problem>().title).toContain('Unknown reference {{midel}}');
    // An other initiative has no targets: a target's figure is refused too.
    const target = await call(t.app, 'PATCH', `/api/v1/initiatives/${other}`, {
      description: '{{faktisk}} deltagere.',
      version: o.version,
    });
    expect(target.json<Problem>().title).toBe('{{faktisk}} henviser til mål 1, men indsatsen har ingen mål.');
    const fine = await call(t.app, 'PATCH', `/api/v1/initiatives/${other}`, {
      description: 'Med Budget 2016 blev der udmøntet {{midler}} til samarbejde med civile aktører.',
      version: o.version,
    });
    expect(fine.statusCode).toBe(200);
  });
});

describe('the memo and the editor fill tokens from the data', () => {
  it('renders tokens in every format, and closing freezes their values', async () => {
    const r = await create<Round>(t.app, 'rounds', {
      planId,
      title: 'Status efterår 2018',
      asOf: '2018-09-10',
      appendixNumber: 1,
    });
    const url = `/api/v1/rounds/${r.id}/updates/${ini}`;
    const text = 'Indsatsen har samlet nået {{faktisk}} af {{mål}} børn og unge. Vi nåede 975 børn og unge.';
    let u = (await call(t.app, 'PUT', url, { text })).json<Update>();
    u = (await call(t.app, 'POST', `${url}/submit`, { version: u.version })).json<Update>();
    u = (await call(t.app, 'POST', `${url}/approve`, { version: u.version })).json<Update>();
    expect(u.state).toBe('approved');

    const tokens = (await call(t.app, 'GET', `${url}/tokens`)).json<TextTokens>();
    expect(tokens.frozen).toBe(false);
    expect(tokens.tokens.find((k) => k.token === '{{faktisk}}')?.value).toBe('980');
    expect(tokens.tokens.find((k) => k.token === '{{mål}}')?.value).toBe('2.000');
    expect(tokens.tokens.find((k) => k.token === '{{population}}')?.value).toBeNull();
    expect(tokens.targets[0]).toMatchObject({
      number: 1,
      unitLabel: 'børn og unge',
      result: { actual: 980 },
    });

    const round = (await call(t.app, 'GET', `/api/v1/rounds/${r.id}`)).json<Round>();
    const closed = await call(t.app, 'POST', `/api/v1/rounds/${r.id}/close`, {
      version: round.version,
      missing: [],
    });
    expect(closed.statusCode).toBe(200);
    const html = nbsp((await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.html`)).body);
    expect(html).toContain('Indsatsen har samlet nået 980 af 2.000 børn og unge.');
    expect(html).not.toContain('{{');
    const docx = await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.docx`);
    const word = flat(wordText(unzip(docx.rawPayload).get('word/document.xml')?.toString('utf8') ?? ''));
    expect(word).toContain('nået 980 af 2.000 børn og unge');
    expect(word).not.toContain('{{');
    const pdf = await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.pdf`);
    const pages = flat((await pdfPages(pdf.rawPayload)).join('\n'));
    expect(pages).toContain('980 af 2.000');
    expect(pages).not.toContain('{{');

    // The activities change after the round closed: the frozen snapshot keeps 980.
    await create(t.app, 'activities', {
      initiativeId: ini,
      state: 'done',
      kind: 'workshop',
      title: 'Workshop',
      dateFrom: '2018-09-05',
      dateTo: '2018-09-05',
      reach: [{ targetGroupId: group, count: 20 }],
    });
    const row = await t.database.db
      .selectFrom('roundSnapshots')
      .select(['data', 'formatVersion'])
      .where('roundId', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row.formatVersion).toBe(3);
    const snapshot = JSON.parse(row.data) as RoundSnapshot;
    expect(snapshot.initiatives[0]?.tokenValues?.['mål1.faktisk']).toBe('980');
    const model = buildMemoModel(snapshot, { draft: false });
    const status = model.initiatives[0]?.status[0];
    expect(status?.type === 'paragraph' ? nbsp(status.text) : '').toContain('nået 980 af 2.000 børn og unge');
    // The typed 975 contradicts the data it describes: flagged in the working version, not the committee's.
    const working = buildMemoModel(snapshot, { draft: false, variant: 'working' });
    expect(working.initiatives[0]?.working.join(' ')).toContain('"975 børn og unge" passer ikke');
    expect(model.initiatives[0]?.working).toEqual([]);
    expect(nbsp((await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.html?variant=working`)).body)).toMatch(
      /975 børn og unge&quot; passer ikke med tallene for mål 1/,
    );
    expect(nbsp((await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.html`)).body)).toContain(
      'nået 980 af 2.000 børn og unge',
    );
    const frozen = (await call(t.app, 'GET', `${url}/tokens`)).json<TextTokens>();
    expect(frozen.frozen).toBe(true);
    expect(frozen.tokens.find((k) => k.token === '{{faktisk}}')?.value).toBe('980');

    // A new open round as of a later date shows the new figure in its draft memo.
    const later = await create<Round>(t.app, 'rounds', { planId, title: 'Senere', asOf: '2018-09-20' });
    await call(t.app, 'PUT', `/api/v1/rounds/${later.id}/updates/${ini}`, { text });
    expect(nbsp((await call(t.app, 'GET', `/api/v1/rounds/${later.id}/memo.html`)).body)).toContain(
      'nået 1.000 af 2.000 børn og unge',
    );
  });

  it("fills an other initiative's funding sentence in its text", async () => {
    const r = await create<Round>(t.app, 'rounds', { planId, title: 'Øvrige', asOf: '2018-09-30' });
    const html = nbsp((await call(t.app, 'GET', `/api/v1/rounds/${r.id}/memo.html`)).body);
    expect(html).toContain(
      'Med Budget 2016 blev der udmøntet 0,2 mio. kr. årligt i 2016-19 til samarbejde med civile aktører.',
    );
  });

  it('answers 404 for an initiative outside the round’s plan', async () => {
    const r = await create<Round>(t.app, 'rounds', { planId, title: 'Ukendt', asOf: '2018-10-01' });
    const res = await call(t.app, 'GET', `/api/v1/rounds/${r.id}/updates/${other}/tokens`);
    expect(res.statusCode).toBe(404);
  });
});
