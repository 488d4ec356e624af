/** `indsats backup -o <file>` and `indsats restore <file>`: a consistent copy while the server runs, and back. */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { formatNumber } from '../domain/format';
import { BackupError, restoreBackup, writeBackup } from '../store/backup';
import { openDatabase } from '../store/database';
import { migrateToLatest } from '../store/migrate';
import { progressBar } from './progress-bar';
import { fail } from './run';

/** Back up the database to `file` (written beside it first and renamed, so a failed run leaves no half file). */
export async function backupToFile(url: string | undefined, file: string): Promise<number> {
  const database = await openDatabase({ url });
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { encoding: 'utf8' });
  const bar = progressBar();
  try {
    const header = await writeBackup(
      database.db,
      async (line) => {
        if (!out.write(`${line}\n`)) await once(out, 'drain');
      },
      (done, total, table) => bar.update(done, total, table),
    );
    out.end();
    await once(out, 'finish');
    await rename(partial, file);
    bar.finish();
    return Object.values(header.tables).reduce((a, b) => a + b, 0);
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  } finally {
    await database.close();
  }
}

/** Restore `file` into the (empty) database named by `url`, then migrate it to this version. */
export async function restoreFromFile(url: string | undefined, file: string): Promise<number> {
  const database = await openDatabase({ url, migrate: false });
  const bar = progressBar();
  try {
    const lines = createInterface({
      input: createReadStream(file, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    const header = await restoreBackup(database.db, lines, (done, total, table) =>
      bar.update(done, total, table),
    );
    await migrateToLatest(database.db);
    bar.finish();
    return Object.values(header.tables).reduce((a, b) => a + b, 0);
  } catch (err) {
    if (err instanceof BackupError) fail(err.message);
    throw err;
  } finally {
    await database.close();
  }
}

/** Register `backup` and `restore`. */
export function registerBackupCommands(program: Command, dbUrl: () => string | undefined): void {
  program
    .command('backup')
    .description('Write a consistent copy of the database (JSON lines) while the server may keep running.')
    .requiredOption('-o, --output <file>', 'the backup file')
    .action(async (o: { output: string }) => {
      const rows = await backupToFile(dbUrl(), o.output);
      console.log(`Sikkerhedskopien er skrevet til ${o.output} (${formatNumber(rows)} rækker).`);
    });
  program
    .command('restore <file>')
    .description('Restore a backup into an empty database (-d or $DATABASE_URL); refuses one with data.')
    .action(async (file: string) => {
      const rows = await restoreFromFile(dbUrl(), file);
      console.log(`Sikkerhedskopien ${file} er gendannet (${formatNumber(rows)} rækker).`);
    });
}
