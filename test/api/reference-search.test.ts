/** `?q=` name search on reference lists, and no two venues, partners or target groups with the same name. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestApp, type TestApp } from '../api';
import { makePartner, makeTargetGroup, makeUnit, makeVenue } from '../factories';
import { callEn, expectProblem, expectRefused, getJson, type PageBody, type Stored } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const app = () => t.app;
const names = async (url: string) =>
  (await getJson<PageBody<Stored & { name: string }>>(app(), url)).items.map((i) => i.name);

describe('?q= on reference lists', () => {
  beforeAll(async () => {
    for (const name of [
      'Ørestad Skole',
      'Østerbro Lilleskole',
      'Skolen ved Søerne',
      'Klub 100% Fri',
      'Klub_B',
    ])
      await makeVenue(app(), { name });
    for (const name of ['C:NTACT', 'Mino Danmark', 'Dansk Flygtningehjælp'])
      await makePartner(app(), { name });
    for (const name of ['børn og unge', 'Forældre', 'fagpersoner']) await makeTargetGroup(app(), { name });
    await makeUnit(app(), { code: 'BIF', name: 'Beskæftigelses- og Integrationsforvaltningen' });
    await makeUnit(app(), { code: 'SOF', name: 'Socialforvaltningen' });
  });

  it('finds venues by a part of the name in any case, Danish letters included', async () => {
    expect(await names('/api/v1/venues?q=SKOLE')).toEqual([
      'Skolen ved Søerne',
      'Ørestad Skole',
      'Østerbro Lilleskole',
    ]);
    expect(await names(`/api/v1/venues?q=${encodeURIComponent('øST')}`)).toEqual(['Østerbro Lilleskole']);
    expect(await names(`/api/v1/venues?q=${encodeURIComponent('  søer ')}`)).toEqual(['Skolen ved Søerne']);
  });

  it('takes % and _ literally', async () => {
    expect(await names(`/api/v1/venues?q=${encodeURIComponent('%')}`)).toEqual(['Klub 100% Fri']);
    expect(await names('/api/v1/venues?q=_')).toEqual(['Klub_B']);
    expect(await names(`/api/v1/venues?q=${encodeURIComponent('k%b')}`)).toEqual([]);
  });

  it('combines with the other filters and counts what it finds', async () => {
    const page = await getJson<PageBody>(app(), '/api/v1/venues?q=klub&pageSize=1');
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    expect(await names('/api/v1/venues?q=skole&kind=friskole')).toEqual([]);
    expect(await names('/api/v1/venues?q=')).toHaveLength(5);
  });

  it('searches partners and target groups by name', async () => {
    expect(await names('/api/v1/partners?q=dan')).toEqual(['Dansk Flygtningehjælp', 'Mino Danmark']);
    expect(await names('/api/v1/partners?q=c%3Antact')).toEqual(['C:NTACT']);
    expect(await names(`/api/v1/target-groups?q=${encodeURIComponent('FORÆL')}`)).toEqual(['Forældre']);
  });

  it('searches units by code and by name', async () => {
    const codes = async (q: string) =>
      (await getJson<PageBody<Stored & { code: string }>>(app(), `/api/v1/units?q=${q}`)).items.map(
        (u) => u.code,
      );
    expect(await codes('sof')).toEqual(['SOF']);
    expect(await codes('forvaltningen')).toEqual(['BIF', 'SOF']);
    expect(await codes('integration')).toEqual(['BIF']);
  });
});

describe('no duplicate names', () => {
  it.each([
    ['venues', { kind: 'klub' }, 'et sted', 'det'],
    ['partners', {}, 'en samarbejdspartner', 'den'],
    ['target-groups', {}, 'en målgruppe', 'den'],
  ] as const)(
    'refuses a second %s record whose name differs only in case and spaces',
    async (path, extra, da, it) => {
      const existing = await call(app(), 'POST', `/api/v1/${path}`, {
        name: 'Ungdomshuset Ærøvej',
        ...extra,
      });
      expect(existing.statusCode, existing.body).toBe(201);
      const id = existing.json<Stored>().id;
      const problem = await expectRefused(
        t,
        [`/api/v1/${path}?pageSize=500`],
        () => call(app(), 'POST', `/api/v1/${path}`, { name: '  ungdomshuset ÆRØVEJ ', ...extra }),
        409,
        'name',
      );
      expect(problem.code).toBe('duplicate');
      expect((problem as unknown as { existingId: number }).existingId).toBe(id);
      expect(problem.detail).toBe(
        `Der findes allerede ${da} med navnet "Ungdomshuset Ærøvej" (id ${id}). Vælg ${it}, der findes, eller giv ${it} nye et andet navn.`,
      );
      const en = await callEn(app(), 'POST', `/api/v1/${path}`, { name: 'UNGDOMSHUSET ærøvej', ...extra });
      expect(expectProblem(en, 409).detail).toMatch(/^There is already a .* named "Ungdomshuset Ærøvej"/);
    },
  );

  it('refuses a rename to another record’s name, and allows renaming a record to its own name in another case', async () => {
    const a = await makePartner(app(), { name: 'Sabaah' });
    const b = await makePartner(app(), { name: 'Exitcirklen' });
    const clash = await expectRefused(
      t,
      [`/api/v1/partners/${b.id}`],
      () => call(app(), 'PATCH', `/api/v1/partners/${b.id}`, { name: 'SABAAH', version: b.version }),
      409,
      'name',
    );
    expect((clash as unknown as { existingId: number }).existingId).toBe(a.id);
    const own = await call(app(), 'PATCH', `/api/v1/partners/${a.id}`, {
      name: 'SABAAH',
      version: a.version,
    });
    expect(own.statusCode, own.body).toBe(200);
    const other = await call(app(), 'PATCH', `/api/v1/partners/${b.id}`, {
      description: 'uændret navn',
      version: b.version,
    });
    expect(other.statusCode, other.body).toBe(200);
  });

  it('allows the same name for different kinds of reference', async () => {
    await makeVenue(app(), { name: 'Red Safehouse' });
    await makePartner(app(), { name: 'Red Safehouse' });
    expect(await names('/api/v1/partners?q=safehouse')).toEqual(['Red Safehouse']);
  });
});
