/**
 * Backup and restore on the engine under test: a backup taken while requests keep writing is consistent (its row
 * counts match its rows), restores into a fresh database with the same closed-round memo and progress, leaves id
 * sequences usable, and is refused by a database that has data or by a schema it does not know.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/auth/context';
import { restoreFromFile } from '../../src/cli/backup';
import { seedPlan } from '../../src/demo/seed-plan';
import { loadPlanDocument } from '../../src/features/import/loader';
import { roundMemo, roundMemoModel, renderMemo } from '../../src/features/memo/service';
import { planProgressJson } from '../../src/features/progress/service';
import { BackupError, restoreBackup, writeBackup, type BackupHeader } from '../../src/store/backup';
import type { Database } from '../../src/store/database';
import type { DB } from '../../src/store/schema';
import type { Kysely } from 'kysely';
import { startTestApp, type TestApp } from '../api';
import { freshDatabase } from '../db';
import { makePartner } from '../factories';

const ctx = systemContext('test');
let t: TestApp;
let roundId: number;
let planSlug: string;

async function* linesOf(all: string[]): AsyncGenerator<string> {
  for (const l of all) yield await Promise.resolve(l);
}

async function figures(
  db: Kysely<DB>,
): Promise<{ memo: string; pdf: string; docx: string; model: string; progress: string }> {
  const model = await roundMemoModel(db, ctx, roundId);
  return {
    model: JSON.stringify(model),
    memo: (await renderMemo(model, 'html')).toString('utf8'),
    // The documents stored when the round closed, byte for byte.
    pdf: (await roundMemo(db, ctx, roundId, 'pdf')).body.toString('base64'),
    docx: (await roundMemo(db, ctx, roundId, 'docx')).body.toString('base64'),
    progress: (await planProgressJson(db, ctx, planSlug, '2018-12-31')).toString('utf8'),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  const loaded = await loadPlanDocument(t.database.db, ctx, seedPlan);
  void loaded;
  const round = await t.database.db
    .selectFrom('reportingRounds')
    .select(['id', 'state'])
    .executeTakeFirstOrThrow();
  expect(round.state).toBe('closed');
  roundId = round.id;
  planSlug = seedPlan.plan.slug;
}, 60_000);
afterAll(() => t.close());

describe('backup and restore', () => {
  let lines: string[] = [];
  let header: BackupHeader;

  it('backs up a consistent copy while requests keep writing', async () => {
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await makePartner(t.app);
        written++;
      }
    })();
    await makePartner(t.app); // at least one write has started before the backup
    const all: string[] = [];
    header = await writeBackup(t.database.db, async (l) => {
      all.push(l);
      await new Promise((r) => setImmediate(r)); // give the writer room between rows
    });
    writing = false;
    await writer;
    lines = all;
    expect(written).toBeGreaterThan(0);
    expect(JSON.parse(all[0])).toMatchObject({ format: 'indsats-backup', formatVersion: 1 });
    const perTable: Record<string, number> = {};
    for (const l of all.slice(1)) {
      const { t: table } = JSON.parse(l) as { t: string };
      perTable[table] = (perTable[table] ?? 0) + 1;
    }
    for (const [table, n] of Object.entries(header.tables)) expect(perTable[table] ?? 0, table).toBe(n);
    expect(header.tables.audit_log).toBeGreaterThan(0);
    expect(header.tables.plans).toBe(1);
  }, 60_000);

  it('restores into a fresh database with the same memo and progress, and usable ids', async () => {
    const target: Database = await freshDatabase();
    try {
      await restoreBackup(target.db, linesOf(lines));
      expect(await figures(target.db)).toEqual(await figures(t.database.db));
      for (const [table, n] of Object.entries(header.tables)) {
        const { rows } = await target.db
          .withoutPlugins()
          .selectFrom(table as never)
          .select((eb) => eb.fn.countAll().as('n'))
          .execute()
          .then((r) => ({ rows: r as { n: number | string }[] }));
        expect(Number(rows[0].n), table).toBe(table === 'revision' ? n : n);
      }
      // New rows get fresh ids (PostgreSQL's sequences were moved past the restored ids).
      const max = await target.db
        .selectFrom('partners')
        .select((eb) => eb.fn.max('id').as('m'))
        .executeTakeFirstOrThrow();
      const now = new Date().toISOString();
      const { id } = await target.db
        .insertInto('partners')
        .values({ name: 'Efter gendannelse', createdAt: now, updatedAt: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(id).toBeGreaterThan(Number(max.m));
    } finally {
      await target.close();
    }
  }, 60_000);

  it('refuses a database that has data, and a backup of an unknown schema', async () => {
    await expect(restoreBackup(t.database.db, linesOf(lines))).rejects.toThrow(BackupError);
    await expect(restoreBackup(t.database.db, linesOf(lines))).rejects.toThrow(/ikke tom/);
    const target = await freshDatabase();
    try {
      const newer = { ...header, migrations: [...header.migrations, '29991231_0001_future'] };
      await expect(restoreBackup(target.db, linesOf([JSON.stringify(newer)]))).rejects.toThrow(
        /nyere eller ukendt version/,
      );
      await expect(restoreBackup(target.db, linesOf(['{"x":1}']))).rejects.toThrow(/ikke en sikkerhedskopi/);
    } finally {
      await target.close();
    }
  });

  // A SQLite target works whichever engine the suite runs on, so this runs on both.
  it('restores a file into a new SQLite file through the CLI function', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'indsats-backup-'));
    try {
      const file = join(dir, 'backup.jsonl');
      await writeFile(file, lines.join('\n') + '\n');
      const rows = await restoreFromFile(join(dir, 'restored.db'), file);
      expect(rows).toBe((await readFile(file, 'utf8')).trim().split('\n').length - 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
