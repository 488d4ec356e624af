/** Acceptance of `indsats import-memo` as a user runs it, on a SQLite file: show, correct, apply. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { MemoProposal } from '../../src/schemas/memo-import';
import { openDatabase } from '../../src/store/database';
import { SEED_MEMO_PATH } from '../seed-memo';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'indsats-memo-cli-'));
const db = join(dir, 'indsats.db');
const bin = join(import.meta.dirname, '../../bin/indsats.mjs');

async function indsats(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, '--database', db, ...args], {
      timeout: 60_000,
      maxBuffer: 20 * 1024 * 1024,
    });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

async function planCount(): Promise<number> {
  const database = await openDatabase({ url: db });
  try {
    const rows = await database.db.selectFrom('plans').select('id').execute();
    return rows.length;
  } finally {
    await database.close();
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indsats import-memo', { timeout: 90_000 }, () => {
  it('shows a readable proposal with its review marks and saves nothing', async () => {
    const r = await indsats('import-memo', SEED_MEMO_PATH, '--as-of', '2018-09-01');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Forslag til handleplan: Integrationshandleplan 2017-18');
    expect(r.stdout).toContain('Anbefalinger (6):');
    expect(r.stdout).toContain('Øvrige indsatser (5):');
    expect(r.stdout).toContain('Mål: mindst 2.000 børn og unge (nået)');
    expect(r.stdout).toContain('Opgjort i notatet pr. 1. september 2018: 980 børn og unge');
    expect(r.stdout).toContain('!! SKAL LØSES (initiatives.4.targets.0.population): Målet er en andel');
    expect(r.stdout).toContain('Intet er gemt.');
    expect(await planCount()).toBe(0);
  });

  it('asks for the as-of date the memo does not state, and refuses to apply without it', async () => {
    const r = await indsats('import-memo', SEED_MEMO_PATH, '--apply');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Notatet angiver ikke, hvilken dato status er opgjort pr.');
    expect(r.stderr).toContain('Forslaget kan ikke gemmes endnu');
    expect(await planCount()).toBe(0);
  });

  it('applies a proposal corrected by hand, and the figures continue from the memo', async () => {
    const json = await indsats('import-memo', SEED_MEMO_PATH, '--as-of', '2018-09-01', '--json');
    expect(json.code, json.stderr).toBe(0);
    const p = JSON.parse(json.stdout) as MemoProposal;
    p.document.initiatives[4].targets[0].population = 36;
    p.review = p.review.filter((m) => !m.blocking);
    const file = join(dir, 'forslag.json');
    writeFileSync(file, JSON.stringify(p));
    const applied = await indsats('import-memo', file, '--apply', '--slug', 'kk-social-kontrol');
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Planen er gemt: kk-social-kontrol');
    expect(await planCount()).toBe(1);
    const progress = await indsats('progress', '--plan', 'kk-social-kontrol', '--as-of', '2018-09-01');
    expect(progress.stdout).toMatch(/980\s+2\.000/);
    const again = await indsats('import-memo', file, '--apply', '--slug', 'kk-social-kontrol');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('findes allerede en handleplan');
    expect(readFileSync(file, 'utf8')).toContain('"population":36');
  });

  it('resolves a blocking mark with --set and applies in one go', async () => {
    const r = await indsats(
      'import-memo',
      SEED_MEMO_PATH,
      '--as-of',
      '2018-09-01',
      '--slug',
      'kk-med-set',
      '--set',
      'initiatives.4.targets.0.population=36',
      '--apply',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('heraf 0 der skal løses');
    expect(r.stdout).toContain('Planen er gemt: kk-med-set');
    const progress = await indsats('progress', '--plan', 'kk-med-set', '--as-of', '2018-09-01', '--json');
    const p = JSON.parse(progress.stdout) as {
      initiatives: { number: number | null; targets: { actual: number }[] }[];
    };
    expect(p.initiatives.find((i) => i.number === 5)?.targets[0].actual).toBeCloseTo(83.33, 2);
  });
});
