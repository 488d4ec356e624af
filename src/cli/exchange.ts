/** `indsats export` and `indsats import`: the plan workbook (or one sheet as CSV) out and back, with a progress bar. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemContext } from '../auth/context';
import { formatNumber } from '../domain/format';
import { LIMITS, checkFileSize } from '../features/exchange/limits';
import { exportCsv, exportWorkbook, importFile, messageOf } from '../features/exchange/service';
import type { ImportReport } from '../schemas/exchange';
import { openDatabase } from '../store/database';
import { progressBar } from './progress-bar';
import { fail } from './run';

/** The report of an import as Danish lines for the terminal. */
export function reportLines(r: ImportReport, apply: boolean): string[] {
  const counts = `${r.create} oprettes, ${r.update} opdateres, ${r.delete} slettes`;
  const head = r.applied
    ? `Importen er gennemført (import-id ${r.importId}): ${r.create} oprettet, ${r.update} opdateret, ${r.delete} slettet.`
    : r.errors.length > 0
      ? `Intet er ændret: filen har ${r.errors.length} fejl. Uden fejl ville ${counts}.`
      : `Prøvekørsel – intet er ændret: ${counts}.`;
  const lines = [head];
  for (const c of r.changes)
    lines.push(
      `  ${c.sheet}${c.row === null ? '' : ` række ${c.row}`}${c.key ? ` (${c.key})` : ''}: ${c.summary}`,
    );
  for (const n of r.notes) lines.push(`  Bemærk: ${n}`);
  if (r.errors.length > 0) {
    lines.push('Fejl:');
    for (const e of r.errors) lines.push(`  ${messageOf(e)}`);
  }
  if (!apply && r.errors.length === 0 && r.create + r.update + r.delete > 0)
    lines.push('Kør igen med --apply for at gennemføre ændringerne.');
  return lines;
}

/** Register `export` and `import`. */
export function registerExchangeCommands(program: Command, dbUrl: () => string | undefined): void {
  program
    .command('export')
    .description(
      'Write a plan as a workbook (.xlsx), or one sheet as CSV for Danish Excel (.csv with --sheet).',
    )
    .requiredOption('--plan <id|slug>', 'the plan, by id or slug')
    .requiredOption('-o, --output <file>', 'the file to write: plan.xlsx, or aktiviteter.csv with --sheet')
    .option(
      '--sheet <name>',
      'for CSV: the sheet (Indsatser, Mål, Midler, Forbrug, Aktiviteter, Målinger, …)',
    )
    .action(async (o: { plan: string; output: string; sheet?: string }) => {
      const csv = o.output.toLowerCase().endsWith('.csv');
      if (csv && !o.sheet) fail('En CSV-fil rummer ét ark: angiv det med --sheet, fx --sheet Aktiviteter.');
      const database = await openDatabase({ url: dbUrl() });
      const bar = progressBar();
      try {
        const ctx = systemContext('cli');
        const file = csv
          ? await exportCsv(database.db, ctx, o.plan, o.sheet!)
          : await exportWorkbook(database.db, ctx, o.plan, (d, t, label) => bar.update(d, t, label));
        await writeFile(o.output, file.body);
        bar.finish();
        console.log(`Planen er skrevet til ${o.output} (${formatNumber(file.body.length)} byte).`);
      } finally {
        await database.close();
      }
    });
  program
    .command('import <file>')
    .description('Compare a workbook (or a CSV sheet) with the plan: a dry run unless --apply.')
    .option('--plan <id|slug>', 'the plan (a workbook names its own; needed for CSV)')
    .option('--apply', 'write the changes (all or nothing)')
    .option('--delete-missing', 'delete stored rows that are missing from a sheet in the file')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        file: string,
        o: { plan?: string; apply?: boolean; deleteMissing?: boolean; json?: boolean },
      ) => {
        const size = (await stat(file).catch(() => fail(`Filen ${file} findes ikke.`))).size;
        checkFileSize(size, LIMITS);
        const body = await readFile(file);
        const database = await openDatabase({ url: dbUrl() });
        const bar = progressBar();
        try {
          const r = await importFile(database.db, systemContext('cli'), body, {
            plan: o.plan,
            apply: o.apply === true,
            deleteMissing: o.deleteMissing === true,
            onProgress: (d, t, label) => bar.update(d, t, label),
          });
          bar.finish();
          if (o.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          else console.log(reportLines(r, o.apply === true).join('\n'));
          if (r.errors.length > 0) process.exitCode = 1;
        } finally {
          await database.close();
        }
      },
    );
}
