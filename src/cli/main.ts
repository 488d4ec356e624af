/** The `indsats` command line: serve, migrate, demo, progress, report, import-memo, user, backup. */
import { Command, InvalidArgumentError } from 'commander';
import { systemContext } from '../auth/context';
import { parseIsoDate } from '../domain/format';
import { loadDemo } from '../demo/load';
import { demoLoginLines } from '../demo/users';
import { registerUserCommands } from './users';
import { registerBackupCommands } from './backup';
import { registerExchangeCommands } from './exchange';
import { registerImportMemoCommand } from './import-memo';
import { loginHint } from './login-hint';
import { planProgress, todayInCopenhagen } from '../features/progress/service';
import { seedPlan } from '../demo/seed-plan';
import { DEFAULT_DATABASE_URL, openDatabase } from '../store/database';
import { migrateToLatest } from '../store/migrate';
import { hasData, wipeData } from '../store/wipe';
import { startServer } from '../server';
import { progressTable } from './progress-table';
import { progressBar } from './progress-bar';
import { writeFile } from 'node:fs/promises';
import { formatNumber } from '../domain/format';
import { memoFileName, planDraftMemo, renderMemo, roundMemoModel } from '../features/memo/service';
import { MEMO_FORMATS, type MemoFormat } from '../schemas/memo';
import { loadRound } from '../features/rounds/updates';
import { fail, runCli } from './run';
import { MEMO_VARIANTS, type MemoVariant } from '../domain/memo-variants';

/** The options of `indsats report`. */
interface ReportOptions {
  round?: string;
  plan?: string;
  asOf?: string;
  format: string;
  variant: string;
  output?: string;
}

const program = new Command()
  .name('indsats')
  .description(
    'indsats – styring af kommunale handleplaner: indsatser, mål, aktiviteter, fremdrift og statusnotat.',
  )
  .option(
    '-d, --database <url>',
    `database: a SQLite file or postgres://… (default: $DATABASE_URL or ${DEFAULT_DATABASE_URL})`,
  )
  .showHelpAfterError();

const dbUrl = (): string | undefined => program.opts<{ database?: string }>().database;

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('Porten skal være et tal mellem 0 og 65535.');
  return n;
}

function date(v: string): string {
  if (parseIsoDate(v) === null)
    throw new InvalidArgumentError('Datoen skal have formatet ÅÅÅÅ-MM-DD, fx 2018-09-01.');
  return v;
}

program
  .command('serve')
  .description('Start the web server (migrates the database first).')
  .option('-p, --port <port>', 'port (default: $PORT or 3000)', port)
  .option('-H, --host <host>', 'interface to listen on (default: $HOST or 127.0.0.1)')
  .option('--demo', 'load the demo plan first if the database is empty')
  .action(async (o: { port?: number; host?: string; demo?: boolean }) => {
    let demoLoadedNow = false;
    if (o.demo) {
      const database = await openDatabase({ url: dbUrl() });
      if (!(await hasData(database.db))) {
        demoLoadedNow = true;
        const r = await loadDemo(database.db, systemContext('demo'));
        console.log(
          `Demodata indlæst: ${r.initiatives} indsatser, ${r.targets} mål, ${r.activities} aktiviteter.`,
        );
      }
      await database.close();
    }
    const server = await startServer({
      port: o.port ?? port(process.env.PORT ?? '3000'),
      host: o.host ?? process.env.HOST ?? '127.0.0.1',
      databaseUrl: dbUrl(),
    });
    console.log(`\nÅbn ${server.url} i en browser for at bruge indsats.\n  API: ${server.url}/api/docs\n`);
    console.log((await loginHint(server.database.db, demoLoadedNow)).join('\n') + '\n');
    // Graceful: requests in flight finish and the pool closes; a shutdown that hangs is cut off after a while.
    const stop = (signal: string): void => {
      console.log(`${signal}: lukker ned, venter på igangværende forespørgsler …`);
      const limit = Number(process.env.INDSATS_SHUTDOWN_TIMEOUT_MS ?? 25_000);
      setTimeout(() => process.exit(1), limit).unref();
      void server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('migrate')
  .description('Apply pending database migrations.')
  .action(async () => {
    const database = await openDatabase({ url: dbUrl(), migrate: false });
    const applied = await migrateToLatest(database.db);
    console.log(
      applied.length === 0 ? 'Databasen er opdateret.' : `Migreringer anvendt: ${applied.join(', ')}`,
    );
    await database.close();
  });

program
  .command('demo')
  .description('Load the demo plan (Integrationshandleplan 2017-18) into an empty database.')
  .option('-f, --force', 'delete existing plan and reference data first')
  .action(async (o: { force?: boolean }) => {
    const database = await openDatabase({ url: dbUrl() });
    try {
      const ctx = systemContext('demo');
      if (await hasData(database.db)) {
        if (!o.force)
          fail('Databasen indeholder allerede data. Brug --force for at slette dem og indlæse demodata.');
        ctx.authorize('plan:write');
        await wipeData(database.db, ctx);
      }
      const r = await loadDemo(database.db, ctx);
      console.log(demoLoginLines().join('\n'));
      console.log(
        `Demoplanen "${seedPlan.plan.title}" er indlæst (${r.slug}): ${r.initiatives} indsatser, ${r.targets} mål, ${r.activities} aktiviteter.`,
      );
    } finally {
      await database.close();
    }
  });

program
  .command('progress')
  .description("Show a plan's initiatives and targets: actual / target / forecast / status.")
  .requiredOption('--plan <id|slug>', 'the plan, by id or slug')
  .option('--as-of <date>', 'compute as of this date, YYYY-MM-DD (default: today)', date)
  .option('--json', 'print JSON instead of a table')
  .action(async (o: { plan: string; asOf?: string; json?: boolean }) => {
    const database = await openDatabase({ url: dbUrl() });
    try {
      const p = await planProgress(database.db, systemContext('cli'), o.plan, o.asOf ?? todayInCopenhagen());
      process.stdout.write(
        o.json ? `${JSON.stringify(p, null, 2)}\n` : progressTable(p, process.stdout.columns ?? 120),
      );
    } finally {
      await database.close();
    }
  });

program
  .command('report')
  .description('Write the status memo (Bilag) of a round, or a quick draft for a plan as of a date.')
  .option('--round <id>', 'the reporting round')
  .option('--plan <id|slug>', 'a plan, for a draft without a round (with --as-of)')
  .option('--as-of <date>', 'date for a draft, YYYY-MM-DD', date)
  .option('--format <format>', 'docx, pdf or html', 'docx')
  .option(
    '--variant <variant>',
    'committee (udvalgsversion: the memo as sent) or working (arbejdsversion: with computed figures, assessments, missing texts, overdue activities and changes, marked)',
    'committee',
  )
  .option('-o, --output <file>', "output file (default: the memo's own name in the current folder)")
  .action(async (o: ReportOptions) => {
    if (!(MEMO_FORMATS as readonly string[]).includes(o.format))
      fail('Formatet skal være docx, pdf eller html.');
    if (!(MEMO_VARIANTS as readonly string[]).includes(o.variant))
      fail('--variant skal være committee (udvalgsversion) eller working (arbejdsversion).');
    const format = o.format as MemoFormat;
    const variant = o.variant as MemoVariant;
    if (!o.round && !o.plan) fail('Angiv --round <id> eller --plan <id|slug> med --as-of <dato>.');
    const database = await openDatabase({ url: dbUrl() });
    const bar = progressBar();
    try {
      const ctx = systemContext('cli');
      bar.update(0, 3, 'henter data');
      let memo;
      if (o.round) {
        const id = Number(o.round);
        if (!Number.isInteger(id) || id <= 0) fail('--round skal være et id (et positivt heltal).');
        const model = await roundMemoModel(database.db, ctx, id, variant);
        bar.update(1, 3, `opsætter ${model.initiatives.length} indsatser`);
        const round = await loadRound(database.db, id);
        memo = {
          fileName: memoFileName(round.appendixNumber, round.title, format, model.draft, variant),
          body: await renderMemo(model, format),
        };
      } else {
        if (!o.asOf) fail('--plan kræver --as-of <dato>.');
        bar.update(1, 3, 'opsætter notat');
        memo = await planDraftMemo(database.db, ctx, o.plan!, o.asOf, format, variant);
      }
      bar.update(2, 3, 'skriver fil');
      const file = o.output ?? memo.fileName;
      await writeFile(file, memo.body);
      bar.finish();
      console.log(`Notatet er skrevet til ${file} (${formatNumber(memo.body.length)} byte).`);
    } finally {
      await database.close();
    }
  });

registerUserCommands(program, dbUrl);
registerBackupCommands(program, dbUrl);
registerExchangeCommands(program, dbUrl);
registerImportMemoCommand(program, dbUrl, date);

await runCli(program);
