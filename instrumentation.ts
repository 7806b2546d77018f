/** Runs once when the server starts: stop at once if the environment is wrong, then start the scheduler. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/check-env-on-start");
  // `next build` loads this file too; only a serving process publishes.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("./lib/publishing");
  startScheduler();
}
