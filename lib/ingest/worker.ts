import "server-only";

import { dueFeedIds, instanceId, pollFeed } from "./poll";

/** How often a worker looks for due feeds; each feed's own interval decides when it is polled. */
export const WORKER_TICK_MS = 5_000;
/** Feeds polled at once by one worker: fetches wait on the network, so a few overlap. */
const CONCURRENCY = 4;

/** Polls every feed that is due now (each through its lease); returns how many this worker polled. */
export async function pollDueFeeds(owner = instanceId): Promise<number> {
  const queue = await dueFeedIds();
  let polled = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const outcome = await pollFeed(id, { owner });
        if (outcome.status !== "busy" && outcome.status !== "missing") polled++;
      }
    }),
  );
  return polled;
}

type WorkerState = { timer: NodeJS.Timeout | null; running: boolean; failing: boolean };
const globalWorker = globalThis as unknown as { ledgerIngestWorker?: WorkerState };

/**
 * Starts this process's feed worker (once), like the publishing scheduler: the server starts it unless
 * INGEST_WORKER=0, and `npm run ingest` runs it alone. A database outage is logged once, not every tick.
 */
export function startIngestWorker(intervalMs = WORKER_TICK_MS): () => void {
  const state = (globalWorker.ledgerIngestWorker ??= { timer: null, running: false, failing: false });
  const stop = () => {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
  };
  if (state.timer) return stop;
  const tick = async () => {
    if (state.running) return;
    state.running = true;
    try {
      await pollDueFeeds();
      if (state.failing) console.log("• Feed polling recovered.");
      state.failing = false;
    } catch (error) {
      if (!state.failing) console.error("Feed polling failed; retrying.", error);
      state.failing = true;
    } finally {
      state.running = false;
    }
  };
  state.timer = setInterval(tick, intervalMs);
  state.timer.unref();
  void tick();
  return stop;
}
