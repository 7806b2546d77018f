/** Thrown when more calls are waiting than the limit allows; the caller answers "busy" instead of queueing. */
export class QueueFullError extends Error {
  constructor() {
    super("Too many operations waiting");
    this.name = "QueueFullError";
  }
}

/**
 * Runs at most `concurrency` tasks at once; up to `maxWaiting` more wait their turn in order, and any beyond
 * that are refused with QueueFullError at once (so a flood holds no more than that many requests in memory).
 */
export function limitConcurrency(concurrency: number, maxWaiting: number) {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };

  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= concurrency) {
      if (waiting.length >= maxWaiting) throw new QueueFullError();
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running++;
    }
    try {
      return await task();
    } finally {
      release();
    }
  };
}
