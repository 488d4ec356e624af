/** Acceptance through the CLI, as a user runs it: demo, progress, report, on a SQLite file. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indsats CLI', () => {
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

  it('has --help on every command', async () => {
    for (const cmd of ['serve', 'migrate', 'demo', 'progress', 'report']) {
      const r = await indsats(cmd, '--help');
      expect(r.stdout).toContain(`Usage: indsats ${cmd}`);
    }
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
