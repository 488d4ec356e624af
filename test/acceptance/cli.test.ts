/** Acceptance through the CLI, as a user runs it: demo, progress, report, on a SQLite file. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import { openDatabase } from '../../src/store/database';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'indsats-cli-'));
const db = join(dir, 'indsats.db');
const bin = join(import.meta.dirname, '../../bin/indsats.mjs');

async function indsats(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, '--database', db, ...args], {
      timeout: 60_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

beforeAll(async () => {
  const r = await indsats('demo');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('koordinator@demo.indsats.dk');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test starts the real command line, several times: allow for a busy machine (about 1-2 s per start alone).
describe('indsats CLI', { timeout: 90_000 }, () => {
  it('prints the demo plan as a Danish table', async () => {
    const r = await indsats('progress', '--plan', 'integrationshandleplan-2017-18', '--as-of', '2018-09-01');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fremdrift pr. 1. september 2018');
    expect(r.stdout).toMatch(/980\s+2\.000/);
    expect(r.stdout).toContain('Forventes opfyldt (vurdering)');
  });

  it('prints JSON with --json', async () => {
    const r = await indsats('progress', '--plan', '1', '--as-of', '2018-09-01', '--json');
    const p = JSON.parse(r.stdout) as {
      initiatives: { number: number | null; targets: { actual: number }[] }[];
    };
    expect(p.initiatives.find((i) => i.number === 4)?.targets[0].actual).toBe(450);
  });

  it('explains a bad date and an unknown plan in Danish', async () => {
    const bad = await indsats('progress', '--plan', '1', '--as-of', '2018-02-30');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('ÅÅÅÅ-MM-DD');
    const unknown = await indsats('progress', '--plan', 'findes-ikke');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('findes ikke');
  });

  it('writes the memo of the demo round to a file', async () => {
    const out = join(dir, 'bilag.docx');
    const r = await indsats('report', '--round', '1', '--format', 'docx', '-o', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the working version with --variant working, and refuses an unknown variant', async () => {
    const working = join(dir, 'arbejd.html');
    const r = await indsats(
      'report',
      '--round',
      '1',
      '--format',
      'html',
      '--variant',
      'working',
      '-o',
      working,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(working, 'utf8')).toContain('Arbejdsnote');
    const committee = join(dir, 'udvalg.html');
    expect((await indsats('report', '--round', '1', '--format', 'html', '-o', committee)).code).toBe(0);
    expect(readFileSync(committee, 'utf8')).not.toContain('Arbejdsnote');
    const bad = await indsats('report', '--round', '1', '--variant', 'udvalg');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain(
      '--variant skal være committee (udvalgsversion) eller working (arbejdsversion).',
    );
  });

  it('has --help on every command', async () => {
    for (const cmd of ['serve', 'migrate', 'demo', 'progress', 'report', 'user']) {
      const r = await indsats(cmd, '--help');
      expect(r.stdout).toContain(`Usage: indsats ${cmd}`);
    }
  });
  it('creates the first administrator, who can then sign in with the printed password', async () => {
    const r = await indsats('user', 'add', '--email', 'It@KK.dk', '--name', 'Ida Thomsen', '--role', 'admin');
    expect(r.code).toBe(0);
    const password = /Adgangskode \(vises kun nu\): (\S+)/.exec(r.stdout)?.[1];
    expect(password).toBeDefined();
    const database = await openDatabase({ url: db });
    const app = await buildApp({ db: database.db });
    try {
      const ok = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'it@kk.dk', password },
      });
      expect(ok.statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
    }
    const again = await indsats('user', 'add', '--email', 'it@kk.dk', '--name', 'Ida', '--role', 'admin');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('findes allerede');
  });

  it('refuses a short password and a scoped role without its scope, in Danish', async () => {
    const short = await indsats(
      'user',
      'add',
      '--email',
      'a@kk.dk',
      '--name',
      'A',
      '--role',
      'reader',
      '--password',
      'kort',
    );
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('mindst 12 tegn');
    const noPlan = await indsats('user', 'add', '--email', 'b@kk.dk', '--name', 'B', '--role', 'coordinator');
    expect(noPlan.code).toBe(1);
    expect(noPlan.stderr).toContain('--plan');
    const reset = await indsats(
      'user',
      'reset-password',
      '--email',
      'ejer@demo.indsats.dk',
      '--password',
      'en helt ny adgangskode',
    );
    expect(reset.code).toBe(0);
    const list = await indsats('user', 'list');
    expect(list.stdout).toMatch(/ejer@demo\.indsats\.dk\s+Omar Ejer\s+owner \(indsats \d+\)/);
  });

  // Last: --force replaces the data (and its ids) that the tests above use.
  it('refuses to load the demo over existing data without --force', async () => {
    const r = await indsats('demo');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--force');
    const forced = await indsats('demo', '--force');
    expect(forced.code).toBe(0);
  });
});
