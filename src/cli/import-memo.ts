/**
 * `indsats import-memo <file>`: read a status memo (DOCX, PDF or text) into a proposed plan and show it; with
 * `--apply`, save it. A JSON file is taken as a proposal written earlier with `--json` and corrected by hand.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemContext } from '../auth/context';
import { applyProposal, readMemoFile } from '../features/memo-import/service';
import { parseAssignment, resolveField } from '../features/memo-import/resolve';
import { proposalSummary } from '../features/memo-import/summary';
import { proposalWorkbook } from '../features/memo-import/workbook';
import { MemoProposal } from '../schemas/memo-import';
import { openDatabase } from '../store/database';
import { progressBar } from './progress-bar';
import { fail } from './run';

interface Options {
  set: string[];
  asOf?: string;
  slug?: string;
  json?: boolean;
  apply?: boolean;
  output?: string;
}

async function proposalFrom(file: string, o: Options): Promise<MemoProposal> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return fail(`Filen ${file} kunne ikke åbnes.`);
  }
  const head = bytes.subarray(0, 64).toString('utf8').trimStart();
  if (head.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      return fail(`${file} er ikke gyldig JSON.`);
    }
    const parsed = MemoProposal.safeParse(json);
    if (!parsed.success) fail(`${file} er ikke et forslag fra "indsats import-memo --json".`);
    if (o.slug) parsed.data.document.plan.slug = o.slug;
    return parsed.data;
  }
  return readMemoFile(systemContext('cli'), bytes, { asOf: o.asOf, slug: o.slug });
}

/** Register `import-memo`. */
export function registerImportMemoCommand(
  program: Command,
  dbUrl: () => string | undefined,
  date: (v: string) => string,
): void {
  program
    .command('import-memo <file>')
    .description(
      'Read a status memo (DOCX, PDF or text) into a proposed plan; show it, or save it with --apply. A JSON file is a proposal from --json.',
    )
    .option('--as-of <date>', "the memo's as-of date, YYYY-MM-DD, when the memo does not state it", date)
    .option('--slug <slug>', "the new plan's slug (default: from the plan's title)")
    .option(
      '--set <path=value>',
      'correct a field of the proposal by the path its review mark names, e.g. initiatives.4.targets.0.population=36 (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--json', 'print the whole proposal as JSON (the plan document plus review marks)')
    .option('--apply', 'save the plan, its opening balances and the closed historical round')
    .option(
      '-o, --output <file>',
      'write the proposal as a workbook in the export format (plan.xlsx), to edit and bring in with "indsats import"',
    )
    .action(async (file: string, o: Options) => {
      let proposal = await proposalFrom(file, o);
      for (const assignment of o.set) {
        const { path, value } = parseAssignment(assignment);
        proposal = resolveField(proposal, path, value);
      }
      if (o.output) {
        if (o.apply) fail('Vælg enten -o (regneark til redigering) eller --apply (gem planen nu).');
        const bar = progressBar();
        const body = await proposalWorkbook(proposal, (d, t, label) => bar.update(d, t, label));
        bar.finish();
        await writeFile(o.output, body);
      }
      if (o.json) process.stdout.write(`${JSON.stringify(proposal, null, 2)}\n`);
      else process.stdout.write(proposalSummary(proposal, o.apply ?? false));
      if (o.output)
        (o.json ? console.error : console.log)(
          `Forslaget er skrevet til ${o.output}. Ret det i Excel, og hent det ind med "indsats import ${o.output}" (prøvekørsel) og derefter --apply. Statusteksterne (den historiske runde) er ikke med i regnearket; dem gemmer "indsats import-memo --apply".`,
        );
      if (!o.apply) return;
      const database = await openDatabase({ url: dbUrl() });
      try {
        const r = await applyProposal(database.db, systemContext('cli'), proposal);
        (o.json ? console.error : console.log)(
          `Planen er gemt: ${r.slug} (id ${r.planId}) med ${r.initiatives} indsatser, ${r.targets} mål og ${r.activities} aktiviteter; den historiske runde er lukket.`,
        );
      } finally {
        await database.close();
      }
    });
}
