/** A terminal progress bar on stderr; silent when stderr is not a terminal (CI, pipes). */

/** A progress reporter. */
export interface ProgressBar {
  update(done: number, total: number, label?: string): void;
  finish(label?: string): void;
}

/** Create a progress bar; `stream` defaults to stderr. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 30): ProgressBar {
  const tty = stream.isTTY === true;
  let last = -1;
  return {
    update(done, total, label = '') {
      if (!tty || total <= 0) return;
      const pct = Math.min(100, Math.floor((done / total) * 100));
      if (pct === last) return;
      last = pct;
      const filled = Math.round((pct / 100) * width);
      stream.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(pct).padStart(3)} % ${label}`.padEnd(
          80,
        ),
      );
    },
    finish(label = '') {
      if (tty) stream.write(`\r${label}`.padEnd(80) + '\n');
    },
  };
}
