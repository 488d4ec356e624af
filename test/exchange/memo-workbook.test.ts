/**
 * `indsats import-memo <memo> -o plan.xlsx` writes the proposal as a workbook in the export format, and
 * `indsats import plan.xlsx` brings it into an empty database as a new plan: the dry run lists every row to create
 * and no error once the one blocking mark is resolved; applied, the plan's computed figures continue from the
 * memo's opening balances, and its own export imports back as nothing to change.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/schemas/exchange';
import type { MemoProposal } from '../../src/schemas/memo-import';
import { systemContext } from '../../src/auth/context';
import { importFile } from '../../src/features/exchange/service';
import { resolveField } from '../../src/features/memo-import/resolve';
import { readMemoText } from '../../src/features/memo-import/service';
import { proposalWorkbook } from '../../src/features/memo-import/workbook';
import { freshDatabase } from '../db';
import { SEED_MEMO_PATH, seedMemoText } from '../seed-memo';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'indsats-memo-workbook-'));
const db = join(dir, 'indsats.db');
const bin = join(import.meta.dirname, '../../bin/indsats.mjs');
const at = (f: string) => join(dir, f);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function indsats(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, '--database', db, ...args], {
      timeout: 90_000,
      maxBuffer: 16 << 20,
    });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

const SLUG = 'integrationshandleplan-2017-18';
/** `indsats import-memo` of the seed memo as of 1 September 2018, with further options. */
const importMemo = (...args: string[]) =>
  indsats('import-memo', SEED_MEMO_PATH, '--as-of', '2018-09-01', ...args);
/** The seed memo's one blocking mark: the share target of recommendation 5 needs its population. */
const FIX = 'initiatives.4.targets.0.population=36';

describe('a memo proposal as a workbook', { timeout: 180_000 }, () => {
  it('is written in the export format, with the new plan described on the "Om" sheet', async () => {
    const w = await importMemo('-o', at('raw.xlsx'));
    expect(w.code).toBe(0);
    expect(w.stdout).toContain(`Forslaget er skrevet til ${at('raw.xlsx')}.`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('raw.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Om',
      'Indsatser',
      'Mål',
      'Midler',
      'Forbrug',
      'Aktiviteter',
      'Målinger',
      'Steder',
      'Partnere',
      'Målgrupper',
    ]);
    const om = new Map<string, unknown>();
    wb.getWorksheet('Om')!.eachRow((r) => om.set(r.getCell(1).text, r.getCell(2).value));
    expect(om.get('Handleplan')).toBe(SLUG);
    expect(om.get('Plan-id')).toBeNull();
    expect(om.has('Ny handleplan')).toBe(true);
    expect(String(om.get('Til gennemsyn'))).not.toBe('');
    // Without the blocking mark resolved, the dry run names the cell to fix.
    const dry = await indsats('import', at('raw.xlsx'), '--json');
    expect(dry.code).toBe(1);
    const r = JSON.parse(dry.stdout) as ImportReport;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ sheet: 'Mål', column: 'Population' });
  });

  it('imports cleanly into an empty database as a new plan, dry run first, then applied', async () => {
    const json = await importMemo('--set', FIX, '--json');
    const proposal = JSON.parse(json.stdout) as MemoProposal;
    const doc = proposal.document;
    const w = await importMemo('--set', FIX, '-o', at('plan.xlsx'));
    expect(w.code).toBe(0);

    const dry = await indsats('import', at('plan.xlsx'), '--json');
    expect(dry.code).toBe(0);
    const r = JSON.parse(dry.stdout) as ImportReport;
    expect(r.errors).toEqual([]);
    const count = (sheet: string) =>
      r.changes.filter((c) => c.sheet === sheet && c.action === 'create').length;
    const all = <T>(f: (i: (typeof doc.initiatives)[number]) => T[]) => doc.initiatives.flatMap(f).length;
    expect(count('Indsatser')).toBe(doc.initiatives.length);
    expect(count('Indsatser')).toBe(11);
    expect(count('Mål')).toBe(all((i) => i.targets));
    expect(count('Midler')).toBe(all((i) => i.funding));
    expect(count('Aktiviteter')).toBe(all((i) => i.activities));
    expect(count('Aktiviteter')).toBeGreaterThan(0);
    expect(r.changes[0]).toMatchObject({ sheet: 'Om', action: 'create' });
    expect(r.changes[0].summary).toBe(`oprettes: handleplanen ${doc.plan.title} (${SLUG})`);
    expect(r).toMatchObject({ applied: false, update: 0, delete: 0 });
    expect((await indsats('progress', '--plan', SLUG)).code).not.toBe(0);

    const applied = await indsats('import', at('plan.xlsx'), '--apply');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^Importen er gennemført \(import-id [0-9a-f-]+\): \d+ oprettet/);
    // The opening balances carry on: recommendation 1 has reached the 980 the memo states.
    const progress = await indsats('progress', '--plan', SLUG);
    expect(progress.stdout).toMatch(/Indsatsen når ud til minimum 2\.000 børn og ung.*\s980\s+2\.000/);

    const again = await indsats('export', '--plan', SLUG, '-o', at('again.xlsx'));
    expect(again.code).toBe(0);
    expect((await indsats('import', at('again.xlsx'))).stdout).toBe(
      'Prøvekørsel – intet er ændret: 0 oprettes, 0 opdateres, 0 slettes.\n',
    );
  });

  it('creates the plan, its units and rows in one audited transaction on either engine', async () => {
    const database = await freshDatabase();
    try {
      const ctx = systemContext('test');
      const proposal = resolveField(
        readMemoText(ctx, seedMemoText(), { asOf: '2018-09-01' }),
        'initiatives.4.targets.0.population',
        36,
      );
      const file = await proposalWorkbook(proposal);
      const dry = await importFile(database.db, ctx, file, { apply: false, deleteMissing: false });
      expect(dry.errors).toEqual([]);
      const r = await importFile(database.db, ctx, file, { apply: true, deleteMissing: false });
      expect(r).toMatchObject({ applied: true, create: dry.create, errors: [] });
      const plan = await database.db
        .selectFrom('plans')
        .selectAll()
        .where('slug', '=', SLUG)
        .executeTakeFirstOrThrow();
      expect(plan).toMatchObject({ id: r.plan.id, title: proposal.document.plan.title });
      expect(plan.theme).toBe(proposal.document.plan.theme);
      const inits = await database.db
        .selectFrom('initiatives')
        .select('id')
        .where('planId', '=', plan.id)
        .execute();
      expect(inits).toHaveLength(11);
      const balances = await database.db
        .selectFrom('activities')
        .select(['imported'])
        .where('imported', '=', 1)
        .execute();
      expect(balances.length).toBe(
        proposal.document.initiatives.flatMap((i) => i.activities).filter((a) => a.imported).length,
      );
      const audited = await database.db
        .selectFrom('auditLog')
        .select(['entityType'])
        .where('importId', '=', r.importId)
        .execute();
      expect(audited.filter((a) => a.entityType === 'plan').map((a) => a.entityType)).toEqual([
        'plan',
        'plan',
      ]);
      expect(audited.length).toBe(r.create + 1);
    } finally {
      await database.close();
    }
  });
});
