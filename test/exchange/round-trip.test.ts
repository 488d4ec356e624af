/**
 * The workbook round trip over the API: export the demo plan, import it untouched (nothing to change), change a
 * reach, add an activity and delete one, import with deletion asked for, export again — the second workbook is the
 * first with exactly those changes. The same through the CSV form of the activities sheet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { loadDemo } from '../../src/demo/load';
import { call, startTestApp, type TestApp } from '../api';
import {
  activitiesForm,
  colOf,
  download,
  edit,
  exportedForm,
  reportOf,
  rowOf,
  SLUG,
  sheetsOf,
  upload,
} from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.database.db, systemContext('test'));
}, 60_000);
afterAll(() => t.close());

const REACH = 'Målgruppe: børn og unge';

describe('the workbook round trip', () => {
  it('imports an untouched export as nothing to change', async () => {
    const first = await download(t);
    const r = reportOf(await upload(t, first, { deleteMissing: true }));
    expect(r).toMatchObject({ applied: false, create: 0, update: 0, delete: 0, errors: [], changes: [] });
  });

  it('exports frozen headers, a grey key column, hidden version and checksum columns and drop-down lists', async () => {
    const file = await download(t);
    const { n } = await t.database.db
      .selectFrom('initiatives')
      .innerJoin('plans', 'plans.id', 'initiatives.planId')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plans.slug', '=', SLUG)
      .executeTakeFirstOrThrow();
    expect(await activitiesForm(file)).toMatchObject(exportedForm(Number(n)));
  });

  it('gives back the first workbook with exactly the changes made', async () => {
    const first = await download(t);
    const before = await sheetsOf(first);
    const acts = before.get('Aktiviteter')!;
    const [changedKey, deletedKey] = [...acts.keys()];
    const oldReach = acts.get(changedKey)![REACH] as number;
    const edited = await edit(first, (wb) => {
      const ws = wb.getWorksheet('Aktiviteter')!;
      ws.getRow(rowOf(ws, changedKey)).getCell(colOf(ws, REACH)).value = oldReach + 7;
      ws.spliceRows(rowOf(ws, deletedKey), 1);
      const row = ws.addRow([]);
      const set = (h: string, v: string | number | Date) => (row.getCell(colOf(ws, h)).value = v);
      set('Indsats', 'I-1');
      set('Status', 'planlagt');
      set('Type', 'workshop');
      set('Titel', 'Workshop om rettigheder på Ny Skole');
      set('Fra dato', new Date(Date.UTC(2018, 10, 14)));
      set(REACH, 25);
    });

    const dry = reportOf(await upload(t, edited, { deleteMissing: true }));
    expect(dry.errors).toEqual([]);
    expect(dry).toMatchObject({ applied: false, create: 1, update: 1, delete: 1 });
    expect(dry.changes.find((c) => c.action === 'update')).toMatchObject({
      sheet: 'Aktiviteter',
      key: changedKey,
      summary: `opdateres: ${REACH}: ${oldReach} → ${oldReach + 7}`,
    });
    // Without --delete-missing the removed row stays.
    expect(reportOf(await upload(t, edited))).toMatchObject({ create: 1, update: 1, delete: 0 });
    expect(await download(t)).toBeDefined();
    const unchanged = await sheetsOf(await download(t));
    expect(unchanged.get('Aktiviteter')!.get(changedKey)![REACH]).toBe(oldReach);

    const applied = reportOf(await upload(t, edited, { deleteMissing: true, apply: true }));
    expect(applied).toMatchObject({ applied: true, create: 1, update: 1, delete: 1, errors: [] });

    const after = await sheetsOf(await download(t));
    for (const [name, rows] of before) {
      if (name === 'Aktiviteter') continue;
      expect(after.get(name), name).toEqual(rows);
    }
    const actsAfter = after.get('Aktiviteter')!;
    const added = [...actsAfter.keys()].filter((k) => !acts.has(k));
    expect(added).toHaveLength(1);
    expect(actsAfter.has(deletedKey)).toBe(false);
    const expected = new Map(acts);
    expected.delete(deletedKey);
    const changed = actsAfter.get(changedKey)!;
    expect(changed.Version).toBe((acts.get(changedKey)!.Version as number) + 1);
    expected.set(changedKey, {
      ...acts.get(changedKey),
      [REACH]: oldReach + 7,
      Version: changed.Version,
      Kontrolsum: changed.Kontrolsum,
    });
    const newRow = actsAfter.get(added[0])!;
    expect(newRow).toMatchObject({
      Indsats: 'I-1',
      Status: 'planlagt',
      Type: 'workshop',
      Titel: 'Workshop om rettigheder på Ny Skole',
      'Fra dato': '2018-11-14',
      'Til dato': '2018-11-14',
      'Antal gange': 1,
      [REACH]: 25,
      Version: 1,
    });
    expected.set(added[0], newRow);
    expect(new Map([...actsAfter].sort())).toEqual(new Map([...expected].sort()));

    // Every change is audited with before → after and the import's id, beside one entry for the import itself.
    const entries = await t.database.db
      .selectFrom('auditLog')
      .selectAll()
      .where('importId', '=', applied.importId)
      .orderBy('id')
      .execute();
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'delete', 'import', 'update']);
    const listed = await call(t.app, 'GET', `/api/v1/audit?importId=${applied.importId}`);
    expect(listed.json<{ total: number; items: { importId: string }[] }>()).toMatchObject({
      total: 4,
      items: Array(4).fill({ importId: applied.importId }),
    });
    const update = entries.find((e) => e.action === 'update')!;
    expect(update.entityId).toBe(Number(changedKey.slice(2)));
    expect(JSON.parse(update.before!)).toHaveProperty('reach');
    expect(JSON.stringify(JSON.parse(update.after!))).toContain(`"count":${oldReach + 7}`);
  });

  it('does the same through the CSV form of the activities sheet', async () => {
    const csv = (await download(t, 'export.csv?sheet=aktiviteter')).toString('utf8');
    expect(csv.startsWith('\ufeffNøgle (må ikke ændres);Version;Kontrolsum;Indsats;Status;')).toBe(true);
    const untouched = reportOf(await upload(t, Buffer.from(csv), { name: 'a.csv', deleteMissing: true }));
    expect(untouched).toMatchObject({ create: 0, update: 0, delete: 0, errors: [] });

    const lines = csv.replace(/\r\n$/, '').split('\r\n');
    const header = lines[0].replace(/^\ufeff/, '').split(';');
    const reachAt = header.indexOf(REACH);
    // A line without quoted fields is easy to edit as text, as a person in a text editor would.
    const [changeAt, deleteAt] = lines
      .map((l, n) => ({ l, n }))
      .filter(({ l, n }) => n > 0 && !l.includes('"') && l.split(';')[reachAt] !== '')
      .map(({ n }) => n);
    const cells = lines[changeAt].split(';');
    const old = Number(cells[reachAt]);
    cells[reachAt] = String(old + 3);
    const newLine = header.map((h) => {
      const v: Record<string, string> = {
        Indsats: 'I-2',
        Status: 'gennemført',
        Type: 'oplæg',
        Titel: 'Oplæg for forældre i Tingbjerg',
        'Fra dato': '05-10-2018',
        'Antal gange': '2',
        [REACH]: '12',
      };
      return v[h] ?? '';
    });
    const deletedKey = lines[deleteAt].split(';')[0];
    const edited = lines
      .map((l, n) => (n === changeAt ? cells.join(';') : l))
      .filter((_, n) => n !== deleteAt)
      .concat(newLine.join(';'))
      .join('\r\n');

    const r = reportOf(
      await upload(t, Buffer.from(edited), { name: 'a.csv', deleteMissing: true, apply: true }),
    );
    expect(r).toMatchObject({ applied: true, create: 1, update: 1, delete: 1, errors: [] });

    const again = (await download(t, 'export.csv?sheet=aktiviteter')).toString('utf8');
    const after = again.replace(/\r\n$/, '').split('\r\n');
    const byKey = (ls: string[]) => new Map(ls.slice(1).map((l) => [l.split(';')[0], l]));
    const was = byKey(lines);
    const now = byKey(after);
    expect(now.has(deletedKey)).toBe(false);
    const changedKey = cells[0];
    const changedNow = now.get(changedKey)!.split(';');
    expect(changedNow[reachAt]).toBe(String(old + 3));
    expect(changedNow[1]).toBe(String(Number(cells[1]) + 1));
    const addedKeys = [...now.keys()].filter((k) => !was.has(k));
    expect(addedKeys).toHaveLength(1);
    const added = now.get(addedKeys[0])!.split(';');
    expect(added.slice(3, 11)).toEqual([
      'I-2',
      'gennemført',
      'oplæg',
      'Oplæg for forældre i Tingbjerg',
      '',
      '05-10-2018',
      '05-10-2018',
      '2',
    ]);
    expect(added[reachAt]).toBe('12');
    for (const [k, l] of was) if (k !== deletedKey && k !== changedKey) expect(now.get(k), k).toBe(l);
  });
});
