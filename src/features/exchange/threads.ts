/**
 * The exchange's worker threads (the workbook writer and parser) are plain JavaScript. A worker starts with the
 * process's Node options, so a process started with a TypeScript loader (`node --import tsx`, as the benchmarks and
 * scripts are) would load the loader again in every worker — a quarter of a second before the worker's own work.
 */
import { Worker } from 'node:worker_threads';

const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);
const isTsx = (specifier: string) => /^tsx(\/|$)/.test(specifier);

/** Node options without those that load tsx. */
export function withoutTsx(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    if (LOADER_FLAGS.has(arg) && isTsx(execArgv[i + 1] ?? '')) i++;
    else if (!(LOADER_FLAGS.has(arg.split('=')[0]) && isTsx(arg.slice(arg.indexOf('=') + 1)))) out.push(arg);
  }
  return out;
}

/** A worker thread running a plain-JavaScript module, with the process's Node options but no TypeScript loader. */
export function plainWorker(url: URL): Worker {
  return new Worker(url, { execArgv: withoutTsx(process.execArgv) });
}
