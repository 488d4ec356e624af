import { describe, expect, it } from 'vitest';
import { turnGate } from './turns';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Enter `n` tasks at once; each "works" `ms` on the clock given; returns the turn each started in. */
async function run(n: number, work: () => void, budget: number, now?: () => number) {
  const gate = turnGate(budget, now);
  const started: number[] = [];
  let turn = 0;
  let done = 0;
  // A probe that counts turns while tasks wait.
  const probe = (): void => {
    turn += 1;
    if (done < n) setImmediate(probe);
  };
  await nextTurn(); // the gate's budget is spent by what ran before (a busy poll phase)
  for (let i = 0; i < n; i++)
    gate.enter(() => {
      started.push(turn);
      work();
      done += 1;
    });
  setImmediate(probe);
  while (done < n) await nextTurn();
  return { started, gate };
}

describe('turns of the event loop', () => {
  it('starts at once when nothing waits and the turn has budget left, else in a later turn', async () => {
    const gate = turnGate(1000);
    const ran: string[] = [];
    gate.enter(() => ran.push('first')); // no turn seen yet: waits for the next
    expect(ran).toEqual([]);
    expect(gate.waiting).toBe(1);
    await nextTurn();
    await nextTurn();
    expect(ran).toEqual(['first']);
    gate.enter(() => ran.push('second')); // within the budget of the turn that started the first
    expect(ran).toEqual(['first', 'second']);
    expect(gate.waiting).toBe(0);
  });

  it('starts the work of one turn up to the budget, in order of arrival, every task in the end', async () => {
    let clock = 0;
    const { started } = await run(
      12,
      () => (clock += 4),
      10,
      () => clock,
    );
    // 4 units each against a budget of 10: three start per turn (at 0, 4 and 8 units into it).
    const perTurn = new Map<number, number>();
    for (const t of started) perTurn.set(t, (perTurn.get(t) ?? 0) + 1);
    expect([...perTurn.values()]).toEqual([3, 3, 3, 3]);
    expect(started).toEqual([...started].sort((a, b) => a - b));
  });

  it('starts at least one per turn however long one takes', async () => {
    let clock = 0;
    const { started } = await run(
      5,
      () => (clock += 50),
      10,
      () => clock,
    );
    expect(new Set(started).size).toBe(5);
  });

  it('keeps the event loop turning while real work waits', async () => {
    const spin = (ms: number) => {
      const t = performance.now();
      while (performance.now() - t < ms);
    };
    const gaps: number[] = [];
    let last = performance.now();
    let stop = false;
    const tick = (): void => {
      const t = performance.now();
      gaps.push(t - last);
      last = t;
      if (!stop) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    await run(60, () => spin(3), 10);
    stop = true;
    // 60 × 3 ms started at once would hold the loop for 180 ms; in turns of 10 ms a timer fires between them.
    expect(Math.max(...gaps)).toBeLessThan(90);
    expect(gaps.length).toBeGreaterThan(5);
  });
});
