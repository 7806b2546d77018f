import { describe, expect, it } from "vitest";

import { limitConcurrency, QueueFullError } from "./concurrency-limit";

/** A promise the test settles when it chooses: a task that runs until the test lets it finish. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("limitConcurrency", () => {
  it("runs at most N tasks at once, the rest in order as places free up", async () => {
    const run = limitConcurrency(2, 10);
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    const results = gates.map((g, i) =>
      run(async () => {
        started.push(i);
        running++;
        peak = Math.max(peak, running);
        await g.opened;
        running--;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    await results[1];
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it("refuses at once beyond the waiting limit, and recovers when the queue drains", async () => {
    const run = limitConcurrency(1, 2);
    const g = gate();
    const first = run(() => g.opened);
    const queued = [run(async () => "a"), run(async () => "b")];
    await expect(run(async () => "c")).rejects.toBeInstanceOf(QueueFullError);
    g.open();
    await first;
    expect(await Promise.all(queued)).toEqual(["a", "b"]);
    expect(await run(async () => "d")).toBe("d");
  });

  it("a failing task frees its place", async () => {
    const run = limitConcurrency(1, 1);
    await expect(run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await run(async () => "next")).toBe("next");
  });
});
