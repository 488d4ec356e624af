/**
 * A large workbook (1,600 activities) is written and parsed in worker threads: the untouched file is nothing to change, formulas
 * and merged cells are still found, and 1,600 new activities are created in one import, with their audit entries.
 */
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticPlan } from '../../bench/synthetic';
import { systemContext } from '../../src/auth/context';
import { keepParserWarm, parserState, stopParserWarm } from '../../src/features/exchange/read';
import { importFile } from '../../src/features/exchange/service';
import { loadPlanDocument } from '../../src/features/import/loader';
import { startTestApp, type TestApp } from '../api';
import { activitiesForm, colOf, download, edit, exportedForm, reportOf, upload } from './helpers';

const PLAN = 'syntetisk-1';
const SIZE = { plans: 1, initiativesPerPlan: 8, targetsPerInitiative: 3, activitiesPerInitiative: 200 };
let t: TestApp;
let file: Buffer;
beforeAll(async () => {
  t = await startTestApp();
  await loadPlanDocument(t.database.db, systemContext('test'), syntheticPlan(0, SIZE));
  file = await download(t, 'export.xlsx', PLAN);
}, 120_000);
afterAll(() => t.close());

describe('a large workbook', { timeout: 120_000 }, () => {
  it('is written in the worker with the form of a small one: styles, hidden columns, drop-down lists', async () => {
    const form = await activitiesForm(file);
    expect(form).toMatchObject(exportedForm(8));
    expect(form.rows).toBe(1600);
  });

  it('is larger than the size parsed on the main thread, and imports untouched as nothing to change', async () => {
    expect(file.length).toBeGreaterThan(128 * 1024);
    const r = reportOf(await upload(t, file, { plan: PLAN, deleteMissing: true }));
    expect(r).toMatchObject({ create: 0, update: 0, delete: 0, errors: [] });
  });

  it('is parsed by a parser that waited with exceljs loaded, and another waits afterwards', async () => {
    await keepParserWarm();
    const before = parserState();
    expect(before.waiting).toBe(true);
    const r = reportOf(await upload(t, file, { plan: PLAN, deleteMissing: true }));
    expect(r).toMatchObject({ create: 0, update: 0, delete: 0, errors: [] });
    expect(parserState().tookWaiting).toBe(before.tookWaiting + 1);
    // The next parser is started once this import is done, and waits in turn.
    await vi.waitFor(() =>
      expect(parserState()).toMatchObject({ waiting: true, started: before.started + 1 }),
    );
    await keepParserWarm();
    stopParserWarm();
    expect(parserState().waiting).toBe(false);
    // Without a waiting parser an import starts its own, as before.
    const again = reportOf(await upload(t, file, { plan: PLAN, deleteMissing: true }));
    expect(again).toMatchObject({ create: 0, update: 0, delete: 0, errors: [] });
    expect(parserState()).toMatchObject({
      waiting: false,
      tookWaiting: before.tookWaiting + 1,
      started: before.started + 2,
    });
  });

  it('reports its progress: the rows parsed of all the rows, then the comparison', async () => {
    const seen: [number, number, string][] = [];
    const r = await importFile(t.database.db, systemContext('test'), file, {
      plan: PLAN,
      apply: false,
      deleteMissing: false,
      onProgress: (d, total, label) => seen.push([d, total, label]),
    });
    expect(r.errors).toEqual([]);
    const reading = seen.filter(([, , l]) => l === 'læser fil');
    const total = reading.at(-1)![1];
    // Every sheet's rows, headers included: at least the 1,600 activities.
    expect(total).toBeGreaterThan(1600);
    expect(reading.at(-1)![0]).toBe(total);
    expect(reading.length).toBeGreaterThan(3);
    expect(reading.every(([d], n) => n === 0 || d >= reading[n - 1][0])).toBe(true);
    expect(seen.at(-1)![2]).toBe('sammenligner');
  });

  it('reads the dates of a file whose sheets come before its styles in the archive', async () => {
    // The streaming parser cannot tell a date from a number before it has the styles: the worker parses in memory.
    const parts = unzipSync(file);
    const first = (name: string) => /^xl\/(_rels|workbook|sharedStrings)/.test(name);
    const reordered = zipSync({
      ...Object.fromEntries(Object.entries(parts).filter(([n]) => first(n))),
      ...Object.fromEntries(Object.entries(parts).filter(([n]) => !first(n) && n !== 'xl/styles.xml')),
      'xl/styles.xml': parts['xl/styles.xml'],
    });
    const names = Object.keys(unzipSync(reordered));
    expect(names.indexOf('xl/worksheets/sheet6.xml')).toBeLessThan(names.indexOf('xl/styles.xml'));
    expect(names.indexOf('xl/sharedStrings.xml')).toBeLessThan(names.indexOf('xl/worksheets/sheet6.xml'));
    const r = reportOf(await upload(t, Buffer.from(reordered), { plan: PLAN }));
    expect(r).toMatchObject({ create: 0, update: 0, delete: 0, errors: [] });
  });

  it('still reports formulas and merged cells', async () => {
    const bad = await edit(file, (wb) => {
      const ws = wb.getWorksheet('Aktiviteter')!;
      ws.getRow(1500).getCell(colOf(ws, 'Antal gange')).value = { formula: '2*1', result: 2 };
      ws.mergeCells('G1400:H1400');
    });
    const r = reportOf(await upload(t, bad, { plan: PLAN }));
    expect(r.errors.map((e) => e.cell).sort()).toEqual(['G1400:H1400', 'K1500']);
  });

  it('creates 1,600 activities in one import', async () => {
    const fresh = await edit(file, (wb) => {
      wb.getWorksheet('Aktiviteter')!.eachRow((row, n) => {
        if (n > 1) for (const c of [1, 2, 3]) row.getCell(c).value = null;
      });
    });
    const r = reportOf(await upload(t, fresh, { plan: PLAN, apply: true }));
    expect(r).toMatchObject({ applied: true, create: 1600, update: 0, delete: 0, errors: [] });
    const { n } = await t.database.db
      .selectFrom('activities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(3200);
    const audits = await t.database.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('importId', '=', r.importId)
      .executeTakeFirstOrThrow();
    expect(Number(audits.n)).toBe(1601);
  });
});
