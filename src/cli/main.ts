/** The `indsats` command line: serve, migrate, demo, progress. */
import { Command, InvalidArgumentError } from 'commander';
import { systemContext } from '../api/context';
import { parseIsoDate } from '../domain/format';
import { loadPlanDocument } from '../features/import/loader';
import { planProgress, todayInCopenhagen } from '../features/progress/service';
import { seedPlan } from '../demo/seed-plan';
import { DEFAULT_DATABASE_URL, openDatabase } from '../store/database';
import { migrateToLatest } from '../store/migrate';
import { hasData, wipeData } from '../store/wipe';
import { startServer } from '../server';
import { progressTable } from './progress-table';
import { fail, runCli } from './run';

const program = new Command()
  .name('indsats')
  .description('indsats – styring af kommunale handleplaner: indsatser, mål, aktiviteter, fremdrift og statusnotat.')
  .option('-d, --database <url>', `database: a SQLite file or postgres://… (default: $DATABASE_URL or ${DEFAULT_DATABASE_URL})`)
  .showHelpAfterError();

const dbUrl = (): string | undefined => program.opts<{ database?: string }>().database;

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('Porten skal være et tal mellem 0 og 65535.');
  return n;
}

function date(v: string): string {
  if (parseIsoDate(v) === null) throw new InvalidArgumentError('Datoen skal have formatet ÅÅÅÅ-MM-DD, fx 2018-09-01.');
  return v;
}

program
  .command('serve')
  .description('Start the web server (migrates the database first).')
  .option('-p, --port <port>', 'port (default: $PORT or 3000)', port)
  .option('-H, --host <host>', 'interface to listen on (default: $HOST or 127.0.0.1)')
  .option('--demo', 'load the demo plan first if the database is empty')
  .action(async (o: { port?: number; host?: string; demo?: boolean }) => {
    if (o.demo) {
      const database = await openDatabase({ url: dbUrl() });
      if (!(await hasData(database.db))) {
        const r = await loadPlanDocument(database.db, systemContext('demo'), seedPlan);
        console.log(`Demodata indlæst: ${r.initiatives} indsatser, ${r.targets} mål, ${r.activities} aktiviteter.`);
      }
      await database.close();
    }
    const server = await startServer({
      port: o.port ?? port(process.env.PORT ?? '3000'),
      host: o.host ?? process.env.HOST ?? '127.0.0.1',
      databaseUrl: dbUrl(),
    });
    console.log(`\nindsats kører på ${server.url}\n  API-dokumentation: ${server.url}/api/docs\n  Fremdrift for demoplanen: ${server.url}/api/v1/plans/${seedPlan.plan.slug}/progress?asOf=2018-09-01\n`);
    const stop = (): void => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('migrate')
  .description('Apply pending database migrations.')
  .action(async () => {
    const database = await openDatabase({ url: dbUrl(), migrate: false });
    const applied = await migrateToLatest(database.db);
    console.log(applied.length === 0 ? 'Databasen er opdateret.' : `Migreringer anvendt: ${applied.join(', ')}`);
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
        if (!o.force) fail('Databasen indeholder allerede data. Brug --force for at slette dem og indlæse demodata.');
        await wipeData(database.db, ctx);
      }
      const r = await loadPlanDocument(database.db, ctx, seedPlan);
      console.log(`Demoplanen "${seedPlan.plan.title}" er indlæst (${r.slug}): ${r.initiatives} indsatser, ${r.targets} mål, ${r.activities} aktiviteter.`);
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
      process.stdout.write(o.json ? `${JSON.stringify(p, null, 2)}\n` : progressTable(p, process.stdout.columns ?? 120));
    } finally {
      await database.close();
    }
  });

await runCli(program);
