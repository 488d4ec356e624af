/** Running the CLI: Danish messages for known problems, no stack traces for people. */
import type { Command } from 'commander';
import { Problem } from '../domain/problem';

/** A user-facing CLI error. */
export class CliError extends Error {}

/** Stop with a message for the user. */
export function fail(message: string): never {
  throw new CliError(message);
}

/** Parse argv and run; print problems as plain Danish and exit non-zero. */
export async function runCli(program: Command, argv = process.argv): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CliError) console.error(`Fejl: ${err.message}`);
    else if (err instanceof Problem)
      console.error(`Fejl: ${err.da}${err.field ? ` (felt: ${err.field})` : ''}`);
    else {
      console.error(`Fejl: ${err instanceof Error ? err.message : String(err)}`);
      if (process.env.INDSATS_DEBUG) console.error(err);
    }
    process.exitCode = 1;
  }
}
