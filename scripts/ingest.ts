/**
 * npm run ingest [-- --once]
 * The outlets' feed worker as a process of its own (lib/ingest/worker.ts), for deployments that run the site with
 * INGEST_WORKER=0. Any number may run beside the servers: each feed is polled by one of them at a time (a lease
 * in the database). Give it the site's DATABASE_URL (and REDIS_URL, so the servers' caches hear of new articles).
 * --once: poll what is due now, then exit (cron).
 */
import { parseArgs } from "node:util";

import { InvalidEnvironmentError, parseEnv } from "../lib/env-schema";

async function main() {
  const { values } = parseArgs({ options: { once: { type: "boolean", default: false } } });
  try {
    parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(`\n✖ ${error.message}\n`);
    process.exit(1);
  }
  const { db } = await import("../lib/db");
  const { instanceId } = await import("../lib/ingest/poll");
  const { pollDueFeeds, startIngestWorker, WORKER_TICK_MS } = await import("../lib/ingest/worker");
  if (values.once) {
    const polled = await pollDueFeeds();
    console.log(`• Polled ${polled} due feed${polled === 1 ? "" : "s"}.`);
    await db.$disconnect();
    return;
  }
  console.log(
    `• Feed worker ${instanceId}: looking for due feeds every ${WORKER_TICK_MS / 1000} s. Ctrl-C stops it.`,
  );
  const stop = startIngestWorker();
  // The worker's timer does not keep the process alive on its own (it is unref'd for the server): this does.
  const keepAlive = setInterval(() => {}, 60_000);
  const shutdown = async () => {
    stop();
    clearInterval(keepAlive);
    await db.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
