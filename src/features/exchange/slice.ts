/**
 * Cooperative time slicing for long loops on the main thread: `await slice()` in the loop hands the event loop to
 * other requests once `budgetMs` of work has passed since the last hand-over, so a slice is bounded in time rather
 * than in rows — on a busy machine, where each row takes longer, it hands over just as often.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** Milliseconds of work between two turns of the event loop. */
export const SLICE_MS = 8;

/** A function to await in a loop: it yields when the slice is used up, and is free otherwise. */
export function timeSlicer(budgetMs = SLICE_MS): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < budgetMs) return undefined;
    return yieldToLoop().then(() => {
      since = performance.now();
    });
  };
}
