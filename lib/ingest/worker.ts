import "server-only";

import { startBackgroundLoop } from "../background-loop";
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

/**
 * Starts this process's feed worker (once), like the publishing scheduler: the server starts it unless
 * INGEST_WORKER=0, and `npm run ingest` runs it alone.
 */
export function startIngestWorker(intervalMs = WORKER_TICK_MS): () => void {
  return startBackgroundLoop({
    name: "feed polling",
    intervalMs,
    task: async () => void (await pollDueFeeds()),
    failureMessage: "Feed polling failed; retrying.",
    recoveryMessage: "• Feed polling recovered.",
  });
}
