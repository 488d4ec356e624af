/**
 * Turns of the event loop under load. Node accepts one new connection per turn of its event loop, and a turn runs
 * every request that is ready: with 200 busy connections a turn takes a second, so a connection that arrives then
 * waits many seconds before it is even accepted (a load test saw 10-second timeouts while every accepted request
 * was answered in under 40 ms), and so does a load balancer's health probe on a new connection. Requests therefore
 * start in turns of at most `budgetMs` of work: the ones ready when a turn's budget is spent wait, in order of
 * arrival, for the next turn, so the loop keeps turning — accepting connections, reading notifications, firing
 * timers — every few milliseconds however many requests wait. A request is held only before it starts (its body
 * parsing, checks and handler run after); what it awaits later is the database's business.
 */
import type { App } from './app-types';

/** The work one turn may start before waiting requests move to the next turn. */
export const TURN_BUDGET_MS = 10;

/** Starts work in turns of the event loop (see the file comment). */
export interface TurnGate {
  /** Run `start` now if this turn's budget allows and nobody waits, else after those waiting, in a later turn. */
  enter(start: () => void): void;
  /** How many are waiting. */
  readonly waiting: number;
}

/**
 * A gate that starts at most `budgetMs` of synchronous work per turn of the event loop. Node runs the callbacks of
 * `setImmediate` once per turn, each followed by the microtasks it caused, in the order they were scheduled — also
 * in that order when one schedules another, which then runs in the next turn. So a marker opens each turn's budget
 * (it runs before the turn's starts, scheduled as it was before them), and each waiting request has one callback
 * that starts the oldest waiting request if the budget allows and otherwise tries again in the next turn, after
 * that turn's marker. With a synchronous database a start runs to its end before the next callback, so the next
 * check sees the work it did; every turn starts at least one.
 */
export function turnGate(budgetMs = TURN_BUDGET_MS, now: () => number = () => performance.now()): TurnGate {
  const queue: (() => void)[] = [];
  let turnStarted = -Infinity;
  let marking = false;
  function marker(): void {
    turnStarted = now();
    marking = queue.length > 0;
    if (marking) setImmediate(marker);
  }
  function startOne(): void {
    if (queue.length === 0) return;
    if (now() - turnStarted >= budgetMs) {
      setImmediate(startOne);
      return;
    }
    queue.shift()!();
  }
  return {
    enter(start) {
      if (queue.length === 0 && now() - turnStarted < budgetMs) return start();
      queue.push(start);
      if (!marking) {
        marking = true;
        setImmediate(marker);
      }
      setImmediate(startOne);
    },
    get waiting() {
      return queue.length;
    },
  };
}

/** Every request waits for its turn before anything else runs for it. */
export function installTurns(app: App, gate: TurnGate = turnGate()): void {
  app.addHook('onRequest', (_req, _reply, done) => gate.enter(() => done()));
}
