/** Runs once when the server starts: stop at once, with a clear message, if the environment is wrong. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv, InvalidEnvironmentError } = await import("./lib/env-schema");
  try {
    parseEnv(process.env);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(`\n✖ ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
