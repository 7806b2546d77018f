/** Runs once when the server starts: stop at once, with a clear message, if the environment is wrong. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/check-env-on-start");
}
