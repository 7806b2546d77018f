/**
 * Runs once when the server starts: stop at once if the environment is wrong, then start the scheduler and (unless
 * INGEST_WORKER=0) the outlets' feed worker.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/check-env-on-start");
  // `next build` loads this file too; only a serving process publishes.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("./lib/publishing");
  startScheduler();
  const { workerInServer } = await import("./lib/ingest/settings");
  if (workerInServer()) (await import("./lib/ingest/worker")).startIngestWorker();
}
